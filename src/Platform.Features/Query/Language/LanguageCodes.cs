using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Features.Query.Language;

/// <summary>
/// The ISO 639 language codes and the English names of the languages, from Debian's <c>iso-codes</c>
/// (<c>/usr/share/iso-codes/json</c>). A column holding these codes is asked about by the languages' names ("the plural
/// categories of Polish" of a column of <c>pl</c>, <c>fr</c>…), so the names become more ways of writing each code. Every
/// code of ISO 639-3 counts in telling such a column; names come from ISO 639-2, the languages with more than a local
/// use, and only those WordNet knows as nothing or as a language among other things (its "slave" and "fang" are not).
/// Without the files no column gains names.
/// </summary>
public static partial class LanguageCodes
{
    private const string Folder = "/usr/share/iso-codes/json";

    private sealed record Languages(HashSet<string> Codes, Dictionary<string, string[]> NamesByCode);

    private static readonly Lazy<Languages> Installed = new(() => Load(Folder));

    private static Languages Load(string folder)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!File.Exists(Path.Combine(folder, "iso_639-3.json")) || !File.Exists(Path.Combine(folder, "iso_639-2.json"))) return new(codes, names);
        foreach (var entry in Entries(Path.Combine(folder, "iso_639-3.json"), "639-3"))
            codes.UnionWith(Codes(entry));
        foreach (var entry in Entries(Path.Combine(folder, "iso_639-2.json"), "639-2"))
        {
            var written = WrittenNames(entry.GetProperty("name").GetString()!, entry.TryGetProperty("alpha_2", out _)).ToArray();
            foreach (var code in Codes(entry))
            {
                codes.Add(code);
                names[code] = written;
            }
        }
        return new(codes, names);
    }

    private static IEnumerable<JsonElement> Entries(string path, string list)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty(list).EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static IEnumerable<string> Codes(JsonElement entry) => new[] { "alpha_2", "alpha_3", "bibliographic" }
        .Select(field => entry.TryGetProperty(field, out var code) ? code.GetString() : null).OfType<string>();

    /// <summary>
    /// "Catalan; Valencian" → catalan, valencian; "Greek, Modern (1453-)" → modern greek, and greek for the one of them
    /// with a two-letter code; "Bantu (Other)" → nothing (a group, not one language).
    /// </summary>
    private static IEnumerable<string> WrittenNames(string name, bool major)
    {
        foreach (var part in name.Split(';', StringSplitOptions.TrimEntries))
        {
            var plain = Bracketed().Replace(part, "").Trim().ToLowerInvariant();
            if (part.Contains("(Other)", StringComparison.Ordinal) || plain.Contains(" languages", StringComparison.Ordinal) || plain.Length < 3) continue;
            if (plain.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma)
            {
                yield return $"{plain[(comma + 2)..]} {plain[..comma]}";
                if (major) yield return plain[..comma];
            }
            else yield return plain;
        }
    }

    /// <summary>
    /// Whether a column's values are language codes: most are two or three small letters, maybe with a region or script
    /// after them (<c>pt-PT</c>, <c>zh_Hant</c>); nine in ten of those begin with a language's code; and either there are
    /// at least twenty or the column's name says languages.
    /// </summary>
    public static bool Holds(IReadOnlyCollection<string> values, IEnumerable<string> columnNameWords)
    {
        if (values.Count < 3 || Installed.Value.Codes.Count == 0) return false;
        var tags = values.Select(v => Tag().Match(v)).Where(m => m.Success).ToList();
        var codes = tags.Count(m => Installed.Value.Codes.Contains(m.Groups[1].Value));
        return tags.Count * 2 >= values.Count && codes * 10 >= tags.Count * 9
            && (tags.Count >= 20 || columnNameWords.Any(w => w.ToLowerInvariant() is "language" or "languages" or "lang" or "locale" or "iso639" or "639"));
    }

    /// <summary>The names a question may write each bare code by, lower case; a name two of the codes share is left out.</summary>
    public static IReadOnlyDictionary<string, string> NamesOf(IEnumerable<string> codes, Lexicon? lexicon)
    {
        var claims = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var code in codes)
            foreach (var name in Installed.Value.NamesByCode.GetValueOrDefault(code) ?? [])
                (claims.TryGetValue(name, out var claimed) ? claimed : claims[name] = []).Add(code);
        return claims.Where(c => c.Value.Count == 1 && (lexicon is not { Available: true } || !lexicon.IsWord(c.Key) || IsLanguage(c.Key, lexicon)))
            .ToDictionary(c => c.Key, c => c.Value.Single(), StringComparer.Ordinal);
    }

    /// <summary>Whether one of the word's senses as a noun is a kind of language ("Polish": its fourth, after shine).</summary>
    private static bool IsLanguage(string name, Lexicon lexicon) => lexicon.KindsOf(lexicon.Synsets(name, PartOfSpeech.Noun), 4)
        .Any(s => s.Words.Any(w => w == "language" || w.EndsWith(" language", StringComparison.Ordinal)));

    [GeneratedRegex(@"^([a-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracketed();
}
