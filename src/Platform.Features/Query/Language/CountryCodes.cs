namespace Platform.Features.Query.Language;

/// <summary>
/// The ISO 3166 two-letter country codes and their English names, from the time zone database's <c>iso3166.tab</c>
/// (<c>TZDIR</c>, else <c>/usr/share/zoneinfo</c>: the files .NET itself reads time zones from). A column holding these
/// codes is asked about by the countries' names ("airports in Germany" of a column of <c>DE</c>, <c>FR</c>…), so the
/// names, and WordNet's other names for the same country ("Britain (UK)": the United Kingdom, Great Britain), become
/// more ways of writing each code. Without the file no column gains names.
/// </summary>
public static class CountryCodes
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Installed = new(() =>
        Load(Path.Combine(Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } folder ? folder : "/usr/share/zoneinfo", "iso3166.tab")));

    /// <summary>Code to the database's name for it: <c>GB</c> → "Britain (UK)", <c>KR</c> → "Korea (South)".</summary>
    public static IReadOnlyDictionary<string, string> Names => Installed.Value;

    public static IReadOnlyDictionary<string, string> Load(string path) => !File.Exists(path)
        ? new Dictionary<string, string>()
        : File.ReadLines(path).Where(line => line.Length > 3 && line[0] != '#').Select(line => line.Split('\t'))
            .Where(fields => fields is [{ Length: 2 }, { Length: > 0 }]).ToDictionary(fields => fields[0], fields => fields[1], StringComparer.Ordinal);

    /// <summary>
    /// Whether a column's values are country codes: most are two capitals (beside them may stand others, like CLDR's
    /// <c>001</c> for the world or locales like <c>en-IN</c>), nine in ten of those are country codes, and either there are
    /// at least twenty or the column's name says countries (five US states' codes, <c>CA</c>, <c>DE</c>, <c>GA</c>,
    /// <c>IN</c>, <c>PA</c>, are all country codes too; fifty of them are not nine in ten).
    /// </summary>
    public static bool Holds(IReadOnlyCollection<string> values, IEnumerable<string> columnNameWords)
    {
        if (values.Count < 3 || Names.Count == 0) return false;
        var pairs = values.Where(v => v.Length == 2 && v.All(char.IsAsciiLetterUpper)).ToList();
        var codes = pairs.Count(Names.ContainsKey);
        return pairs.Count * 2 >= values.Count && codes * 10 >= pairs.Count * 9
            && (pairs.Count >= 20 || columnNameWords.Any(w => w is "country" or "countries" or "territory" or "nation" or "iso" or "iso2" or "cc" or "alpha2"));
    }

    /// <summary>
    /// The names a question may write each code by, lower case: the database's name ("antigua and barbuda"), its qualified
    /// form ("south korea" of "Korea (South)"), an abbreviation it gives ("uk"), and the words of WordNet's sense of that
    /// name that is a country. A name two codes share ("congo", "samoa") is left out.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NamesOf(IEnumerable<string> codes, Lexicon lexicon)
    {
        var claims = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (!Names.TryGetValue(code, out var name)) continue;
            var open = name.IndexOf(" (", StringComparison.Ordinal);
            var head = Plain(open < 0 ? name : name[..open]);
            var qualifier = open < 0 ? null : name[(open + 2)..].TrimEnd(')');
            var written = new List<string> { head };
            if (qualifier is { Length: > 0 } && !qualifier.Contains('.'))
            {
                // "Britain (UK)", "Myanmar (Burma)": another name of the same country; "Virgin Islands (US)", "Korea (South)":
                // the islands the US holds, the south of Korea.
                var (own, named) = (CountrySense(head, lexicon), CountrySense(qualifier, lexicon));
                var another = named is not null && (own?.Offset == named.Offset || own is null && !qualifier.All(char.IsUpper));
                written.Add(another ? qualifier.ToLowerInvariant() : $"{qualifier.ToLowerInvariant()} {head}");
            }
            foreach (var form in written.ToList())
                written.AddRange(CountrySense(form, lexicon)?.Words ?? []);
            foreach (var form in written)
                (claims.TryGetValue(form, out var claimed) ? claimed : claims[form] = []).Add(code);
        }
        return claims.Where(c => c.Value.Count == 1).ToDictionary(c => c.Key, c => c.Value.Single(), StringComparer.Ordinal);
    }

    private static string Plain(string name) => name.Replace("&", "and", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>The name's sense that is a country (Georgia's second, after the American state), kinds of country included.</summary>
    private static Synset? CountrySense(string name, Lexicon lexicon) => lexicon.Synsets(name, PartOfSpeech.Noun)
        .FirstOrDefault(sense => sense.Pointers.Where(p => p.Symbol is "@i" or "@").Select(lexicon.Follow)
            .Any(kind => IsCountry(kind) || kind.Pointing("@").Select(lexicon.Follow).Any(IsCountry)));

    private static bool IsCountry(Synset kind) => kind.Words.Any(w => w == "country" || w.EndsWith(" country", StringComparison.Ordinal));
}
