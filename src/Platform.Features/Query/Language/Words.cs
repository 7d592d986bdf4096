using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Features.Query.Language;

/// <summary>How the built-in engine reads words: tokens, singular forms, abbreviations, synonyms and near misses.</summary>
public static partial class Words
{
    /// <summary>Abbreviations found in column names, and the words people use for them.</summary>
    private static readonly Dictionary<string, string[]> Expansions = new()
    {
        ["pop"] = ["population"], ["temp"] = ["temperature"], ["expect"] = ["expectancy"], ["qty"] = ["quantity"], ["amt"] = ["amount"],
        ["lat"] = ["latitude"], ["lon"] = ["longitude"], ["lng"] = ["longitude"], ["max"] = ["maximum", "high", "highest"],
        ["min"] = ["minimum", "low", "lowest"], ["avg"] = ["average"], ["num"] = ["number"], ["pct"] = ["percent", "percentage"],
        ["desc"] = ["description"], ["precip"] = ["precipitation"], ["gen"] = ["generation"], ["yr"] = ["year"], ["dt"] = ["date"],
        ["iata"] = ["code", "airport code"], ["symbol"] = ["ticker", "company", "stock"], ["wind"] = ["wind speed", "windspeed"],
        ["precipitation"] = ["rainfall", "rain amount"], ["price"] = ["cost", "value", "stock price", "share price"],
        ["population"] = ["people", "inhabitants"], ["weather"] = ["conditions", "condition"],
        ["source"] = ["fuel", "energy source"], ["generation"] = ["electricity", "power", "output"], ["country"] = ["nation"],
        ["fertility"] = ["fertility rate", "birth rate", "births per woman"], ["cluster"] = ["region", "group"],
        ["nonfarm"] = ["non farm", "jobs", "employment", "employed"], ["state"] = ["us state"], ["person"] = ["people"],
    };

    /// <summary>Stop words that ask for the answer ("show", "return"): inside a question they may also name something ("the return").</summary>
    public static readonly HashSet<string> CommandWords = ["show", "give", "tell", "list", "find", "get", "display", "return"];

