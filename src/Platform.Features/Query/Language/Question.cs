using System.Globalization;

namespace Platform.Features.Query.Language;

public enum TagKind { Unknown, Stop, Keyword, Column, Value, TableWord, Number, Month }

/// <summary>What one word (or the first word of a phrase) of the question was linked to.</summary>
public sealed record Tag(TagKind Kind, int Start, int Length, LanguageColumn? Column = null, string? Value = null, double Number = 0)
{
    public bool IsYear => Kind == TagKind.Number && Number is >= 1800 and <= 2100 && Number == Math.Floor(Number);
}

/// <summary>
/// A question's words linked to one table: phrases to columns (names with spaces and units, plurals,
/// abbreviations, synonyms, near misses) and to values of text columns, numbers, months, and the words
/// the engine understands. Words left unlinked are <see cref="TagKind.Unknown"/>.
/// </summary>
public sealed class Question
{
    public static readonly HashSet<string> KeywordWords =
    [
        "how", "many", "count", "number", "total", "sum", "combined", "altogether", "cumulative", "average", "mean", "avg", "typical",
        "maximum", "max", "highest", "largest", "biggest", "greatest", "most", "top", "peak", "best", "minimum", "min", "lowest", "smallest",
        "least", "fewest", "worst", "bottom", "median", "distinct", "unique", "different", "by", "per", "each", "every", "share", "percentage",
        "percent", "proportion", "fraction", "%", "more", "greater", "higher", "above", "over", "exceeding", "exceed", "exceeds", "less", "fewer",
        "lower", "below", "under", "at", "equal", "equals", "exactly", "before", "after", "since", "until", "till", "from", "to",
        "between", "and", "in", "not", "except", "excluding", "without", "sorted", "ordered", "sort", "order", "ascending", "descending",
        "asc", "desc", "first", "last", "latest", "earliest", "newest", "oldest", "which", "what", "when", "year", "yearly", "annual",
        "annually", "month", "monthly", "quarter", "quarterly", "week", "weekly", "day", "daily", "decade", "than", "or", "no", "ever",
        "all", "time", "whose", "with", "where", "having", "of", "for", "on", "during", "the", "a", "an", "is", "are", "was", "were",
    ];

    private readonly List<string> _words;

    public IReadOnlyList<string> Words => _words;
    public IReadOnlyList<string> Original { get; }
    public LanguageTable Table { get; }
    public Tag[] Tags { get; }

    private Question(IReadOnlyList<string> original, LanguageTable table)
    {
        Original = original;
        _words = original.Select(w => w.ToLowerInvariant()).ToList();
        Table = table;
        Tags = new Tag[Words.Count];
    }

    public static Question Link(string text, LanguageTable table)
    {
        var q = new Question(Language.Words.OriginalTokens(text), table);
        q.LinkNumbers();
        q.LinkValues(exact: true);
        q.LinkColumns();
        q.LinkValues(exact: false);
        q.LinkRest();
        return q;
    }

    /// <summary>
    /// How well the question fits the table: words naming its columns or itself weigh more than words that
    /// happen to equal one of its values ("price" is a column of stocks but also a town among airports).
    /// </summary>
    public int Fit => Tags.Sum(t => t.Kind switch { TagKind.Column or TagKind.TableWord => 2, TagKind.Value => 1, TagKind.Unknown => -2, _ => 0 });

    public IEnumerable<string> UnknownWords => Tags.Select((t, i) => (t, i)).Where(x => x.t.Kind == TagKind.Unknown).Select(x => Original[x.i]);

    public string Word(int i) => i >= 0 && i < Words.Count ? Words[i] : "";

    public Tag? TagAt(int i) => i >= 0 && i < Tags.Length ? Tags[i] : null;

    private void Set(int start, int length, Tag tag)
    {
        for (var i = start; i < start + length; i++) Tags[i] = tag;
    }

    private bool Free(int start, int length) => Enumerable.Range(start, length).All(i => Tags[i] is null);

