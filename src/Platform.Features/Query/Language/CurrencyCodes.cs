using System.Text.Json;

namespace Platform.Features.Query.Language;

/// <summary>
/// The ISO 4217 currency codes and their English names, from Debian's <c>iso-codes</c> (<c>/usr/share/iso-codes/json</c>).
/// A column holding these codes is asked about by the currencies' names ("countries that use the euro" of a column of
/// <c>EUR</c>, <c>USD</c>…), so the names become more ways of writing each code: "euro", "us dollar", "swiss franc", and
/// only those WordNet knows as nothing or as a monetary unit among other things. Without the file no column gains names.
/// </summary>
public static class CurrencyCodes
{
    private const string File = "/usr/share/iso-codes/json/iso_4217.json";

    private static readonly Lazy<Dictionary<string, string>> NamesByCode = new(() => Load(File));

    private static Dictionary<string, string> Load(string path)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!System.IO.File.Exists(path)) return names;
        using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
        foreach (var entry in document.RootElement.GetProperty("4217").EnumerateArray())
            names[entry.GetProperty("alpha_3").GetString()!] = entry.GetProperty("name").GetString()!.ToLowerInvariant();
        return names;
    }

    /// <summary>
    /// Whether a column's values are currency codes: most are three capitals, nine in ten of those ISO 4217's, and either
    /// there are at least twenty or the column's name says currencies.
    /// </summary>
    public static bool Holds(IReadOnlyCollection<string> values, IEnumerable<string> columnNameWords)
    {
        if (values.Count < 3 || NamesByCode.Value.Count == 0) return false;
        var capitals = values.Where(v => v.Length == 3 && v.All(char.IsAsciiLetterUpper)).ToList();
        var codes = capitals.Count(NamesByCode.Value.ContainsKey);
        return capitals.Count * 2 >= values.Count && codes * 10 >= capitals.Count * 9
            && (capitals.Count >= 20 || columnNameWords.Any(w => w.ToLowerInvariant() is "currency" or "currencies" or "4217"));
    }

    /// <summary>The name a question may write each code by, lower case ("euro" of EUR).</summary>
    public static IReadOnlyDictionary<string, string> NamesOf(IEnumerable<string> codes, Lexicon? lexicon) => codes
        .Where(NamesByCode.Value.ContainsKey).Select(code => (Name: NamesByCode.Value[code], Code: code))
        .Where(c => lexicon is not { Available: true } || !lexicon.IsWord(c.Name) || IsMoney(c.Name, lexicon))
        .DistinctBy(c => c.Name).ToDictionary(c => c.Name, c => c.Code, StringComparer.Ordinal);

    /// <summary>Whether one of the word's senses as a noun is a kind of monetary unit ("yen": its first, before a yearning).</summary>
    private static bool IsMoney(string name, Lexicon lexicon) => lexicon.KindsOf(lexicon.Synsets(name, PartOfSpeech.Noun), 3)
        .Any(s => s.Words.Contains("monetary unit"));
}