    public static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "of", "is", "are", "was", "were", "be", "been", "do", "does", "did", "to", "for", "in", "on", "at", "and", "or",
        "what", "whats", "which", "who", "how", "me", "show", "give", "tell", "list", "find", "get", "display", "return", "i", "we", "you",
        "please", "there", "that", "this", "these", "those", "it", "its", "with", "has", "have", "had", "by", "per", "each", "every", "from",
        "as", "all", "any", "some", "their", "his", "her", "our", "your", "can", "could", "would", "should", "will", "where", "when", "than",
        "then", "so", "into", "out", "up", "over", "about", "across", "during", "within", "between", "among", "amongst", "also", "just", "only", "value", "values",
        "data", "dataset", "table", "row", "rows", "record", "records", "entry", "entries", "item", "items", "time", "times", "overall",
        "whole", "full", "according", "based", "compared", "respectively", "see", "know", "known", "want", "like", "need", "many", "much",
        "number", "count", "amount", "level", "levels", "figure", "figures", "recorded", "reported", "measured", "listed", "observed",
        "having", "got", "saw", "seen", "happened", "occur", "occurred", "day", "days", "month", "months", "year", "years",
        "different", "distinct", "unique", "separate", "being", "same", "other", "they", "them", "one", "ones", "here", "s", "still", "both",
        "either", "while", "whilst", "taken",
    ];

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12].Select(m => m.ToLowerInvariant()).ToArray();

    /// <summary>1–12 for a month's name or its three-letter abbreviation.</summary>
    public static int? Month(string word)
    {
        for (var i = 0; i < 12; i++)
            if (word == MonthNames[i] || word == MonthNames[i][..3]) return i + 1;
        return null;
    }

    private static readonly string[] DayNames = CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Select(d => d.ToLowerInvariant()).ToArray();

    /// <summary>The ISO number (Monday 1 … Sunday 7) of a day's name.</summary>
    public static int? Weekday(string word) => Array.IndexOf(DayNames, word) is var i and >= 0 ? (i == 0 ? 7 : i) : null;

    private static readonly string[] ShortDayNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames.Select(d => d.ToLowerInvariant()).ToArray();

    /// <summary>A day a stored value names, whole or in three letters ("Sunday", "sun"): both its names, lower case.</summary>
    public static (string Name, string Short)? DayNamed(string value)
    {
        var lower = value.ToLowerInvariant();
        var day = Array.IndexOf(DayNames, lower) is >= 0 and var whole ? whole : Array.IndexOf(ShortDayNames, lower);
        return day >= 0 ? (DayNames[day], ShortDayNames[day]) : null;
    }

    public static List<string> Tokens(string text) => OriginalTokens(text).Select(t => t.ToLowerInvariant()).ToList();

    /// <summary>The tokens as written (case kept), so "IN" (Indiana) can be told from "in".</summary>
    public static List<string> OriginalTokens(string text)
    {
        var tokens = new List<string>();
        var matches = TokenPattern().Matches(text.Replace("’", "'"));
        for (var i = 0; i < matches.Count; i++)
        {
            var token = matches[i].Value.Trim('\'');
            if (token.EndsWith("'s", StringComparison.OrdinalIgnoreCase)) token = token[..^2];
            // "100,000": a number written with separators of thousands is the number.
            if (token.Length > 4 && token[^4] == ',' && char.IsAsciiDigit(token[0])) token = token.Replace(",", "");
            // "horsepower > 200": a sign of comparison before a number, in words.
            if (ComparisonSigns.TryGetValue(token, out var said) && i + 1 < matches.Count
                && double.TryParse(matches[i + 1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                tokens.AddRange(said);
            // "can't be traded", "aren't landlocked", "cannot": the verb and its "not", as if written apart.
            else if (Negated(token) is { } verb)
            {
                tokens.Add(verb);
                tokens.Add("not");
            }
            else if (token.Length > 0) tokens.Add(token);
        }
        return tokens;
    }

    private static readonly Dictionary<string, string[]> ComparisonSigns = new()
    {
        [">"] = ["more", "than"], ["<"] = ["less", "than"], [">="] = ["at", "least"], ["<="] = ["at", "most"],
    };

    private static string? Negated(string token) => token.ToLowerInvariant() switch
    {
        "cannot" or "can't" => token[..2] + "n",
        "won't" => token[..1] + "ill",
        "shan't" => token[..3] + "ll",
        var t when t.Length > 3 && t.EndsWith("n't", StringComparison.Ordinal) => token[..^3],
        _ => null,
    };

    /// <summary>
    /// The words of a column or table name: "temp_max" → temp max; "Price (€)" → price; "lifeExpect" → life expect;
    /// "IQbio" → iq bio, "HTTPStatus" → http status (capitals, then lower case: the last capital begins that word if it makes one).
    /// </summary>
    public static List<string> NameWords(string name)
    {
        var spaced = CamelCase().Replace(name, "$1 $2");
        spaced = CapitalsThenWord().Replace(spaced, m => Lexicon.Shared is not { Available: true } lexicon ? m.Value
            : lexicon.IsWord((m.Groups[1].Value[^1] + m.Groups[2].Value).ToLowerInvariant()) ? $"{m.Groups[1].Value[..^1]} {m.Groups[1].Value[^1]}{m.Groups[2].Value}"
            : $"{m.Groups[1].Value} {m.Groups[2].Value}");
        return Tokens(spaced.Replace('_', ' ').Replace('-', ' ')).Where(w => w.Any(char.IsLetterOrDigit)).ToList();
    }

    /// <summary>
    /// A word and, when it is two nouns written as one or a noun and a number, its parts: "birdstrikes" → birdstrikes,
    /// bird, strikes; when it is the "-ing" of a verb that is also a noun, that noun ("language-matching": matches).
    /// </summary>
    public static IEnumerable<string> WithParts(string word)
    {
        yield return word;
        // "zone1970": the zones of 1970's list.
        if (LettersThenDigits().Match(word) is { Success: true } numbered) yield return numbered.Groups[1].Value;
        if (word.EndsWith("ing", StringComparison.Ordinal) && Lexicon.Shared is { Available: true } verbs
            && verbs.BaseForms(word, PartOfSpeech.Verb).FirstOrDefault(b => b != word && verbs.Knows(b, PartOfSpeech.Noun)) is { } done)
            yield return done;
        if (Lexicon.Shared is not { Available: true } lexicon || word.Length < 6 || lexicon.Knows(word, PartOfSpeech.Noun)) yield break;
        // "uscereal": the US's cereals.
        for (var split = word.Length - 3; split >= 2; split--)
            if (lexicon.BaseForms(word[..split], PartOfSpeech.Noun).Contains(word[..split]) && lexicon.Knows(word[split..], PartOfSpeech.Noun))
            {
                yield return word[..split];
                yield return word[split..];
                yield break;
            }
        // "mtcars", "nycflights": a prefix that is no word before the plural noun the rows are.
        for (var split = 1; split <= word.Length - 4; split++)
            if (lexicon.BaseForms(word[split..], PartOfSpeech.Noun) is { Count: > 0 } forms && !forms.Contains(word[split..]))
            {
                yield return word[split..];
                yield break;
            }
        // "chickwts": the noun the rows are before a short form of consonants no dictionary knows (weights); "womenlf": in
        // the plural, before initials (labour force).
        if (lexicon.IsWord(word)) yield break;
        for (var split = word.Length - 2; split >= 4; split--)
            if (word.Length - split <= 4 && !word[split..].Any(c => c is 'a' or 'e' or 'i' or 'o' or 'u')
                && lexicon.BaseForms(word[..split], PartOfSpeech.Noun) is { Count: > 0 } forms
                && (word.Length - split == 2 || forms.Contains(word[..split]) && !lexicon.IsWord(word[split..])))
            {
                yield return word[..split];
                yield break;
            }
    }

    /// <summary>A British spelling's American form, by which WordNet lists compounds ("labour force" is "labor force").</summary>
    public static string AmericanSpelling(string word) => word.Length > 5 && word.EndsWith("our", StringComparison.Ordinal) ? word[..^3] + "or" : word;

    /// <summary>A noun's singular: WordNet's base form when it knows the word ("movies" → movie, "species" stays), else by rule.</summary>
    public static string Singular(string word)
    {
        if (Lexicon.Shared is { Available: true } lexicon && lexicon.BaseForms(word, PartOfSpeech.Noun) is { Count: > 0 } forms)
            return forms.FirstOrDefault(f => f != word) ?? word;
        // "-is" ends Greek and Latin singulars (thesis, axis, iris); after other letters it is a plural's ("emojis").
        if (word.Length <= 3 || word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is") && "stxrnlmdp".Contains(word[^3])) return word;
        if (word.EndsWith("ies") && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("ches") || word.EndsWith("shes") || word.EndsWith("xes") || word.EndsWith("sses")) return word[..^2];
        return word.EndsWith('s') ? word[..^1] : word;
    }

    /// <summary>Other forms a value may be written in: "airports" → airport, "sunny" → sun, "rainy" → rain.</summary>
    public static IEnumerable<string> BaseForms(string word)
    {
        if (Singular(word) is var singular && singular != word) yield return singular;
        if (word.Length > 4 && word.EndsWith('y'))
        {
            yield return word[..^1];
            if (word[^2] == word[^3]) yield return word[..^2];
        }
    }

    /// <summary>The unit a column's name ends with: "Body Mass (g)" → g, "Weight_in_lbs" → lbs.</summary>
    public static string? UnitWord(string columnName) => UnitSuffix().Match(columnName) is { Success: true } m ? m.Groups[1].Value + m.Groups[2].Value : null;

    /// <summary>
    /// The ways people may refer to a column: its words, their expansions, and the words the other way round;
    /// with and without the unit its name ends with ("flipper length" for "Flipper Length (mm)").
    /// </summary>
    public static List<string[]> Aliases(string columnName)
    {
        var aliases = NameAliases(columnName);
        if (UnitSuffix().Match(columnName) is { Success: true, Index: > 0 } unit) aliases.AddRange(NameAliases(columnName[..unit.Index]));
        return aliases.DistinctBy(a => string.Join(' ', a)).ToList();
    }

    private static List<string[]> NameAliases(string columnName)
    {
        var words = NameWords(columnName).Select(Singular).ToList();
        if (words.Count == 0) return [];
        var variants = new List<List<string>> { new() };
        foreach (var word in words)
        {
            List<string[]> options = [[word]];
            // And the words for a word it stands for: "pop" is population, and population is people.
            if (Expansions.TryGetValue(word, out var expanded))
                options.AddRange(expanded.Concat(expanded.SelectMany(e => Expansions.GetValueOrDefault(e) ?? [])).Select(e => e.Split(' ').Select(Singular).ToArray()));
            variants = variants.SelectMany(v => options.Select(o => v.Concat(o).ToList())).Take(64).ToList();
        }
        var aliases = new List<string[]>();
        foreach (var v in variants)
        {
            aliases.Add(v.ToArray());
            if (v.Count == 2) aliases.Add([v[1], v[0]]);
        }
        if (words.Count == 1 && Expansions.TryGetValue(words[0], out var whole))
            aliases.AddRange(whole.Select(e => e.Split(' ').Select(Singular).ToArray()));
        var joined = string.Concat(words);
        if (words.Count > 1) aliases.Add([joined]);
        else if (RunTogetherParts(joined) is { } parts) aliases.Add(parts);
        // "BILLS104": bills of the 104th.
        else if (LettersThenDigits().Match(joined) is { Success: true } numbered) aliases.Add([Singular(numbered.Groups[1].Value), joined[numbered.Groups[1].Length..]]);
        if (words.Count == 1 && LetterThenNoun(joined) is { } noun) aliases.Add([noun]);
        return aliases.DistinctBy(a => string.Join(' ', a)).ToList();
    }

    /// <summary>
    /// "ALAND10", "AWATER10" (the Census's area of land and of water), "futime" (follow-up time): a name no dictionary
    /// knows, one letter or two before a noun of four letters or more, is named by the noun.
    /// </summary>
    private static string? LetterThenNoun(string joined)
    {
        var letters = new string(joined.TakeWhile(char.IsAsciiLetter).ToArray());
        if (letters.Length < 5 || Lexicon.Shared is not { Available: true } lexicon || lexicon.IsWord(letters)) return null;
        return new[] { 1, 2 }.Where(before => letters.Length - before >= 4 && !lexicon.IsWord(letters[..before]) || before == 1)
            .Select(before => letters[before..]).FirstOrDefault(noun => noun.Length >= 4 && lexicon.Knows(noun, PartOfSpeech.Noun)) is { } named ? Singular(named) : null;
    }

    /// <summary>
    /// "perpoverty" → per poverty, "councildist" → council dist: a name no dictionary knows, of words run together, split
    /// where one side is the longest word it knows (of five letters or more) and the other has three letters or more; where
    /// both sides can be nouns, there ("skintone" is skin tone, not skint one).
    /// </summary>
    public static string[]? RunTogetherParts(string joined)
    {
        if (joined.Length < 8 || !joined.All(char.IsAsciiLetter) || Lexicon.Shared is not { Available: true } lexicon || lexicon.IsWord(joined)) return null;
        var nouns = Enumerable.Range(3, joined.Length - 5).Select(split => (Left: joined[..split], Right: joined[split..]))
            .Where(p => lexicon.Knows(p.Left, PartOfSpeech.Noun) && lexicon.Knows(p.Right, PartOfSpeech.Noun))
            .OrderByDescending(p => Math.Min(p.Left.Length, p.Right.Length)).FirstOrDefault();
        if (nouns.Left is not null) return [nouns.Left, nouns.Right];
        string[]? parts = null;
        var longest = 0;
        for (var split = 3; split <= joined.Length - 3; split++)
        {
            var (left, right) = (joined[..split], joined[split..]);
            var known = Math.Max(lexicon.IsWord(left) ? left.Length : 0, lexicon.IsWord(right) ? right.Length : 0);
            if (known >= 5 && known > longest) (parts, longest) = ([left, right], known);
        }
        return parts;
    }

    /// <summary>
    /// Whether two words are the same but for a slip of the keyboard (long words only). Not a word with two letters more
    /// before or after it: that is another word made of it ("coborrower" of borrower, "employer" of employ).
    /// </summary>
    public static bool NearlyEqual(string a, string b)
    {
        if (a == b) return true;
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 5 || Math.Abs(a.Length - b.Length) > 2) return false;
        var (small, large) = a.Length < b.Length ? (a, b) : (b, a);
        if (large.Length - small.Length == 2 && (large.StartsWith(small, StringComparison.Ordinal) || large.EndsWith(small, StringComparison.Ordinal))) return false;
        return Distance(a, b) <= (shorter >= 8 ? 2 : 1);
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    public static string Phrase(IEnumerable<string> words) => string.Join(' ', words);

    /// <summary>A readable, SQL-safe alias: "avg" + "Price (€)" → avg_price.</summary>
    public static string Alias(params string[] parts)
    {
        var text = new StringBuilder();
        foreach (var c in string.Join('_', parts).ToLowerInvariant())
            if (char.IsAsciiLetterOrDigit(c)) text.Append(c);
            else if (text.Length > 0 && text[^1] != '_') text.Append('_');
        var alias = text.ToString().Trim('_');
        return alias.Length == 0 || char.IsDigit(alias[0]) ? "v_" + alias : alias;
    }

    // A word may begin with a hyphen where it begins one ("-webkit-", a CSS prefix), or with a dot after a space (".rs", a
    // file's extension). Digits, letters and digits again are one code ("00E9"), not a number and a unit ("20mm"). Signs
    // standing alone are a word ("the @@ operator", "A > B"), but the sentence's own stops after them and a lone dash,
    // star, slash or ampersand.
    [GeneratedRegex(@"(?<=^|\s)(?![?!.:\-]+(?:\s|$))[<>=!~@#%^&*+/|:?\-]{2,}?(?=[?.,!]?(?:\s|$))|(?<=^|\s)[<>=~@#^|+](?=\s|$)|(?<![\p{L}\p{N}])\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|-?\d+(?:\.\d+)?%?)(?!\p{L}+\p{N})|(?<![\p{L}\p{N}])-\p{L}[\p{L}\p{N}'_\-]*|(?<=^|\s)\.\p{L}[\p{L}\p{N}_\-]*|[\p{L}\p{N}][\p{L}\p{N}'_\-]*")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\s*\(([^()]+)\)\s*$|[_ ]in[_ ]([A-Za-z]+)$")]
    private static partial Regex UnitSuffix();

    [GeneratedRegex("^([a-z]{3,})[0-9]+$")]
    private static partial Regex LettersThenDigits();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelCase();

    [GeneratedRegex("\\b([A-Z]{2,})([a-z]{3,})\\b")]
    private static partial Regex CapitalsThenWord();
}