    private void LinkNumbers()
    {
        for (var i = 0; i < Words.Count; i++)
        {
            var word = Words[i].TrimEnd('%');
            if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) Tags[i] = new Tag(TagKind.Number, i, 1, Number: n);
            else if (Language.Words.Month(Words[i]) is { } month && (Words[i] != "may" || Word(i + 1) is [>= '0' and <= '9', ..]))
                Tags[i] = new Tag(TagKind.Month, i, 1, Number: month);
            else if (NumberWords.TryGetValue(Words[i], out var spelled)) Tags[i] = new Tag(TagKind.Number, i, 1, Number: spelled);
        }
    }

    private static readonly Dictionary<string, double> NumberWords = new()
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["twenty"] = 20, ["dozen"] = 12,
    };

    /// <summary>
    /// Phrases equal to a value of a text column become filters. Short values that are also ordinary words
    /// ("in", "or", "me": states) count only when written as stored ("IN").
    /// </summary>
    private void LinkValues(bool exact)
    {
        var textColumns = Table.Columns.Where(c => c.Values.Count > 0).ToList();
        for (var length = Math.Min(5, Words.Count); length >= 1; length--)
            for (var start = 0; start + length <= Words.Count; start++)
            {
                if (!Free(start, length)) continue;
                var phrase = string.Join(' ', Words.Skip(start).Take(length));
                var original = string.Join(' ', Original.Skip(start).Take(length));
                foreach (var column in textColumns)
                {
                    string? value = null;
                    if (column.Values.TryGetValue(phrase, out var stored)) value = stored;
                    else if (length == 1 && Language.Words.BaseForms(phrase).FirstOrDefault(column.Values.ContainsKey) is { } form) value = column.Values[form];
                    else if (!exact && length == 1 && phrase.Length >= 5 && !KeywordWords.Contains(phrase) && !Language.Words.StopWords.Contains(phrase))
                        value = column.Values.FirstOrDefault(v => v.Key.Length >= 5 && !v.Key.Contains(' ') && Language.Words.NearlyEqual(v.Key, phrase)).Value;
                    if (value is null) continue;
                    var ordinary = KeywordWords.Contains(phrase) || Language.Words.StopWords.Contains(phrase) || (length == 1 && phrase.Length <= 3);
                    if (ordinary && original != value) continue;
                    if (IsColumnPhrase(phrase)) continue;
                    Set(start, length, new Tag(TagKind.Value, start, length, column, value));
                    break;
                }
            }
    }

    private bool IsColumnPhrase(string phrase)
    {
        var words = phrase.Split(' ').Select(Language.Words.Singular).ToArray();
        return Table.Columns.Any(c => c.Aliases.Any(a => a.SequenceEqual(words)));
    }

    private void LinkColumns()
    {
        var singular = Words.Select(Language.Words.Singular).ToList();
        for (var length = Math.Min(4, Words.Count); length >= 1; length--)
            for (var start = 0; start + length <= Words.Count; start++)
            {
                if (!Free(start, length)) continue;
                var words = singular.Skip(start).Take(length).ToArray();
                var matches = Table.Columns.Where(c => c.Aliases.Any(a => a.SequenceEqual(words))).ToList();
                if (matches.Count == 0 && length == 1 && words[0].Length >= 5)
                    matches = Table.Columns.Where(c => c.Aliases.Any(a => a.Length == 1 && Language.Words.NearlyEqual(a[0], words[0]))).ToList();
                if (matches.Count == 1) Set(start, length, new Tag(TagKind.Column, start, length, matches[0]));
            }

        // One word of a column's name ("generation" for net_generation), when no other column has it.
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is not null || KeywordWords.Contains(Words[i]) || Language.Words.StopWords.Contains(Words[i]) || Words[i].Length < 3
                || Table.NameWords.Contains(singular[i])) continue;
            var matches = Table.Columns.Where(c => c.Aliases.Any(a => a.Contains(singular[i]))).ToList();
            if (matches.Count == 1) Tags[i] = new Tag(TagKind.Column, i, 1, matches[0]);
        }
    }

    private void LinkRest()
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is not null) continue;
            var word = Words[i];
            // A slip of the keyboard in a word the engine knows ("avrage") is read as that word.
            if (!KeywordWords.Contains(word) && KeywordWords.FirstOrDefault(k => k.Length >= 5 && Language.Words.NearlyEqual(k, word)) is { } meant)
                _words[i] = word = meant;
            Tags[i] = Table.NameWords.Contains(Language.Words.Singular(word)) ? new Tag(TagKind.TableWord, i, 1)
                : KeywordWords.Contains(word) ? new Tag(TagKind.Keyword, i, 1)
                : Language.Words.StopWords.Contains(word) || Language.Words.StopWords.Contains(Language.Words.Singular(word)) ? new Tag(TagKind.Stop, i, 1)
                : new Tag(TagKind.Unknown, i, 1);
        }
    }
}
