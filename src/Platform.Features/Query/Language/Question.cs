using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Features.Datasets;

namespace Platform.Features.Query.Language;

public enum TagKind { Unknown, Stop, Keyword, Column, Value, TableWord, Number, Month, Unit, Day, Weekday, Quarter }

/// <summary>What one word (or the first word of a phrase) of the question was linked to.</summary>
/// <param name="Pole">For an adjective of degree standing for a column ("heaviest"): 1 at its high end, -1 at its low end.</param>
/// <param name="Superlative">"heaviest", "most expensive": the adjective ranks, it does not filter.</param>
/// <param name="Reading">How a word the table does not name was read, for the plan ("heavy → weight").</param>
/// <param name="Predicate">A verb standing for a column ("released" → Release Date): it may only say what happened.</param>
/// <param name="WithinTableYears">A whole number within the years the table's own year or date column spans ("in 1700" of wheat prices since 1565).</param>
/// <param name="Rows">A word read as the rows themselves ("hours" of an hourly series, "tiles" after a value): they are counted, not a count column.</param>
/// <param name="OfLength">"the longest name": the adjective ranks a text column by its length.</param>
/// <param name="Inside">"cooked" of foods named Cooked Beef: a word written whole inside the column's values.</param>
public sealed record Tag(TagKind Kind, int Start, int Length, LanguageColumn? Column = null, string? Value = null, double Number = 0,
    int Pole = 0, bool Superlative = false, string? Reading = null, Unit? Unit = null, bool Predicate = false, bool WithinTableYears = false, bool Rows = false,
    bool OfLength = false, bool Inside = false)
{
    public bool IsYear => Kind == TagKind.Number && Number == Math.Floor(Number) && (Number is >= 1800 and <= 2100 || WithinTableYears);
}

/// <summary>
/// A question's words linked to one table: phrases to columns (names with spaces and units, plurals,
/// abbreviations, synonyms, near misses) and to values of text columns, numbers, months, and the words
/// the engine understands. Words left unlinked are <see cref="TagKind.Unknown"/>.
/// </summary>
public sealed partial class Question
{
    public static readonly HashSet<string> KeywordWords =
    [
        "how", "many", "count", "number", "total", "sum", "combined", "altogether", "cumulative", "average", "mean", "avg", "typical",
        "maximum", "max", "highest", "largest", "biggest", "greatest", "most", "top", "peak", "best", "minimum", "min", "lowest", "smallest",
        "least", "fewest", "worst", "bottom", "median", "deviation", "variance", "distinct", "unique", "different", "by", "per", "each", "every", "share", "percentage",
        "percent", "proportion", "fraction", "%", "more", "greater", "higher", "above", "over", "exceeding", "exceed", "exceeds", "less", "fewer",
        "lower", "below", "under", "at", "equal", "equals", "exactly", "before", "after", "since", "until", "till", "from", "to",
        "between", "and", "in", "not", "except", "excluding", "without", "sorted", "ordered", "sort", "order", "ascending", "descending",
        "asc", "desc", "first", "last", "which", "what", "when", "year", "yearly", "annual",
        "annually", "month", "monthly", "quarter", "quarterly", "week", "weekly", "weekday", "day", "daily", "hour", "hourly", "decade", "than", "or", "no", "ever",
        "all", "time", "whose", "with", "where", "having", "of", "for", "on", "during", "the", "a", "an", "is", "are", "was", "were",
        "common", "frequent", "popular", "often", "frequently", "negative", "positive", "correlation", "correlated", "correlate", "corr",
    ];

    /// <summary>Words of a part of a whole: "the share of", "what percentage".</summary>
    public static readonly HashSet<string> ShareWords = ["share", "percentage", "percent", "proportion", "fraction", "%"];

    /// <summary>"gas price", "test score": after a numeric column, words that only say what kind of number it is.</summary>
    private static readonly HashSet<string> MeasureNouns = ["price", "prices", "cost", "costs", "rate", "score", "reading", "figure", "length", "coordinate", "latitude", "longitude",
        "size", "amount", "level", "content", "concentration", "value", "values", "area", "index"];

    /// <summary>
    /// Whether a word after a numeric column's name only says what kind of number it is: one of <see cref="MeasureNouns"/>,
    /// or a way of measuring (WordNet: a vocabulary "test" is a measurement).
    /// </summary>
    private static bool SaysKindOfNumber(string word) => MeasureNouns.Contains(word)
        || Lexicon.Shared is { Available: true } lexicon && (Senses.NamesAMeasuring(Language.Words.Singular(word), lexicon)
            // "the rights fee": a kind of cost or payment (WordNet: a fee is a fixed charge, a charge a cost), the sum a column
            // of money is.
            || Senses.IsAKindOf(Language.Words.Singular(word), "cost", lexicon, 3) || Senses.IsAKindOf(Language.Words.Singular(word), "payment", lexicon, 2)
            // "the consumer ratio" of consumers per gardener: a kind of magnitude relation (WordNet), as a ratio or a proportion is.
            || Senses.IsAKindOf(Language.Words.Singular(word), "magnitude relation", lexicon, 2));

    /// <summary>
    /// "the length of all coastlines", "block size in code points", "the rating of Blair", "the score on the pretest":
    /// before "of", "in" or "on" and a numeric column.
    /// </summary>
    private bool SaysKindOfNumberBeforeColumn(int i) => SaysKindOfNumber(Words[i]) && Word(i + 1) is "of" or "in" or "on"
        && TagAt(Word(i + 2) is "all" or "the" ? i + 3 : i + 2) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number };

    /// <summary>
    /// "How many children are in the study?" of wilms-tumour-study's <c>study</c> (3 or 4): what gathered the data, ending the
    /// question with none of the column's values said, is the table its name calls so, not the column.
    /// </summary>
    private void LinkGathererNamedAsAColumn()
    {
        var last = Words.Count - 1;
        if (last >= 2 && GatheredTheData(last) && Tags[last] is { Kind: TagKind.Column, Length: 1, Column: { } named } && Table.NameWords.Contains(Words[last])
            && !Tags.Any(t => t is { Kind: TagKind.Value } && t.Column == named))
            Tags[last] = new Tag(TagKind.Stop, last, 1, Reading: $"the {Words[last]}: the whole table, as its name says");
    }

    /// <summary>
    /// "How many laboratories took part?", "teams that participated": a verb (or a verb of two words) that WordNet first
    /// reads as taking part says only that the rows are in the data; not where a column may say who took part (participation,
    /// or any yes-or-no column the question leaves unnamed: mroz's lfp).
    /// </summary>
    private void LinkTakingPart(Lexicon lexicon)
    {
        if (!lexicon.Available || Table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(w => w.StartsWith("partic", StringComparison.OrdinalIgnoreCase))
                || c.IsFlag && !Tags.Any(t => t is not null && t.Column == c))) return;
        bool Participates(string verb) => lexicon.Synsets(verb, PartOfSpeech.Verb).FirstOrDefault() is { } first && first.Words.Contains("participate");
        for (var i = 1; i < Words.Count; i++)
        {
            if (Tags[i] is not (null or { Kind: TagKind.Unknown })) continue;
            var bases = lexicon.BaseForms(Words[i], PartOfSpeech.Verb);
            if (i + 1 < Words.Count && Tags[i + 1] is null or { Kind: TagKind.Unknown or TagKind.Stop } && bases.Any(b => Participates($"{b} {Words[i + 1]}")))
                Set(i, 2, new Tag(TagKind.Stop, i, 2, Reading: "took part: the rows are in the data"));
            else if (bases.Any(Participates))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "took part: the rows are in the data");
        }
    }

    /// <summary>
    /// "months Acme beat the market", "outperformed the market": between two numeric columns, a verb whose first sense is
    /// to exceed or to defeat compares them, as "exceeded" does.
    /// </summary>
    private void LinkExceeding(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 1; i + 1 < Words.Count; i++)
            if (Tags[i] is null or { Kind: TagKind.Unknown } && !KeywordWords.Contains(Words[i])
                && Tags[i - 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }
                && TagAt(Words[i + 1] == "the" ? i + 2 : i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }
                && Senses.SaysExceeds(Words[i], lexicon))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: ExceedsReading);
    }

    /// <summary>How a verb of exceeding between two numeric columns reads: the first is greater.</summary>
    public const string ExceedsReading = "is greater than (WordNet: exceeds)";

    /// <summary>"in the survey", "of this study", "in the trial", "in the data": what gathered the data is the table itself.</summary>
    private bool GatheredTheData(int i) => Words[i] is "survey" or "study" or "census" or "poll" or "experiment" or "trial" or "sample" or "dataset" or "data" && Word(i - 1) is "the" or "this"
        && (Word(i - 2) is "in" or "of" or "from" || i >= 2 && EntersOrLeaves(Words[i - 2]));

    /// <summary>"entered the study", "joined", "completed", "left" it: a verb WordNet puts beside entering, joining or leaving.</summary>
    private static bool EntersOrLeaves(string word) => Lexicon.Shared is { Available: true } lexicon
        && Senses.VerbAmong(word, lexicon, "enter", "join", "enrol", "enroll", "leave", "complete", "finish");

    /// <summary>
    /// Whether the word at <paramref name="i"/> only says what kind of number the numeric column before it is. Not after a
    /// group's number repeated over its members' rows ("class size" of a pupil's class: the size of the class, which that
    /// column does not hold), where the numbers are many or large, as labels are (a family's size runs 1 to 14).
    /// </summary>
    private bool SaysKindOfNumberAfterColumn(int i) => SaysKindOfNumber(Words[i]) && (TagAt(i - 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } number }
        ? !(ColumnTypes.IsInteger(number.Type) && number.Profile.DistinctCount * 2 < Table.RowCount && Language.Words.NameWords(number.Name) is [var name]
            && (number.Profile.DistinctCount > 30 || !double.TryParse(number.Profile.Min, CultureInfo.InvariantCulture, out var least) || least >= 100)
            && Lexicon.Shared is { Available: true } lexicon && Senses.NamesAGroup(name, lexicon))
        // "language test score": after another such word; "moral integration score": after what the column measures.
        : i > 1 && (TagAt(i - 1) is null or { Kind: TagKind.Stop } && SaysKindOfNumberAfterColumn(i - 1)
            || TagAt(i - 1) is { Kind: TagKind.Stop, Reading: { } measures } && TagAt(i - 2) is { Kind: TagKind.Column, Column: { } measured } && measures == WhatItMeasures(measured)));

    /// <summary>"ICAO code", "native name", "Unicode version": words after a column's name that only say what it holds.</summary>
    private static readonly HashSet<string> HolderWords = ["code", "codes", "number", "name", "names", "id", "identifier", "symbol", "abbreviation", "version", "versions"];

    /// <summary>"type of weather", "kinds of fuel": words before "of" that only introduce the column named after them.</summary>
    public static readonly HashSet<string> SortWords = ["type", "kind", "sort", "category", "variety", "class"];

    /// <summary>"authentication method", "hash algorithm": words after a column's name that only say its values are ways of doing it.</summary>
    private static readonly HashSet<string> WayWords = ["method", "scheme", "algorithm", "mode", "mechanism", "technique", "style", "approach"];

    private readonly List<string> _words;

    /// <summary>Values the question names that several columns hold, none of them picked ("flags": a group and a subgroup).</summary>
    private readonly List<(int Start, int Length, List<LanguageColumn> Columns)> _heldByMany = [];

    public IReadOnlyList<string> Words => _words;
    public IReadOnlyList<string> Original { get; }

    /// <summary>The question as written, signs and all: ":has()" is a value the words alone ("has") do not show.</summary>
    public string Text { get; }

    public LanguageTable Table { get; }
    public Tag[] Tags { get; }

    private Question(string text, IReadOnlyList<string> original, LanguageTable table)
    {
        Text = text;
        Original = original;
        _words = original.Select(w => w.ToLowerInvariant()).ToList();
        Table = table;
        Tags = new Tag[Words.Count];
    }

    public static Question Link(string text, LanguageTable table)
    {
        var q = new Question(text, WithCoordinatesNamed(WithScaledNumbers(WithMostRecentAsLatest(WithComparativesAsSuperlatives(Language.Words.OriginalTokens(WithRangesSpelledOut(text))))), table), table);
        q.LinkNumbers();
        q.LinkRangeLabels();
        q.LinkMentioned();
        q.LinkPatterns();
        q.LinkMeaning();
        q.LinkValues(exact: true);
        q.LinkColumns();
        q.LinkNumbersWithUnitsInNames();
        q.LinkBestTimes();
        q.LinkAgesAtEvents();
        q.LinkPeopleInColumnNames(Lexicon.Shared);
        q.LinkCountedByIdentifier();
        q.LinkNamesRunTogetherWhole();
        q.LinkNamesSaidWithOf();
        q.LinkGroupsNamedByColumn(Lexicon.Shared);
        q.LinkCompoundsEndingInColumn(Lexicon.Shared);
        q.LinkCountedPerUnit();
        q.LinkRateUnits();
        q.LinkCompoundValues(Lexicon.Shared);
        q.LinkCapitalsAfterColumn();
        q.LinkNumbersLetteredByColumn();
        q.LinkAdjectiveColumnCompounds(Lexicon.Shared);
        q.LinkVerbsOfDoers(Lexicon.Shared);
        q.LinkSummarisedColumns(Lexicon.Shared);
        q.LinkBeforeAndAfter();
        q.LinkTimeUnitOfColumn();
        q.LinkRowsNounBeforeColumn();
        q.LinkAmountReached();
        q.LinkTextLengths();
        q.LinkAnyRow();
        q.LinkTableName();
        q.LinkTakingPart(Lexicon.Shared);
        q.LinkExceeding(Lexicon.Shared);
        q.LinkVerbBetween();
        q.LinkCodes();
        q.LinkValues(exact: false);
        q.LinkValuesWrittenApart();
        q.LinkAbbreviatedValues();
        q.LinkInitialledValues();
        q.LinkQualifiedValues();
        q.LinkVersions();
        q.LinkCompass();
        q.LinkReferenceLines();
        q.LinkWeekdays();
        q.LinkWhere(Lexicon.Shared);
        q.LinkValuesOfPairs();
        q.LinkValuesOfMany();
        q.LinkComparedValues();
        q.LinkKeywordValuesBeforeColumn();
        q.LinkWordsBesideValues();
        q.LinkVerbBeforeItsObject();
        q.LinkLevelReached(Lexicon.Shared);
        q.LinkFlagAdjectives(Lexicon.Shared);
        q.LinkAffirmingAdjectives(Lexicon.Shared);
        q.LinkFlagVerbs(Lexicon.Shared);
        q.LinkCompoundsOfAColumnsWord(Lexicon.Shared);
        q.LinkPeopleCountedByWhatTheyDid(Lexicon.Shared);
        q.LinkOrdinalsOfNumberedKinds();
        q.LinkSenses(Lexicon.Shared);
        q.LinkTimeUnitOfColumn();
        q.LinkStopWordValuesAfterColumn();
        q.LinkValuesOfManyAfterTheirColumn();
        q.LinkNumbersKeptAsText();
        q.LinkAggregateBeforeColumn();
        q.LinkRest();
        q.LinkGathererNamedAsAColumn();
        q.LinkPassiveEnding(Lexicon.Shared);
        q.LinkOtherWordsOfAColumnSaid();
        q.LinkValuesBeforeTheirColumn();
        q.LinkTimeUnitsOfAVerbsColumn(Lexicon.Shared);
        q.LinkInitialledKinds();
        q.LinkInitialledSuffixes();
        q.LinkPartedSuffixes();
        q.LinkInitialledNumbers();
        q.LinkNumberedNames();
        q.LinkShortenedCompounds();
        q.LinkNumbersLetteredByColumn();
        q.LinkCountedByVerb(Lexicon.Shared);
        q.LinkWordsOfTheTablesSubject(Lexicon.Shared);
        q.LinkCompoundsBesideColumns(Lexicon.Shared);
        q.LinkRowsNounOwningColumn();
        q.LinkOrderOfEvents();
        q.LinkWordsInsideValues();
        q.LinkWordsBeginningOrInsideValues();
        q.LinkClassifiedRows();
        q.LinkNounsBeforeAMeasure(Lexicon.Shared);
        q.LinkPeopleEveryRowIs(Lexicon.Shared);
        q.LinkCompoundPeople(Lexicon.Shared);
        q.LinkInitialledPeople(Lexicon.Shared);
        q.LinkPeopleOfAFlag(Lexicon.Shared);
        q.UnlinkVerbsOfAnotherFlag();
        q.LinkRowsToldApartWithinId();
        q.LinkSizesOfNumberedThings();
        q.LinkOrdinalOfLetteredColumns();
        q.LinkVerbEndingCountByEach(Lexicon.Shared);
        q.LinkUnitsDefinedByAColumn(Lexicon.Shared);
        return q;
    }

    /// <summary>
    /// "How many patients did each institution enroll?": a verb of taking people in, ending a count of the rows by each of a
    /// column's, only relates the two (not one of winning or losing, which would pick some of the rows).
    /// </summary>
    private void LinkVerbEndingCountByEach(Lexicon lexicon)
    {
        var last = Words.Count - 1;
        if (lexicon.Available && last >= 5 && Tags[last] is null or { Kind: TagKind.Unknown } && Words is ["how", "many", ..] && Tags[2] is { Kind: TagKind.TableWord }
            && Words.Take(last).Any(w => w is "do" or "does" or "did") && Tags[last - 1] is { Kind: TagKind.Column } grouped && Word(grouped.Start - 1) is "each" or "every"
            && Senses.VerbAmong(Words[last], lexicon, "enrol", "enroll", "recruit", "register", "admit", "accept", "hire", "employ", "include", "serve", "take in", "receive"))
            Tags[last] = new Tag(TagKind.Stop, last, 1, Reading: "relates (a verb of taking in)");
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
        var tableYears = TableYears();
        for (var i = 0; i < Words.Count; i++)
        {
            // A word of a quarter already read ("Q3 1987").
            if (Tags[i] is not null) continue;
            var word = Words[i].TrimEnd('%');
            // "the first quarter of 2009" of a table with a quarter column: quarter 1.
            if (Ordinals.IndexOf(Words[i]) is var ordinal and >= 0 && Word(i + 1) is "quarter" or "qtr"
                && Table.Columns.Any(c => c.IsCategoryNumber && Language.Words.NameWords(c.Name) is ["quarter" or "qtr"]))
                Tags[i] = new Tag(TagKind.Number, i, 1, Number: ordinal + 1, Reading: $"quarter {ordinal + 1}");
            else if (QuarterOfYear(i) is var (quarterYear, quarter, quarterWords) && Free(i, quarterWords))
                Set(i, quarterWords, new Tag(TagKind.Quarter, i, quarterWords, Value: new DateOnly(quarterYear, quarter * 3 - 2, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Reading: $"quarter {quarter} of {quarterYear}"));
            else if (DateOnly.TryParseExact(Words[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                Tags[i] = new Tag(TagKind.Day, i, 1, Value: day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            // "00E9", a code a text column holds, is no number in exponent form.
            else if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                     && !(word.Any(char.IsLetter) && Table.Columns.Any(c => c.Kind == ColumnKind.Text && c.Values.ContainsKey(word))))
                Tags[i] = new Tag(TagKind.Number, i, 1, Number: n, WithinTableYears: tableYears is var (first, last) && n >= first && n <= last);
            // "may" is a month before a day's number, or written as a name inside the sentence ("average ozone in May").
            else if (Language.Words.Month(Words[i]) is { } month && (Words[i] != "may" || Word(i + 1) is [>= '0' and <= '9', ..] || i > 0 && Original[i] == "May"))
                Tags[i] = new Tag(TagKind.Month, i, 1, Number: month);
            else if (NumberWords.TryGetValue(Words[i], out var spelled)) Tags[i] = new Tag(TagKind.Number, i, 1, Number: spelled);
            // "the 1950s", "the 1800s": a decade, or a century where the year is a whole hundred.
            if (Tags[i] is { Kind: TagKind.Number, Number: >= 1000 and < 3000 and var year } && year % 10 == 0 && Word(i + 1) == "s")
                Tags[i + 1] = new Tag(TagKind.Stop, i + 1, 1, Reading: year % 100 == 0 ? "century" : "decade");
            // "aged 30 or younger", "2 or more", "8 cylinders or more": that number and those beyond it on one side.
            else if (Tags[i] is { Kind: TagKind.Number } && Enumerable.Range(i + 1, 2).FirstOrDefault(j => Word(j) == "or" && (OrMoreWords.Contains(Word(j + 1) ?? "") || OrLessWords.Contains(Word(j + 1) ?? ""))
                         && Word(j + 2) != "than" && !double.TryParse(Word(j + 2), NumberStyles.Float, CultureInfo.InvariantCulture, out _)) is > 0 and var or)
                Set(or, 2, new Tag(TagKind.Keyword, or, 2, Reading: OrMoreWords.Contains(Words[or + 1]) ? OrMoreReading : OrLessReading));
        }
    }

    private static readonly HashSet<string> OrMoreWords = ["more", "greater", "higher", "above", "over", "larger", "bigger", "older", "later", "longer"];
    private static readonly HashSet<string> OrLessWords = ["less", "fewer", "lower", "below", "under", "smaller", "younger", "earlier", "shorter"];

    /// <summary>How "or more" after a number reads: that number or above.</summary>
    public const string OrMoreReading = "or more";

    /// <summary>How "or less" after a number reads: that number or below.</summary>
    public const string OrLessReading = "or less";

    private static readonly List<string> CountingOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>The ordinals of quarters and of ranked classes ("third class"): the first four.</summary>
    private static readonly List<string> Ordinals = CountingOrdinals.Take(4).ToList();

    /// <summary>
    /// "post-test 3", "the third post-test", "the first pretest" of pretest_1 … post_test_3: a name numbered at its end is
    /// said by its words (or its words run together) with the number after them, or with the number's ordinal before them.
    /// </summary>
    private void LinkNumberedNames(List<string> singular)
    {
        foreach (var column in Table.Columns)
        {
            var name = Language.Words.NameWords(column.Name).Select(Language.Words.Singular).ToList();
            if (name.Count < 2 || !int.TryParse(name[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) continue;
            var stem = name[..^1];
            for (var start = 0; start < Words.Count; start++)
            {
                var length = singular.Skip(start).Take(stem.Count).SequenceEqual(stem) ? stem.Count
                    : singular[start].Replace("-", "") == string.Concat(stem) ? 1 : 0;
                if (length == 0 || !Free(start, length)) continue;
                if (TagAt(start + length) is { Kind: TagKind.Number, IsYear: false, Number: var after } && after == number)
                    Set(start, length + 1, new Tag(TagKind.Column, start, length + 1, column, Reading: $"column {column.Name}, by its number"));
                else if (start > 0 && CountingOrdinals.IndexOf(Words[start - 1]) + 1 == number && TagAt(start - 1) is not { Kind: TagKind.Column or TagKind.Value })
                    Set(start - 1, length + 1, new Tag(TagKind.Column, start - 1, length + 1, column, Reading: $"column {column.Name}, by its number"));
            }
        }
    }

    /// <summary>A word nothing has read (or read only as unknown) that is no keyword or stop word.</summary>
    private bool Unread(int i) => i < Words.Count && Tags[i] is null or { Kind: TagKind.Unknown } && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i]);

    /// <summary>
    /// The one yes-or-no column whose one-word name the adjective pertains to (WordNet: religious → religion), or is a synonym
    /// of in its first sense (marital, married).
    /// </summary>
    private LanguageColumn? FlagPertainedTo(string adjective, Lexicon lexicon) => lexicon.Knows(adjective, PartOfSpeech.Adjective)
        && Senses.NounsOf(adjective, lexicon).Concat(lexicon.Synsets(adjective, PartOfSpeech.Adjective).Take(1).SelectMany(s => s.Words)).ToList() is { Count: > 0 } pertains
        && Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && pertains.Contains(name)).ToList() is [var flag] ? flag : null;

    /// <summary>
    /// "night-time fatalities" → nfatal beside fatal: a word nothing read before a column of one word, whose initial and that
    /// name are another number column's name, names that kind of it ("alcohol-involved" → afatal, "single-vehicle" → sfatal).
    /// A modifier, not a noun: "office visits" beside visits and ovisits may be any visits, the initial a guess.
    /// </summary>
    private void LinkInitialledKinds()
    {
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Unread(i) && Words[i].Length >= 3 && char.IsAsciiLetter(Words[i][0]) && Tags[i + 1] is { Kind: TagKind.Column, Length: 1, Column: { } plain }
                && (Words[i].Contains('-') || Lexicon.Shared is { Available: true } lexicon && lexicon.Knows(Words[i], PartOfSpeech.Adjective) && !lexicon.Knows(Words[i], PartOfSpeech.Noun))
                && Language.Words.NameWords(plain.Name) is [var name]
                && Table.Columns.Where(c => c.Kind == ColumnKind.Number && string.Equals(c.Name, Words[i][0] + name, StringComparison.OrdinalIgnoreCase)).ToList() is [var kind])
                Set(i, 2, new Tag(TagKind.Column, i, 2, kind, Reading: $"'{Original[i]}' initialled before {plain.Name} → column {kind.Name}"));
    }

    /// <summary>
    /// "the math SAT score" of SATM beside SATV, "the cost of visiting Lake Conroe" of costC beside costS and costH: columns
    /// named alike but for a capital letter at the end are told apart by a word near their shared name that begins with it.
    /// The words between, and a noun right after, only say which of them it is.
    /// </summary>
    private void LinkInitialledSuffixes()
    {
        var families = Table.Columns.Where(c => c.Name.Length >= 3 && char.IsAsciiLetterUpper(c.Name[^1]))
            .GroupBy(c => c.Name[..^1].ToLowerInvariant()).Where(g => g.Count() >= 2);
        foreach (var family in families)
        {
            var at = Enumerable.Range(0, Words.Count).FirstOrDefault(i => Words[i] == family.Key
                && (Tags[i] is null or { Kind: TagKind.Unknown or TagKind.TableWord } || Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { } named } && family.Contains(named)), -1);
            if (at < 0) continue;
            var near = Enumerable.Range(Math.Max(0, at - 6), Math.Min(Words.Count, at + 7) - Math.Max(0, at - 6))
                .Where(k => k != at && Unread(k) && Words[k].Length >= 3 && char.IsAsciiLetter(Words[k][0]))
                .Select(k => (At: k, Columns: family.Where(c => char.ToLowerInvariant(c.Name[^1]) == Words[k][0]).ToList()))
                .Where(n => n.Columns.Count == 1).ToList();
            if (near.Select(n => n.Columns[0]).Distinct().ToList() is not [var column]) continue;
            var (from, to) = (Math.Min(at, near.Min(n => n.At)), Math.Max(at, near.Max(n => n.At)));
            while (to + 1 < Words.Count && char.IsUpper(Original[to + 1][0]) && Unread(to + 1)) to++;
            if (Unread(to + 1) && Lexicon.Shared is { Available: true } lexicon && lexicon.Knows(Words[to + 1], PartOfSpeech.Noun)) to++;
            if (Enumerable.Range(from, to - from + 1).Any(k => k != at && !Unread(k) && Tags[k] is not (null or { Kind: TagKind.Stop } or { Kind: TagKind.Column, Length: 1 })
                && Words[k] is not ("of" or "the" or "a" or "an" or "to"))) continue;
            Set(from, to - from + 1, new Tag(TagKind.Column, from, to - from + 1, column,
                Reading: $"'{Original[at]}' and '{string.Join("', '", near.Select(n => Original[n.At]))}', its initial → column {column.Name}"));
        }
    }

    /// <summary>
    /// "the average IQ of the twins raised by foster parents", "the IQ of the biological twins" of IQfoster beside IQbio:
    /// columns named alike but for their last part are told apart by a word near their shared name that is or begins with
    /// that part. That word, and a noun right after it, only say which of them it is.
    /// </summary>
    private void LinkPartedSuffixes()
    {
        var families = Table.Columns.Select(c => (Column: c, Name: Language.Words.NameWords(c.Name))).Where(c => c.Name.Count >= 2 && c.Name[^1].Length >= 3 && c.Name[^1].All(char.IsAsciiLetter))
            .GroupBy(c => string.Join(' ', c.Name.SkipLast(1))).Where(g => g.Count() >= 2 && !g.Key.Contains(' '));
        foreach (var family in families)
        {
            var at = Enumerable.Range(0, Words.Count).FirstOrDefault(i => Words[i] == family.Key && Tags[i] is null or { Kind: TagKind.Unknown or TagKind.TableWord }, -1);
            // Not where the question gives one of them a value ("Which country has the code DEU?" of Country Name and Country Code).
            if (at < 0 || Tags.Any(t => t is { Kind: TagKind.Value } && family.Any(c => c.Column == t.Column))) continue;
            var near = Enumerable.Range(Math.Max(0, at - 6), Math.Min(Words.Count, at + 7) - Math.Max(0, at - 6))
                .Where(k => k != at && (Unread(k) || Tags[k] is { Kind: TagKind.Column, Length: 1, Column: { } named } && family.Any(c => c.Column == named)))
                .Select(k => (At: k, Columns: family.Where(c => Words[k].StartsWith(c.Name[^1], StringComparison.Ordinal)).Select(c => c.Column).ToList()))
                .Where(n => n.Columns.Count == 1).ToList();
            if (near is not [var (part, columns)]) continue;
            var column = columns[0];
            var (from, to) = (Math.Min(at, part), Math.Max(at, part));
            if (Enumerable.Range(from + 1, to - from - 1).Any(k => !Unread(k) && Tags[k] is not (null or { Kind: TagKind.Stop or TagKind.TableWord })
                && Words[k] is not ("of" or "the" or "a" or "an" or "to" or "by" or "with" or "have" or "has" or "had"))) continue;
            Tags[at] = new Tag(TagKind.Column, at, 1, column, Reading: $"'{Original[at]}' and '{Original[part]}', its last part → column {column.Name}");
            Tags[part] = new Tag(TagKind.Stop, part, 1, Reading: $"which {family.Key}: {column.Name}");
            if ((Unread(part + 1) || part + 1 != at && Tags[part + 1] is { Kind: TagKind.Stop, Length: 1 }) && Lexicon.Shared is { Available: true } lexicon
                && lexicon.Knows(Words[part + 1], PartOfSpeech.Noun) && !Language.Words.StopWords.Contains(Words[part + 1]))
                Tags[part + 1] = new Tag(TagKind.Stop, part + 1, 1, Reading: $"which {family.Key}: {column.Name}");
        }
    }

    /// <summary>
    /// "weight loss in month 2", "self-esteem at the first measurement" of wl1 … wl3 and se1 … se3: names of two or three
    /// initials and a number, several alike, are said by words those initials begin (or one word of hyphenated parts), and
    /// which of them by a number after a noun ("month 2", "month one") or an ordinal before one ("the first month",
    /// "first-month") a few words away. A noun right after the words ("score") only says what they are. Of one letter and
    /// a number (t1, t2), the noun that letter begins says it with the number right after ("type 1 transactions").
    /// </summary>
    private void LinkInitialledNumbers()
    {
        if (Lexicon.Shared is not { Available: true } lexicon) return;
        var families = Table.Columns.Select(c => (Column: c, Name: InitialledNumber().Match(c.Name)))
            .Where(x => x.Name.Success).GroupBy(x => x.Name.Groups["letters"].Value.ToLowerInvariant())
            .Where(g => g.Count() >= 2 && !Table.Columns.Any(c => string.Equals(c.Name, g.Key, StringComparison.OrdinalIgnoreCase)));
        foreach (var family in families)
        {
            var letters = family.Key;
            if (letters.Length == 1)
            {
                LinkLetterNumbered(letters[0], family.Select(x => (x.Column, int.Parse(x.Name.Groups["number"].Value, CultureInfo.InvariantCulture))).ToList(), lexicon);
                continue;
            }
            for (var i = 0; i < Words.Count; i++)
            {
                var parts = Words[i].Split('-');
                var length = parts.Length == letters.Length && InitialsOf(parts) == letters && Open(i) ? 1
                    : i + letters.Length <= Words.Count && Enumerable.Range(i, letters.Length).All(k => Open(k) && Words[k].Length >= 3 && Words[k].All(char.IsAsciiLetterLower))
                      && InitialsOf(Words.Skip(i).Take(letters.Length)) == letters ? letters.Length : 0;
                if (length == 0) continue;
                var end = i + length;
                if (Unread(end) && lexicon.Knows(Words[end], PartOfSpeech.Noun) && PeriodAt(end, lexicon) is null) end++;
                // The nearest number naming one of them: after the words (past a preposition or an article), or just before.
                var found = Enumerable.Range(end, Math.Min(4, Words.Count - end)).Select(k => PeriodAt(k, lexicon)).FirstOrDefault(p => p is not null)
                    ?? Enumerable.Range(Math.Max(0, i - 2), i - Math.Max(0, i - 2)).Reverse().Select(k => PeriodAt(k, lexicon)).FirstOrDefault(p => p is not null);
                if (found is not var (from, count, number)) continue;
                var gap = from > end ? Enumerable.Range(end, from - end) : Enumerable.Range(from + count, Math.Max(0, i - from - count));
                if (!gap.All(k => Words[k] is "in" or "at" or "on" or "of" or "for" or "during" or "after" or "the" or "a" or "an")) continue;
                if (family.Where(x => int.Parse(x.Name.Groups["number"].Value, CultureInfo.InvariantCulture) == number).Select(x => x.Column).ToList() is not [var column]) continue;
                Set(i, end - i, new Tag(TagKind.Column, i, end - i, column, Reading: $"'{string.Join(' ', Original.Skip(i).Take(length))}', its initials, and {number} → column {column.Name}"));
                Set(from, count, new Tag(TagKind.Stop, from, count, Reading: $"which of {string.Join(", ", family.Select(x => x.Column.Name))}: {number}"));
            }
        }
    }

    private void LinkLetterNumbered(char letter, List<(LanguageColumn Column, int Number)> family, Lexicon lexicon)
    {
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            if (!Open(i) || Words[i].Length < 3 || Words[i][0] != letter || KeywordWords.Contains(Words[i]) || !lexicon.Knows(Words[i], PartOfSpeech.Noun)
                || TagAt(i + 1) is not { Kind: TagKind.Number, IsYear: false, Number: var number } || number != Math.Floor(number)
                || family.Where(x => x.Number == number).Select(x => x.Column).ToList() is not [var column]) continue;
            var end = i + 2;
            if (end < Words.Count && Open(end) && lexicon.Knows(Words[end], PartOfSpeech.Noun)) end++;
            Set(i, end - i, new Tag(TagKind.Column, i, end - i, column, Reading: $"'{Original[i]} {Original[i + 1]}', its initial and number → column {column.Name}"));
        }
    }

    /// <summary>Whether the word at <paramref name="k"/> is unread or only a word of the table's name ("weight loss" of weight-loss-trial): initials may say more.</summary>
    private bool Open(int k) => Unread(k) || Tags[k] is { Kind: TagKind.TableWord };

    private static string InitialsOf(IEnumerable<string> words) => string.Concat(words.Select(w => w.Length > 0 ? w[0] : ' '));

    /// <summary>"month 2", "month one", "the first month", "first-month": where a numbered period is said, and its number.</summary>
    private (int From, int Count, int Number)? PeriodAt(int k, Lexicon lexicon)
    {
        if (k >= Words.Count || Tags[k] is { Kind: TagKind.Column or TagKind.Value }) return null;
        if (Words[k].Split('-') is [var ordinal, var period] && CountingOrdinals.IndexOf(ordinal) is var at and >= 0 && lexicon.Knows(period, PartOfSpeech.Noun))
            return (k, 1, at + 1);
        // The period may have been read as a word of time or of the rows ("month", "measurement"): here it only counts.
        bool Period(int at) => at < Words.Count && Tags[at] is not { Kind: TagKind.Column or TagKind.Value or TagKind.Number }
            && Words[at].Length >= 3 && Words[at] is not ("the" or "and" or "for" or "per" or "all") && lexicon.Knows(Words[at], PartOfSpeech.Noun);
        if (CountingOrdinals.IndexOf(Words[k]) is var nth and >= 0 && Tags[k] is null or { Kind: TagKind.Unknown or TagKind.Keyword } && Period(k + 1))
            return (k, 2, nth + 1);
        return Period(k) && TagAt(k + 1) is { Kind: TagKind.Number, IsYear: false, Number: >= 1 and <= 20 and var n } && n == Math.Floor(n)
            ? (k, 2, (int)n) : null;
    }

    [GeneratedRegex("^(?<letters>[A-Za-z]{1,3})_?(?<number>[0-9]{1,2})$")]
    private static partial Regex InitialledNumber();

    /// <summary>
    /// "a city at 16" of city16, "a low income at 16" of lowincome16: the column read just before a number ("at", "aged" or
    /// "of" between), whose name its letters and that number make.
    /// </summary>
    private LanguageColumn? NumberedColumnBefore(int n)
    {
        for (var k = n - 1; k >= Math.Max(0, n - 3); k--)
        {
            if (Tags[k] is { Kind: TagKind.Column, Column: { } column } && column.Name.Length > Words[n].Length
                && column.Name.EndsWith(Words[n], StringComparison.Ordinal) && char.IsAsciiLetter(column.Name[^(Words[n].Length + 1)]))
                return column;
            if (Words[k] is not ("at" or "aged" or "age" or "of")) return null;
        }
        return null;
    }

    /// <summary>
    /// "the 200m time" of run200m, "the 1500m" of olympic-1500m-winners: a number with its unit written on it ends one
    /// column's name, or is a word of the table's name.
    /// </summary>
    /// <summary>
    /// "6000 points" of score: after a number, a noun WordNet defines by the one numeric column the question names ("the unit
    /// of counting in scoring a game") is that column's unit.
    /// </summary>
    private void LinkUnitsDefinedByAColumn(Lexicon lexicon)
    {
        if (!lexicon.Available || Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }).Select(t => t!.Column!).Distinct().ToList() is not [var counted]
            || Language.Words.NameWords(counted.Name) is not [var name]) return;
        for (var i = 1; i < Words.Count; i++)
            if (Unread(i) && TagAt(i - 1) is { Kind: TagKind.Number } && Language.Words.Singular(Words[i]) is var unit && unit != name
                && lexicon.Synsets(unit, PartOfSpeech.Noun).Any(s => Regex.IsMatch(s.Definition, $@"\b{Regex.Escape(name.TrimEnd('e'))}(e|es|ed|ing)?\b")))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"the unit of {counted.Name} (WordNet: {unit})");
    }

    /// <summary>
    /// "the best hurdles time", "the worst 800m": best and worst of a time (said, or a race's, which is timed) are its least
    /// and its most.
    /// </summary>
    private void LinkBestTimes()
    {
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            if (Words[i] is not ("best" or "worst") || TagAt(i + 1) is not { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } timed } named) continue;
            var after = named.Start + named.Length;
            var timeSaid = Word(after) is "time" or "times" && Tags[after] is null;
            if (!timeSaid && !Words.Skip(named.Start).Take(named.Length).Contains("time") && !(Lexicon.Shared is { Available: true } lexicon && TimesARace(timed, lexicon)))
                continue;
            var least = Words[i] == "best";
            Tags[i] = new Tag(TagKind.Column, i, 1, timed, Pole: least ? -1 : 1, Superlative: true,
                Reading: $"{(least ? "low" : "high")} {timed.Name} ({Words[i]} of a time is its {(least ? "least" : "most")}), ranked");
            if (timeSaid) Tags[after] = new Tag(TagKind.Stop, after, 1, Reading: $"what {timed.Name} is");
        }
    }

    /// <summary>Whether a number column's one-word name, its letters before any number, is a race ("hurdles", run800m): a time.</summary>
    private static bool TimesARace(LanguageColumn column, Lexicon lexicon) => Language.Words.NameWords(column.Name) is [var single]
        && new string(single.TakeWhile(char.IsAsciiLetter).ToArray()) is { Length: >= 3 } raced && Senses.NamesARace(raced, lexicon);

    /// <summary>The one text column whose name ends with a word for a person (an author, a winner): who the question asks for.</summary>
    public LanguageColumn? PeopleColumn(Lexicon lexicon) => Table.Columns.Where(c => c.Kind == ColumnKind.Text
        && Language.Words.NameWords(c.Name) is [.., var last] && Senses.NamesAPerson(Language.Words.Singular(last), lexicon)).ToList() is [var people] ? people : null;

    private void LinkNumbersWithUnitsInNames()
    {
        for (var n = 0; n + 1 < Words.Count; n++)
        {
            if (TagAt(n) is not { Kind: TagKind.Number } || Word(n + 1) is not { Length: >= 1 and <= 3 } unit || !unit.All(char.IsAsciiLetter)
                || Tags[n + 1] is not (null or { Kind: TagKind.Unknown or TagKind.Unit }) || !Text.Contains(Original[n] + Original[n + 1], StringComparison.Ordinal))
                continue;
            var written = Words[n] + unit;
            if (Table.Columns.Where(c => c.Name.Length > written.Length + 1 && c.Name.EndsWith(written, StringComparison.OrdinalIgnoreCase)
                    && c.Name[..^written.Length].All(char.IsLetter)).ToList() is [var ending])
            {
                // "the 200m time": a noun after says what of it is asked.
                var through = (Unread(n + 2) || Word(n + 2) == "time" && Tags[n + 2] is null) && Lexicon.Shared is { Available: true } nouns && nouns.Knows(Words[n + 2], PartOfSpeech.Noun) ? n + 2 : n + 1;
                Set(n, through - n + 1, new Tag(TagKind.Column, n, through - n + 1, ending, Reading: $"'{Original[n]}{Original[n + 1]}' ends {ending.Name}'s name → column {ending.Name}"));
                n = through;
            }
            else if (Language.Words.NameWords(Table.Name) is var tableWords && (tableWords.Contains(written)
                         || Enumerable.Range(0, tableWords.Count - 1).Any(k => tableWords[k] == Words[n] && tableWords[k + 1] == unit)))
            {
                Set(n, 2, new Tag(TagKind.TableWord, n, 2, Reading: $"'{Original[n]}{Original[n + 1]}' of the table's name, {Table.Name}: its rows"));
                n++;
            }
        }
    }

    /// <summary>
    /// "a 70 mph speed limit" of speed70 beside speed65: a number and, a few words from it, a word the two make a column's
    /// name of, are that column; a unit between and a noun nothing read right after only say what the number is.
    /// </summary>
    private void LinkNumberedNames()
    {
        for (var n = 0; n < Words.Count; n++)
        {
            // The number may be read already as part of the column's name ("speed" → speed70, "70" with it).
            if (Tags[n] is not { Kind: TagKind.Number or TagKind.Stop, Length: 1 } || !Words[n].All(char.IsAsciiDigit)) continue;
            // "GDP in 1985" of gdp85: a year by its last two digits, a few words after.
            var year = Tags[n] is { IsYear: true } && Words[n].Length == 4;
            string[] digits = year ? [Words[n], Words[n][2..]] : [Words[n]];
            var named = Enumerable.Range(Math.Max(0, n - 4), Math.Min(Words.Count, n + 4) - Math.Max(0, n - 4)).Where(k => k != n && Words[k].Length >= 2)
                .SelectMany(k => Table.Columns.Where(c => digits.Any(d => string.Equals(c.Name, Words[k] + d, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(c.Name, d + Words[k], StringComparison.OrdinalIgnoreCase))).Select(c => (At: k, Column: c))).ToList();
            if (!year && TagAt(n) is { Kind: TagKind.Number } && NumberedColumnBefore(n) is { } numbered)
            {
                Tags[n] = new Tag(TagKind.Stop, n, 1, Reading: $"the number in {numbered.Name}'s name");
                continue;
            }
            if (named is not [var (at, column)]) continue;
            var (from, to) = (Math.Min(at, n), Math.Max(at, n));
            if (Enumerable.Range(from + 1, to - from - 1).Any(k => !(Unread(k) || Tags[k] is { Kind: TagKind.Unit or TagKind.Stop }
                || year && Words[k] is "in" or "of" or "for" or "per")))
            {
                // "GDP of Turkey in 1960": a value picking the row may come between the name and its year; each keeps its word.
                if (year && at < n && Enumerable.Range(from + 1, to - from - 1).All(k => Tags[k] is { Kind: TagKind.Value } || Words[k] is "in" or "of" or "for"))
                {
                    Set(at, 1, new Tag(TagKind.Column, at, 1, column, Reading: $"'{Original[at]}' and {Words[n]} → column {column.Name}"));
                    Set(n, 1, new Tag(TagKind.Stop, n, 1, Reading: $"the year in {column.Name}'s name"));
                }
                continue;
            }
            if (Unread(to + 1) && Lexicon.Shared is { Available: true } lexicon && lexicon.Knows(Words[to + 1], PartOfSpeech.Noun)) to++;
            Set(from, to - from + 1, new Tag(TagKind.Column, from, to - from + 1, column, Reading: $"'{Original[at]}' and {Words[n]} → column {column.Name}"));
            n = to;
        }
    }

    /// <summary>
    /// "population growth" of popgrowth beside gdpgrowth: two words, the first shortened to the start of a column's name and
    /// the second its end, are that column.
    /// </summary>
    private void LinkShortenedCompounds()
    {
        for (var k = 0; k + 1 < Words.Count; k++)
        {
            if (!Unread(k) || !(Unread(k + 1) || Tags[k + 1] is { Kind: TagKind.Column, Length: 1 } or { Kind: TagKind.TableWord })) continue;
            var (first, second) = (Words[k], Words[k + 1]);
            var found = Table.Columns.Where(c => c.Name.Replace("_", "").ToLowerInvariant() is var name
                && new[] { second, Language.Words.Singular(second) }.Distinct().Any(end => name.Length > end.Length + 1 && name.EndsWith(end, StringComparison.Ordinal)
                    && name[..^end.Length] is var start && start.Length >= 2 && first.Length > start.Length && first.StartsWith(start, StringComparison.Ordinal))).ToList();
            if (found is not [var column]) continue;
            Set(k, 2, new Tag(TagKind.Column, k, 2, column, Reading: $"'{Original[k]} {Original[k + 1]}' shortened → column {column.Name}"));
            // "the fastest population growth": an adjective left unread for want of the column it comes before is read again.
            if (TagAt(k - 1) is { Kind: TagKind.Unknown, Length: 1, Reading: null } && Lexicon.Shared is { Available: true } lexicon)
            {
                Tags[k - 1] = null!;
                LinkSense(k - 1, lexicon);
                Tags[k - 1] ??= new Tag(TagKind.Unknown, k - 1, 1);
            }
            k++;
        }
    }

    /// <summary>
    /// "How many snails died?", "How many snails of species B died?": the table's own things after "how many", where a verb
    /// later in the question stands for a column counting things, are counted by that column (a batch's deaths), not by
    /// rows or by another count (the batch's size).
    /// </summary>
    private void LinkCountedByVerb(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 1; i < Words.Count; i++)
        {
            if (Words[i - 1] != "many" || Tags[i] is not { Kind: TagKind.TableWord, Length: 1 } || Language.Words.Singular(Words[i]) == Words[i]) continue;
            // The verb may be left unread where a preposition after it leads to another column ("died at a humidity of 60").
            LanguageColumn? Tally(int k) => !lexicon.Knows(Words[k], PartOfSpeech.Verb) || lexicon.Knows(Words[k], PartOfSpeech.Noun) ? null
                : Tags[k] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } read } ? read
                : Unread(k) ? NumericColumnFor(Senses.VerbMeasures(Words[k], lexicon), k, wholeName: true)?.Column : null;
            var (verbAt, tally) = Enumerable.Range(i + 1, Words.Count - i - 1).Select(k => (At: k, Column: Tally(k))).FirstOrDefault(v => v.Column is not null);
            if (tally is not { CountsThings: true }
                || Enumerable.Range(i + 1, verbAt - i - 1).Any(k => Tags[k] is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number })) continue;
            Tags[i] = new Tag(TagKind.Column, i, 1, tally, Reading: $"counted by {tally.Name}, what '{Original[verbAt]}' stands for");
            Tags[verbAt] = new Tag(TagKind.Stop, verbAt, 1, Reading: $"what {tally.Name} counts");
        }
    }

    /// <summary>
    /// "vehicle fatalities" of traffic-fatalities: a noun nothing read before a column, that WordNet's definition of a word
    /// of the table's name speaks of ("traffic": "pedestrians or vehicles coming and going"), says what the whole table is of;
    /// "a university degree": one the definition of the column's word speaks of ("conferred by a college or university")
    /// only says which kind of it.
    /// </summary>
    private void LinkWordsOfTheTablesSubject(Lexicon lexicon)
    {
        // "the 1972 Olympics" of olympic-1500m-winners: a word of the table's name no column holds, in the plural or not,
        // only says what the whole table is of.
        for (var i = 0; i < Words.Count; i++)
            if (Unread(i) && Words[i].Length >= 3 && NameWordsNoColumnHolds.Any(w => Language.Words.Singular(w) == Language.Words.Singular(Words[i]) || w + "s" == Words[i])
                && !IllnessOfTheRows(i))
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"a word of the table's name, {Table.Name}: its rows");
        if (!lexicon.Available) return;
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            if (!Unread(i) || Tags[i + 1] is not { Kind: TagKind.Column, Length: 1 } || Words[i].Length < 3 || !lexicon.Knows(Words[i], PartOfSpeech.Noun)) continue;
            var noun = Language.Words.Singular(Words[i]);
            bool Speaks(Synset sense) => Regex.IsMatch(sense.Definition, $@"\b{Regex.Escape(noun)}s?\b");
            if (NameWordsNoColumnHolds.FirstOrDefault(w => lexicon.Synsets(w, PartOfSpeech.Noun).FirstOrDefault() is { } sense && Speaks(sense)) is { } subject)
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"{QualifiesReading} {Words[i + 1]}: what the table's {subject} is of (WordNet)");
            else if (lexicon.Synsets(Language.Words.Singular(Words[i + 1]), PartOfSpeech.Noun).Any(Speaks))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"{QualifiesReading} {Words[i + 1]}: a kind of it (WordNet)");
        }
        // "crude oil samples" of refinery-gasoline-yield: two words WordNet knows as one noun before a column, whose other
        // names (petroleum) the definition of a word of the table's name (gasoline, "derived from petroleum") speaks of.
        for (var i = 0; i + 2 < Words.Count; i++)
        {
            if (!Unread(i) || !Unread(i + 1) || Tags[i + 2] is not { Kind: TagKind.Column } || lexicon.Synsets($"{Words[i]} {Language.Words.Singular(Words[i + 1])}", PartOfSpeech.Noun).FirstOrDefault() is not { } compound)
                continue;
            var names = compound.Words.Select(w => w.Replace('_', ' ')).ToList();
            if (NameWordsNoColumnHolds.FirstOrDefault(w => lexicon.Synsets(w, PartOfSpeech.Noun).FirstOrDefault() is { } sense
                    && names.Any(n => Regex.IsMatch(sense.Definition, $@"\b{Regex.Escape(n)}s?\b"))) is not { } subject) continue;
            Set(i, 2, new Tag(TagKind.Stop, i, 2, Reading: $"{QualifiesReading} {Words[i + 2]}: what the table's {subject} is of (WordNet: {names[0]})"));
        }
    }

    /// <summary>
    /// "method 1", "lab 2" of Method (M1, M2) and Lab (L1 … L6): a number right after a text column's name whose every value
    /// is that name's initial and a number is the value so numbered. Read again once every column is read ("batch 3" of Bat).
    /// </summary>
    private void LinkNumbersLetteredByColumn()
    {
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Number, Length: 1, Number: var number } && number == Math.Floor(number) && number >= 0
                && Tags[i - 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } column } && Words[i - 1][0] == char.ToLowerInvariant(column.Name[0])
                && column.Values.Values.Distinct().ToList() is { Count: >= 2 } values
                && values.All(v => v.Length >= 2 && char.ToLowerInvariant(v[0]) == char.ToLowerInvariant(column.Name[0]) && v[1..].All(char.IsAsciiDigit))
                && column.Values.TryGetValue($"{column.Name[0]}{number:0}".ToLowerInvariant(), out var held))
                Tags[i] = new Tag(TagKind.Value, i, 1, column, held, Reading: $"{column.Name} = {held} (its initial and the number)");
    }

    /// <summary>
    /// "species A died": a word of every sentence ("a") written in capitals right after a text column's name, which the
    /// column holds as written, is that value, not an article.
    /// </summary>
    private void LinkCapitalsAfterColumn()
    {
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is null or { Kind: TagKind.Keyword } && Original[i].All(char.IsAsciiLetterUpper)
                && Tags[i - 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } column } && column.Values.TryGetValue(Words[i], out var held) && held == Original[i])
                Tags[i] = new Tag(TagKind.Value, i, 1, column, held, Reading: $"{column.Name} = {held} (written so after its name)");
    }

    /// <summary>
    /// "a bachelor's degree" of an education column holding bachelors: a noun of two words WordNet knows, whose first word
    /// (or its plural) a text column of a few values holds, is that value. Not a noun of a reading ("blood pressure" of
    /// causes of death holding Blood): no category is a measurement.
    /// </summary>
    private void LinkCompoundValues(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            if (Tags[i] is not (null or { Kind: TagKind.Value, Length: 1 }) || Tags[i + 1] is not null || KeywordWords.Contains(Words[i]) || Language.Words.StopWords.Contains(Words[i])
                || Language.Words.Singular(Words[i]) is var one && !(lexicon.Knows($"{one}'s {Words[i + 1]}", PartOfSpeech.Noun) || lexicon.Knows($"{one} {Words[i + 1]}", PartOfSpeech.Noun))) continue;
            var first = Language.Words.Singular(Words[i]);
            if (Senses.NamesAReading($"{first} {Words[i + 1]}", lexicon)) continue;
            var held = Table.Columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 1 and <= 20 } && (c.Values.ContainsKey(first) || c.Values.ContainsKey(first + "s")))
                .Select(c => (Column: c, Value: c.Values.GetValueOrDefault(first) ?? c.Values[first + "s"])).ToList();
            if (held is [var (column, value)])
                Set(i, 2, new Tag(TagKind.Value, i, 2, column, value, Reading: $"'{Original[i]} {Original[i + 1]}' (WordNet: one word) → {column.Name} = {value}"));
        }
    }

    /// <summary>
    /// "trades per month" of permonth: a plural before a column named for "per" a unit is what that column counts, not
    /// another column its word names (trade, whether one traded).
    /// </summary>
    private void LinkCountedPerUnit()
    {
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Words[i + 1] == "per" && Tags[i + 1] is { Kind: TagKind.Column, Length: 2, Column: { } rate }
                && Tags[i] is { Kind: TagKind.Column, Length: 1 } other && other.Column != rate && Language.Words.Singular(Words[i]) != Words[i])
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"counted by {rate.Name}");
    }

    /// <summary>
    /// "rounds per minute" of a table with no time to group by: "per" and a unit of time right after a numeric column say
    /// what the column is a rate over, not a group.
    /// </summary>
    private void LinkRateUnits()
    {
        if (Table.Columns.Any(c => c.Kind == ColumnKind.Date || c.IsYearNumber || c.IsMonthNumber)) return;
        for (var i = 1; i + 1 < Words.Count; i++)
            if (Words[i] == "per" && Tags[i - 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } rate } && Tags[i] is null
                && Words[i + 1] is "second" or "minute" or "hour" or "day" or "week" or "month" or "year" && Tags[i + 1] is null or { Kind: TagKind.Unknown or TagKind.TableWord }
                && !Table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(w => Language.Words.Singular(w) == Words[i + 1])))
                Set(i, 2, new Tag(TagKind.Stop, i, 2, Reading: $"{RateOverReading} {rate.Name}"));
    }

    /// <summary>How "per" and a unit of time after a numeric column read: what that column is a rate over, not a group.</summary>
    public const string RateOverReading = "the time unit of";

    /// <summary>
    /// "How many eyes" of a patient's left and right eye, each a row: the plural of a column's one-word name that tells each
    /// id's rows apart counts the rows.
    /// </summary>
    private void LinkRowsToldApartWithinId()
    {
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { } side } && Table.ApartWithinId?.Contains(side.Name) == true
                && Language.Words.NameWords(side.Name) is [var name] && Words[i] != name && Language.Words.Singular(Words[i]) == name)
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: each one {side.Name} of its id", Rows: true);
    }

    /// <summary>
    /// "litters of more than 15" of rat pups, each litter numbered and its size a column of its own (<c>Lsize</c>): the
    /// plural of a numbered column's name, then "of" and a number compared, is the size of each, not its number.
    /// </summary>
    private void LinkSizesOfNumberedThings()
    {
        static bool NamesSizeOf(LanguageColumn column, string thing) => Language.Words.NameWords(column.Name).Select(Language.Words.Singular).ToList() is var name
            && (name.SequenceEqual([thing, "size"]) || name is [var one] && (one == thing + "size" || one == thing[..1] + "size"));
        for (var i = 0; i + 2 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } numbered } && Language.Words.Singular(Words[i]) is var thing && thing != Words[i]
                && Words[i + 1] == "of" && (Tags[i + 2] is { Kind: TagKind.Number } || Words[i + 2] is "more" or "less" or "fewer" or "over" or "under" or "at")
                && Table.Columns.Where(c => c is { Kind: ColumnKind.Number } && c != numbered && NamesSizeOf(c, thing)).ToList() is [var size])
                Tags[i] = new Tag(TagKind.Column, i, 1, size, Reading: $"'{Original[i]} of' a number: the size of each {thing} → column {size.Name}");
    }

    /// <summary>
    /// "age at entry", "entry age" of channing's entry and exit in months, where no column is an age: the age the question
    /// names by its event is the number column of that event.
    /// </summary>
    private void LinkAgesAtEvents()
    {
        if (Table.Columns.Any(c => Language.Words.NameWords(c.Name).Contains("age"))) return;
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i] != "age" || Tags[i] is not null) continue;
            var (at, length) = Word(i + 1) == "at" && TagAt(i + 2) is { Kind: TagKind.Column, Length: 1 } ? (i + 2, 3)
                : TagAt(i - 1) is { Kind: TagKind.Column, Length: 1 } ? (i - 1, 2) : (-1, 0);
            if (at >= 0 && TagAt(at)!.Column is { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false } aged)
                Set(Math.Min(i, at), length, new Tag(TagKind.Column, Math.Min(i, at), length, aged,
                    Reading: $"'{string.Join(' ', Original.Skip(Math.Min(i, at)).Take(length))}': no column is an age, so the age {aged.Name} holds → column {aged.Name}"));
        }
    }

    /// <summary>Begins what "compare" says it compares: the values of one column, each its own group.</summary>
    public const string ComparesReading = "compares the values of";

    /// <summary>
    /// "Compare urban and rural death rates": "compare" before two values or more of one column (and of no other) sets each
    /// of them apart, as a group.
    /// </summary>
    private void LinkComparedValues()
    {
        for (var i = 0; i < Words.Count; i++)
            if (Words[i] is "compare" or "comparing" && Unread(i)
                && Tags.Skip(i + 1).Where(t => t is { Kind: TagKind.Value }).GroupBy(t => t!.Column).ToList() is [var compared] && compared.Select(t => t!.Value).Distinct().Count() >= 2)
                Tags[i] = new Tag(TagKind.Stop, i, 1, compared.Key, Reading: $"{ComparesReading} {compared.Key!.Name}");
    }

    /// <summary>
    /// "fuel oil price" of oprice: a word nothing read that makes a compound WordNet knows with the first word of a column read
    /// from several is part of it; "heating degree days": two after a number column that WordNet knows together as a unit of
    /// measure are the unit its numbers are in.
    /// </summary>
    private void LinkCompoundsBesideColumns(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        // "blue-collar workers" of an occupation column holding blue and white: a word of two WordNet knows, begun by one of a
        // column's values, where another of its values begins one WordNet knows ending the same (white-collar).
        for (var i = 0; i < Words.Count; i++)
            if (Unread(i) && Words[i].Split('-') is [var part, var rest] && part.Length > 0 && lexicon.IsWord(Words[i])
                && Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.ContainsKey(part)
                    && c.Values.Keys.Any(other => other != part && !other.Contains(' ') && lexicon.IsWord($"{other}-{rest}"))).ToList() is [var sorted])
                Tags[i] = new Tag(TagKind.Value, i, 1, sorted, sorted.Values[part], Reading: $"{sorted.Name} = {sorted.Values[part]} ('{Original[i]}', as WordNet knows other values so)");
        // "grade change" of a grade column holding increase and decrease: a word every value is a kind of says what it holds.
        for (var i = 1; i < Words.Count; i++)
            if (Unread(i) && Tags[i - 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, Values.Count: >= 2 and <= 12 } holding }
                && holding.Values.Keys.All(v => Senses.IsAKindOf(v, Language.Words.Singular(Words[i]), lexicon, 3, senses: 2)))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {holding.Name} holds (WordNet: each is a {Language.Words.Singular(Words[i])})");
            // "high school rank" of hs, "post high school status" of phs: an attribute or a state after a text column named by
            // the initials of the words before says what it holds.
            else if (Unread(i) && Tags[i - 1] is { Kind: TagKind.Column, Length: >= 2, Column.Kind: ColumnKind.Text, Reading: { } initialled } initials
                && initials.Start + initials.Length == i && (initialled.Contains("abbreviated") || initialled.Contains("initials"))
                && Senses.NamesAnAttributeOrState(Words[i], lexicon))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {initials.Column!.Name} holds");
            // "solder thickness" of a Solder column holding Thick and Thin: the attribute all its values are adjectives of.
            else if (Unread(i) && Tags[i - 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, Values.Count: >= 2 and <= 12 } described }
                && described.Values.Keys.All(v => Senses.AttributesOf(v, lexicon).Contains(Words[i])))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {described.Name} holds (WordNet: each value is an adjective of {Words[i]})");
        // "seat belt usage (rate)" of a seatbelt column of shares: the use of a thing a number column is named for is what it measures.
        // The table's name may be the thing too (seat-belts): its words run together are the column's name.
        for (var i = 1; i < Words.Count; i++)
        {
            if (!Unread(i) || Tags[i - 1] is not { Kind: TagKind.Column or TagKind.TableWord } before) continue;
            var start = before.Start;
            while (before.Kind == TagKind.TableWord && TagAt(start - 1) is { Kind: TagKind.TableWord } earlier) start = earlier.Start;
            if ((before.Column ?? Table.Columns.FirstOrDefault(c => string.Equals(c.Name, string.Concat(Words.Skip(start).Take(i - start)), StringComparison.OrdinalIgnoreCase)))
                    is { Kind: ColumnKind.Number } used
                && string.Join(' ', Language.Words.NameWords(used.Name)) is var thing
                && lexicon.Synsets(thing, PartOfSpeech.Noun).FirstOrDefault() is { } sense && Senses.IsAnArtifact(sense)
                && lexicon.Synsets(Words[i], PartOfSpeech.Noun).FirstOrDefault() is { } act && act.Words.Contains("use"))
            {
                var rate = Unread(i + 1) && SaysKindOfNumber(Words[i + 1]) ? 2 : 1;
                Set(start, i - start, new Tag(TagKind.Column, start, i - start, used, Reading: $"{string.Join(' ', Words.Skip(start).Take(i - start))} → column {used.Name}"));
                Set(i, rate, new Tag(TagKind.Stop, i, rate, Reading: $"the use of a {thing}: what {used.Name} measures"));
            }
        }
        // "blood type" of abo holding A, B, AB and O: two words WordNet knows as one noun, whose kinds WordNet names by most of a
        // text column's values (type A is a blood type, called A too), name that column.
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Unread(i) && Unread(i + 1) && lexicon.Synsets($"{Words[i]} {Language.Words.Singular(Words[i + 1])}", PartOfSpeech.Noun).Take(1)
                    .SelectMany(s => s.Pointing("~")).Select(lexicon.Follow).SelectMany(k => k.Words).Select(w => w.ToLowerInvariant()).ToHashSet() is { Count: > 0 } kinds
                && Table.Columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: >= 2 } && c.Values.Keys.Count(kinds.Contains) * 10 >= c.Values.Count * 6).ToList() is [var kindOf])
                Set(i, 2, new Tag(TagKind.Column, i, 2, kindOf, Reading: $"'{Original[i]} {Original[i + 1]}': its kinds (WordNet) are {kindOf.Name}'s values → column {kindOf.Name}"));
        // "height above sea level": after a number column, "above" or "below" and two words WordNet knows as a kind of level
        // (sea level, a water level) say where the number is measured from, not a comparison.
        for (var i = 1; i + 2 < Words.Count; i++)
            if (Words[i] is "above" or "below" && Tags[i - 1] is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number } measuredFrom && Unread(i + 1)
                && (Unread(i + 2) || Tags[i + 2] is { Kind: TagKind.Stop, Reading: null })
                && lexicon.KindsOf(lexicon.Synsets($"{Words[i + 1]} {Words[i + 2]}", PartOfSpeech.Noun).Take(1), 3).Any(k => k.Words.Any(w => w.EndsWith("level", StringComparison.OrdinalIgnoreCase))))
                Set(i, 3, new Tag(TagKind.Stop, i, 3, Reading: $"'{Original[i + 1]} {Original[i + 2]}' (WordNet: a level): where {measuredFrom.Column!.Name} is measured from"));
        // "causes of death" of Cause: after a column's one-word name, "of" and a word WordNet knows with them as one noun, a
        // kind of what the column is named for, only say which of it.
        for (var i = 0; i + 2 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { } named } && Language.Words.NameWords(named.Name) is [var name]
                && Language.Words.Singular(Words[i]) == name && Words[i + 1] == "of" && Unread(i + 2)
                && lexicon.Synsets($"{name} of {Words[i + 2]}", PartOfSpeech.Noun).Take(1).SelectMany(s => s.Pointing("@")).Select(lexicon.Follow)
                    .Any(wider => wider.Words.Contains(name, StringComparer.OrdinalIgnoreCase)))
                Set(i + 1, 2, new Tag(TagKind.Stop, i + 1, 2, Reading: $"'{name} of {Words[i + 2]}' is a kind of {name} (WordNet), column {named.Name}"));
        // "water-ski": a word of two, a kind of what a column's one-word name ends it with.
        for (var i = 0; i < Words.Count; i++)
            if (Unread(i) && Words[i].Split('-') is [var first, var last] && first.Length > 0
                && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var name] && name == last).ToList() is [var whole]
                && Senses.IsAKindOf($"{first} {last}", last, lexicon, 2))
                Tags[i] = new Tag(TagKind.Column, i, 1, whole, Reading: $"'{Original[i]}' is a kind of {last} (WordNet) → column {whole.Name}");
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            if (!Unread(i)) continue;
            // "planting date": a verb's -ing form before a column named for a time says what happened then.
            if (Words[i].EndsWith("ing", StringComparison.Ordinal) && lexicon.BaseForms(Words[i], PartOfSpeech.Verb).Any(b => b != Words[i])
                && Tags[i + 1] is { Kind: TagKind.Column, Column: { } dated } && Language.Words.NameWords(dated.Name) is [var time] && Senses.NamesATime(time, lexicon))
            {
                Set(i, 2, new Tag(TagKind.Column, i, 2, dated, Reading: $"'{Words[i]} {Words[i + 1]}': what {dated.Name} is the {time} of"));
                i++;
                continue;
            }
            // "teacher pay", "the lowest teacher salary": a person before what is paid them only says whose it is; "family
            // income", "household size": so does a group before any number of its own.
            if (Tags[i + 1] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } paid } && Language.Words.Singular(Words[i]) == Words[i]
                && (Senses.NamesAPerson(Words[i], lexicon) && Senses.NamesAPossession(Language.Words.Singular(Words[i + 1]), lexicon) || Senses.NamesAGroup(Words[i], lexicon)))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"whose {paid.Name} it is");
            // "water skiers" of a ski column: a kind of what the column is named for (WordNet: a water ski is a ski).
            else if (Tags[i + 1] is { Kind: TagKind.Column, Length: 1, Column: { } named } && Language.Words.NameWords(named.Name) is [var name]
                && Senses.IsAKindOf($"{Words[i]} {name}", name, lexicon, 2))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"'{Words[i]} {name}' is a kind of {name} (WordNet), column {named.Name}");
            else if (Tags[i + 1] is { Kind: TagKind.Column, Length: >= 2 } several && lexicon.Knows($"{Words[i]} {Words[i + 1]}", PartOfSpeech.Noun))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"'{Original[i]} {Original[i + 1]}' is one word (WordNet), part of column {several.Column!.Name}");
            else if (i > 0 && Tags[i - 1] is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number } measured && Tags[i + 1] is not { Kind: TagKind.Column or TagKind.Value }
                     && $"{Words[i]} {Language.Words.Singular(Words[i + 1])}" is var unit && Senses.NamesAUnit(unit, lexicon))
            {
                Set(i, 2, new Tag(TagKind.Stop, i, 2, Reading: $"'{unit}' (WordNet: a unit), what {measured.Column!.Name} is in"));
                i++;
            }
        }
    }

    /// <summary>
    /// "grade point average", "GPA" of an average column: a noun WordNet knows, of three words ending with a number column's
    /// one-word name (none of the first two a word the engine reads itself), or an abbreviation in its synset, names that
    /// column.
    /// </summary>
    private void LinkCompoundsEndingInColumn(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        var numbers = Table.Columns.Where(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name) is [_]).ToList();
        LanguageColumn? Ending(string compound) => compound.Split(' ') is { Length: >= 2 } parts
            && numbers.Where(c => Language.Words.NameWords(c.Name)[0] == parts[^1]).ToList() is [var ended] ? ended : null;
        for (var i = 0; i < Words.Count; i++)
        {
            if (i + 3 <= Words.Count && string.Join(' ', Words.Skip(i).Take(3)) is var compound && Ending(compound) is { } column
                && lexicon.Knows(compound, PartOfSpeech.Noun) && Words.Skip(i).Take(2).All(w => !KeywordWords.Contains(w))
                && Tags.Skip(i).Take(2).All(t => t is not { Kind: TagKind.Value }))
            {
                Set(i, 3, new Tag(TagKind.Column, i, 3, column, Reading: $"'{compound}' (WordNet: one word) → column {column.Name}"));
                SummaryBefore(i, column);
                i += 2;
                continue;
            }
            // "positive lymph nodes" of nodes: a noun WordNet knows of two words, the first nothing else reads, ending with the
            // column's one-word name.
            if (i + 2 <= Words.Count && Tags[i] is null && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i])
                && Tags[i + 1] is null or { Kind: TagKind.Column, Length: 1 } && $"{Words[i]} {Language.Words.Singular(Words[i + 1])}" is var pair && lexicon.Knows(pair, PartOfSpeech.Noun)
                && numbers.Where(c => Language.Words.Singular(Language.Words.NameWords(c.Name)[0].ToLowerInvariant()) == Language.Words.Singular(Words[i + 1])).ToList() is [var headed])
            {
                Set(i, 2, new Tag(TagKind.Column, i, 2, headed, Reading: $"'{pair}' (WordNet: one word) → column {headed.Name}"));
                SummaryBefore(i, headed);
                i += 1;
                continue;
            }
            // "death rate" of mortality: a noun WordNet knows of two words nothing else read, whose first sense has the
            // column's one-word name among its words.
            if (i + 2 <= Words.Count && Tags[i] is null && Tags[i + 1] is null && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i])
                && lexicon.Synsets($"{Words[i]} {Words[i + 1]}", PartOfSpeech.Noun).FirstOrDefault() is { } meant
                && numbers.Where(c => meant.Words.Contains(Language.Words.NameWords(c.Name)[0].ToLowerInvariant())).ToList() is [var synonym])
            {
                Set(i, 2, new Tag(TagKind.Column, i, 2, synonym, Reading: $"'{Words[i]} {Words[i + 1]}' (WordNet: {synonym.Name}) → column {synonym.Name}"));
                SummaryBefore(i, synonym);
                i += 1;
                continue;
            }
            // An abbreviation in capitals ("GPA").
            if (Tags[i] is null && Original[i].Length >= 2 && Original[i].All(char.IsAsciiLetterUpper) && lexicon.Synsets(Words[i], PartOfSpeech.Noun).FirstOrDefault() is { } sense
                && sense.Words.Select(w => w.Replace('_', ' ').ToLowerInvariant()).Select(Ending).FirstOrDefault(c => c is not null) is { } named)
            {
                Tags[i] = new Tag(TagKind.Column, i, 1, named, Reading: $"WordNet: {Original[i]} is {string.Join(", ", sense.Words.Where(w => w.Contains('_') || w.Contains(' ')).Select(w => w.Replace('_', ' ')))} → column {named.Name}");
                SummaryBefore(i, named);
            }
        }
    }

    /// <summary>"the average grade point average", "the average GPA": the word before, the column's name too, is the summary.</summary>
    private void SummaryBefore(int i, LanguageColumn column)
    {
        if (i > 0 && Tags[i - 1] is { Kind: TagKind.Column, Length: 1 } before && before.Column == column && KeywordWords.Contains(Words[i - 1]))
            Tags[i - 1] = new Tag(TagKind.Keyword, i - 1, 1);
    }

    /// <summary>
    /// "age group" of columns Age and Group: a column's name and another's that WordNet knows together as a group of
    /// people or things ("a group of people having approximately the same age") are the first column, grouped.
    /// </summary>
    private void LinkGroupsNamedByColumn(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { } by } && Tags[i + 1] is { Kind: TagKind.Column, Length: 1, Column: { } other } && other != by
                && Senses.NamesAGroup($"{Words[i]} {Language.Words.Singular(Words[i + 1])}", lexicon))
                Tags[i + 1] = new Tag(TagKind.Stop, i + 1, 1, Reading: $"'{Original[i]} {Original[i + 1]}' (WordNet: a group) is by {by.Name}");
    }

    /// <summary>
    /// "drivers under 25", "cars over 2 litres", "aged 25 to 29", "12 or more years" where a text column labels its rows by
    /// ranges (<c>&lt;25</c>, <c>25-29</c>, <c>&gt;2l</c>, <c>12+ yrs</c>): the range said is that label, its unit the letters
    /// after the number (l, a litre; yrs, years shortened).
    /// </summary>
    private void LinkRangeLabels()
    {
        var labels = Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.Count > 1 && c.Values.Values.All(v => RangeLabel().IsMatch(v))).ToList();
        if (labels.Count == 0) return;
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is not { Kind: TagKind.Number } low) continue;
            var (start, op, end) = Word(i - 1) is "under" or "below" ? (i - 1, "<", i)
                : Word(i - 1) is "over" or "above" ? (i - 1, ">", i)
                : Word(i - 1) == "than" && Word(i - 2) is "less" or "fewer" or "younger" or "smaller" or "lower" ? (i - 2, "<", i)
                : Word(i - 1) == "than" && Word(i - 2) is "more" or "greater" or "older" or "larger" or "higher" ? (i - 2, ">", i)
                : Word(i + 1) is "to" or "and" && TagAt(i + 2) is { Kind: TagKind.Number } && (Word(i + 1) == "to" || Word(i - 1) == "between")
                    ? (Word(i - 1) == "between" ? i - 1 : i, "-", i + 2)
                // "12 or more years" of a label 12+ yrs.
                : TagAt(i + 1) is { Reading: OrMoreReading } ? (i, "+", i + 2)
                : (-1, "", -1);
            if (start < 0) continue;
            var unit = Word(end + 1);
            foreach (var column in labels)
            {
                var matched = column.Values.Values.Distinct().Select(v => (Value: v, Match: RangeLabel().Match(v)))
                    .Where(v => (op == "-" ? v.Match.Groups["low"].Success && v.Match.Groups["high"].Success && Same(v.Match.Groups["low"].Value, low.Number)
                            && Same(v.Match.Groups["high"].Value, TagAt(end)!.Number) : v.Match.Groups["op"].Value == op && Same(v.Match.Groups["high"].Value, low.Number))
                        && (v.Match.Groups["unit"].Value is not { Length: > 0 } letters || unit.StartsWith(letters.ToLowerInvariant(), StringComparison.Ordinal)
                            || letters.Length >= 2 && Shortens(letters.ToLowerInvariant(), unit)))
                    .ToList();
                if (matched is not [var label]) continue;
                var length = end - start + 1 + (label.Match.Groups["unit"].Length > 0 ? 1 : 0);
                Set(start, length, new Tag(TagKind.Value, start, length, column, label.Value, Reading: $"{column.Name} = {label.Value} (a range it labels)"));
                break;
            }
        }

        static bool Same(string written, double number) => double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == number;
    }

    [GeneratedRegex(@"^(?:(?<op>[<>])\s*(?<high>\d+(?:\.\d+)?)|(?<low>\d+(?:\.\d+)?)\s*-\s*(?<high>\d+(?:\.\d+)?)|(?<high>\d+(?:\.\d+)?)(?<op>\+))\s*(?<unit>[A-Za-z]{0,3})$")]
    private static partial Regex RangeLabel();

    /// <summary>
    /// A quarter of a year as statistics offices write it ("1987Q3", "1987-Q3", "Q3 1987", "1987 Q3") or in words ("the
    /// third quarter of 1987", where no column numbers the quarters); and how many words.
    /// </summary>
    private (int Year, int Quarter, int Words)? QuarterOfYear(int i)
    {
        static int? Year(string word) => word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and < 3000 ? y : null;
        static int? Quarter(string word) => word is ['q', >= '1' and <= '4'] ? word[1] - '0' : null;
        if (QuarterWritten().Match(Words[i]) is { Success: true } joined)
            return (int.Parse(joined.Groups[1].Value, CultureInfo.InvariantCulture), joined.Groups[2].Value[0] - '0', 1);
        if (Quarter(Words[i]) is { } q && Year(Word(i + 1)) is { } after) return (after, q, 2);
        if (Year(Words[i]) is { } y && Quarter(Word(i + 1)) is { } q2) return (y, q2, 2);
        if (Ordinals.IndexOf(Words[i]) is var ordinal and >= 0 && Word(i + 1) is "quarter" && Word(i + 2) is "of" or "in" && Year(Word(i + 3)) is { } of) return (of, ordinal + 1, 4);
        return null;
    }

    [GeneratedRegex("^([12][0-9]{3})-?q([1-4])$")]
    private static partial Regex QuarterWritten();

    /// <summary>The years the table's one year-number column spans, or else its one date column, from their profiles.</summary>
    private (int First, int Last)? TableYears()
    {
        static int? Year(string? text) => text is { Length: >= 4 } && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        var time = Table.Columns.Where(c => c.IsYearNumber).ToList() is [var years] ? years
            : Table.Columns.Where(c => c.Kind == ColumnKind.Date).ToList() is [var dates] ? dates : null;
        return time is { Profile: { } p } && Year(p.Min) is { } first && Year(p.Max) is { } last ? (first, last) : null;
    }

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["millions"] = 1e6, ["billion"] = 1e9, ["billions"] = 1e9, ["trillion"] = 1e12,
    };

    /// <summary>
    /// "the coordinates of Naha" of a table with one latitude and one longitude column and none called coordinates: both
    /// columns, written by their names.
    /// </summary>
    private static List<string> WithCoordinatesNamed(List<string> tokens, LanguageTable table)
    {
        if (!tokens.Any(t => t.ToLowerInvariant() is "coordinates" or "coordinate")
            || table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(w => w.StartsWith("coordinate", StringComparison.Ordinal)))
            || Axis(table, LatitudeNames) is not { } latitude || Axis(table, LongitudeNames) is not { } longitude) return tokens;
        return tokens.SelectMany(t => t.ToLowerInvariant() is "coordinates" or "coordinate" ? [latitude.Name, "and", longitude.Name] : new[] { t }).ToList();
    }

    private static readonly string[] LatitudeNames = ["lat", "latitude"];
    private static readonly string[] LongitudeNames = ["lon", "lng", "long", "longitude"];

    /// <summary>The table's one numeric column a word of whose name is among <paramref name="names"/>.</summary>
    private static LanguageColumn? Axis(LanguageTable table, string[] names) =>
        table.Columns.Where(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name).Any(names.Contains)).ToList() is [var only] ? only : null;

    /// <summary>
    /// "12+ years", "0-5 years": a number with a plus after it is that number or more, two small numbers joined by a hyphen a
    /// range from one to the other, as the words would say (a date, "2020-01-05", keeps its hyphens).
    /// </summary>
    private static string WithRangesSpelledOut(string text) => SpannedNumbers().Replace(NumberAndMore().Replace(text, "$1 or more"), "$1 to $2");

    [GeneratedRegex(@"(?<![\d.])(\d{1,3})\+(?=\s|$)")]
    private static partial Regex NumberAndMore();

    [GeneratedRegex(@"(?<![\d.\-])(\d{1,3})-(\d{1,3})(?![\d\-])")]
    private static partial Regex SpannedNumbers();

    private static readonly Dictionary<string, string> Superlatives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["more"] = "most", ["fewer"] = "fewest", ["less"] = "least", ["higher"] = "highest", ["lower"] = "lowest",
        ["larger"] = "largest", ["bigger"] = "biggest", ["greater"] = "greatest", ["smaller"] = "smallest",
    };

    /// <summary>
    /// "Which noise type had more correct answers?": a comparative with nothing to compare against ("than") in a question
    /// asking which one, of two or more, picks the one at the end: the superlative.
    /// </summary>
    private static List<string> WithComparativesAsSuperlatives(List<string> tokens)
    {
        if (tokens is not [var which, var noun, ..] || !which.Equals("which", StringComparison.OrdinalIgnoreCase)
            || Language.Words.Singular(noun.ToLowerInvariant()) != noun.ToLowerInvariant() || tokens.Any(t => t.Equals("than", StringComparison.OrdinalIgnoreCase))) return tokens;
        return tokens.Select(t => Superlatives.GetValueOrDefault(t, t)).ToList();
    }

    /// <summary>"the most recent release": the latest one.</summary>
    private static List<string> WithMostRecentAsLatest(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i].Equals("most", StringComparison.OrdinalIgnoreCase) && (tokens[i + 1].Equals("recent", StringComparison.OrdinalIgnoreCase) || tokens[i + 1].Equals("recently", StringComparison.OrdinalIgnoreCase)))
            {
                tokens[i] = "latest";
                tokens.RemoveAt(i + 1);
            }
        return tokens;
    }

    /// <summary>"10 million" as the one number it is (10000000).</summary>
    private static List<string> WithScaledNumbers(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (Scales.TryGetValue(tokens[i + 1], out var scale) && double.TryParse(tokens[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            {
                tokens[i] = (n * scale).ToString(CultureInfo.InvariantCulture);
                tokens.RemoveAt(i + 1);
            }
        return tokens;
    }

    private static bool IsSuperlative(string word) => word.EndsWith("est", StringComparison.Ordinal) && Lexicon.Shared is { Available: true } lexicon
        && lexicon.BaseForms(word, PartOfSpeech.Adjective).Any(b => b != word);

    private static readonly Dictionary<string, double> NumberWords = new()
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["twenty"] = 20, ["dozen"] = 12,
    };

    /// <summary>
    /// Phrases equal to a value of a text column become filters. Short values that are also ordinary words
    /// ("in", "or", "me": states) count only when written as stored ("IN").
    /// </summary>
    private void LinkValues(bool exact)
    {
        var textColumns = Table.Columns.Where(c => c.Values.Count > 0).ToList();
        // A slip of the keyboard is forgiven only where every text value is known ("Chicago" must not become the
        // county "Chisago" when the city column was too large to index), and only among a few thousand values.
        var forgiving = !exact && Table.Columns.Where(c => c.Kind == ColumnKind.Text).All(c => c.Values.Count > 0);
        // "the animation type of opacity": a word inside a column's name of several words ("animation type" →
        // animationType) is that name's, not a value (the property animation).
        var columnPhrases = Enumerable.Range(0, Words.Count).SelectMany(start => Enumerable.Range(2, Math.Min(4, Words.Count - start) - 1)
            .Where(length => IsColumnPhrase(string.Join(' ', Words.Skip(start).Take(length)))).Select(length => (Start: start, Length: length))).ToList();
        for (var length = Math.Min(5, Words.Count); length >= 1; length--)
            for (var start = 0; start + length <= Words.Count; start++)
            {
                // Numbers may be part of a value of several words ("No. 457", "Wisconsin No. 38").
                // "#000000": a number written whole inside a value ("Which color is #000000?") is that value.
                var numberAt = length == 1 && Tags[start] is { Kind: TagKind.Number, Length: 1 };
                // "the For node": a word of every sentence capitalised within it, before the rows' own word, may be a value as stored.
                var capitalisedBeforeRows = length == 1 && start > 0 && char.IsUpper(Original[start][0]) && Table.NameWords.Contains(Language.Words.Singular(Word(start + 1)));
                if (!numberAt && !(capitalisedBeforeRows && Tags[start] is { Kind: TagKind.Keyword })
                    && !Enumerable.Range(start, length).All(i => Tags[i] is null || length > 1 && Tags[i]!.Kind is TagKind.Number or TagKind.Month)) continue;
                var phrase = string.Join(' ', Words.Skip(start).Take(length));
                var original = string.Join(' ', Original.Skip(start).Take(length));
                // "list the elements": the command, not the HTML attribute list; "the attribute is used by": the verb, not
                // the attribute is.
                if (start == 0 && length == 1 && phrase is "list" or "show" or "give" or "find" or "display") continue;
                // "How many categories": the word after "how" asks, whatever a column holds (the plural category many).
                if (length == 1 && start > 0 && Words[start - 1] == "how") continue;
                // "list the states of Australia" of country-states: the table's own word names its rows, though WordNet calls
                // the United States "the States" (a value stored so, "the Selectors group", is still that value).
                if (Words.Skip(start).Take(length).Where(w => w is not ("the" or "a" or "an")).ToList() is { Count: > 0 } ownWords
                    && ownWords.All(w => w != Language.Words.Singular(w) && Table.NameWords.Contains(Language.Words.Singular(w)))
                    && !textColumns.Any(c => c.Values.Values.Any(v => string.Equals(v, string.Join(' ', ownWords), StringComparison.OrdinalIgnoreCase)))) continue;
                // A word of every sentence before a verb is none of its values; "table functions" is before the rows' own word.
                if (length == 1 && Language.Words.StopWords.Contains(phrase) && Lexicon.Shared is { Available: true } verbs
                    && verbs.BaseForms(Word(start + 1), PartOfSpeech.Verb).Any(b => b != Word(start + 1))
                    && !Table.NameWords.Contains(Language.Words.Singular(Word(start + 1) ?? ""))) continue;
                // "the end dimension": the value the column named next holds (end), not a longer one with its article (the_end).
                if (length > 1 && Words[start] == "the" && textColumns.Any(c => c.Values.ContainsKey(string.Join(' ', Words.Skip(start + 1).Take(length - 1)))
                        && Language.Words.NameWords(c.Name).Select(Language.Words.Singular).Contains(Language.Words.Singular(Word(start + length)))))
                    continue;
                // "the base class of KeyError": a word between a column's one-word name and "of" says what the column holds (a
                // class), though a kind of rows is also so called.
                if (length == 1 && Word(start + 1) == "of" && Word(start - 2) is "the" or "a" or "an"
                    && Table.Columns.FirstOrDefault(c => Language.Words.NameWords(c.Name) is [var only] && Language.Words.Singular(only) == Language.Words.Singular(Word(start - 1))) is { } holding
                    && textColumns.Any(c => c != holding && c.Values.ContainsKey(phrase)))
                {
                    Set(start, 1, new Tag(TagKind.Stop, start, 1, Reading: $"what {holding.Name} holds"));
                    continue;
                }
                // "Which director made the most movies?": a verb's form in lower case after the word of its subject (a column or
                // the rows) is not the title Made, though every column holding it names things.
                if (length == 1 && Original[start] == phrase && Language.Words.Singular(phrase) == phrase && Language.Words.Singular(Word(start - 1)) is var doer
                    && (Table.NameWords.Contains(doer) || Table.Columns.Any(c => c.Aliases.Any(a => a is [var w] && w == doer)))
                    && Lexicon.Shared is { Available: true } forms && forms.BaseForms(phrase, PartOfSpeech.Verb).Any(b => b != phrase)
                    && textColumns.Any(c => c.Values.ContainsKey(phrase))
                    && textColumns.All(c => !c.Values.TryGetValue(phrase, out var held) || held != phrase && c.Profile.DistinctCount * 2 >= Table.RowCount)) continue;
                var found = new List<(LanguageColumn Column, string Value, bool Inflected)>();
                var spaced = phrase.Replace('-', ' ');
                var signed = WrittenWithSigns(start, length);
                foreach (var column in textColumns)
                {
                    string? value = null;
                    var inflected = false;
                    // "A > B" as written, where "A B" is another value the words alone would find.
                    if (signed is not null && column.Values.TryGetValue(signed, out var stored)) value = stored;
                    // "é" beside "É", "copy" beside "COPY": the one written as the question writes it.
                    else if (column.Cased is { } cases && cases.TryGetValue(original, out stored)) value = stored;
                    else if (column.Values.TryGetValue(phrase, out stored) || column.Values.TryGetValue(spaced, out stored)) value = stored;
                    // An item of lists only in the singular ("hearts"), not through a verb's form or a slip ("created" is no tag
                    // create).
                    // Not "goods" of a status good: an adjective (whose noun is first a quality, if any) has no plural.
                    else if (length == 1 && Language.Words.BaseForms(phrase).FirstOrDefault(column.Values.ContainsKey) is { } form
                             && (!column.HoldsLists || form == Language.Words.Singular(phrase))
                             // "banks" of a company called Bank: one row's name in the plural names many things, not that one.
                             && !(form == Language.Words.Singular(phrase) && form != phrase && TellsRowsApart(column))
                             && !(form == Language.Words.Singular(phrase) && form != phrase && Lexicon.Shared is { Available: true } lemmas
                                  && Senses.IsOnlyAQuality(form, lemmas))) (value, inflected) = (column.Values[form], true);
                    // "brand icons" of styles listing "brands": a noun before the rows' own word, a value in the plural.
                    else if (length == 1 && Table.NameWords.Contains(Language.Words.Singular(Word(start + 1)))
                             && column.Values.Keys.FirstOrDefault(k => k != phrase && Language.Words.Singular(k) == phrase) is { } plural)
                        (value, inflected) = (column.Values[plural], true);
                    else if (length > 1 && $"{string.Join(' ', spaced.Split(' ')[..^1])} {Language.Words.Singular(spaced.Split(' ')[^1])}" is var singular
                             && column.Values.TryGetValue(singular, out stored)) value = stored;
                    // "etchings on paper" of a medium "Etching on paper": the noun a preposition qualifies, in the plural.
                    else if (length > 2 && spaced.Split(" ") is [var head, var preposition, .. var rest] && (Senses.RelatingPrepositions.Contains(preposition) || preposition is "of" or "for")
                             && column.Values.TryGetValue(string.Join(' ', [Language.Words.Singular(head), preposition, .. rest]), out stored)) value = stored;
                    else if (forgiving && !column.HoldsLists && column.Values.Count <= 5000 && length == 1 && phrase.Length >= 5 && !KeywordWords.Contains(phrase) && !Language.Words.StopWords.Contains(phrase))
                        value = column.Values.FirstOrDefault(v => v.Key.Length >= 5 && !v.Key.Contains(' ') && Language.Words.NearlyEqual(v.Key, phrase) && !IsAnotherWord(phrase, v.Key)).Value;
                    // "Latin America" of a region written Latin.Amer: a value of several words, each of three letters or more
                    // beginning the question's word in turn, one shortened.
                    else if (forgiving && length > 1 && column.Values.Count <= 50 && spaced.Split(' ') is var said
                             && column.Values.Where(v => v.Key.Split(' ') is var kept && kept.Length == said.Length && kept.All(k => k.Length >= 3)
                                 && kept.Zip(said).All(p => p.Second.StartsWith(p.First, StringComparison.Ordinal)) && !kept.SequenceEqual(said)).ToList() is [var begun])
                        value = begun.Value;
                    // "Europe" of zones written Europe/Berlin: the group of values under it; "sopranos" of Soprano 1 and Soprano 2.
                    if (value is null && (column.Groups.TryGetValue(phrase, out var group) || length == 1 && column.Groups.TryGetValue(Language.Words.Singular(phrase), out group))) value = group;
                    if (value is null) continue;
                    var namedAsStored = capitalisedBeforeRows && original == value;
                    // "expression nodes": one row's name, written otherwise than stored, before the rows' word in the plural names a kind.
                    if (length == 1 && original != value && string.Equals(original, value, StringComparison.OrdinalIgnoreCase) && TellsRowsApart(column) && Word(start + 1) is { } after && Language.Words.Singular(after) != after
                        && Table.NameWords.Contains(Language.Words.Singular(after))) continue;
                    if (Tags[start] is { Kind: TagKind.Keyword } && !namedAsStored) continue;
                    var ordinary = KeywordWords.Contains(phrase) || Language.Words.StopWords.Contains(phrase) || (length == 1 && phrase.Length <= 3);
                    // ":has()" written whole, signs and all, is the value, though its word alone is one of every sentence.
                    var writtenWhole = value.Length > phrase.Length && Text.Contains(value, StringComparison.OrdinalIgnoreCase);
                    // "a zero category" of plural rules' categories: a number in words after an article, before the name of the column
                    // holding it, is that value ("one category" may be a count of them).
                    if (numberAt && !writtenWhole && !(NumberWords.ContainsKey(phrase) && value == phrase && Word(start - 1) is "a" or "an" or "the"
                            && column.Aliases.Any(a => a is [var named] && named == Language.Words.Singular(Word(start + 1))))) continue;
                    // "icons" is not the icon set @icons: a value whose leading sign is left off is it only where its word is no
                    // dictionary's.
                    if (!writtenWhole && value.Length > phrase.Length && !char.IsLetterOrDigit(value[0]) && Lexicon.Shared is { Available: true } dictionary
                        && dictionary.IsWord(phrase)) continue;
                    // A short word is a value only as written ("IN", not "in"), or as another name written in capitals ("UK" for GB).
                    // "a cow" of animals named Cow: a noun of three letters after "a", one row's name but for its capital ("the sea" of
                    // colour names may be what a name is after), or ending the question after "of the" ("the brain weight of the cow").
                    // "PhD" of a phd: capitals inside a short word make it an abbreviation, no word of every sentence.
                    if (ordinary && original != value && !writtenWhole
                        && !(original.Length >= 2 && original.All(char.IsUpper) && !KeywordWords.Contains(phrase) && !Language.Words.StopWords.Contains(phrase))
                        && !(length == 1 && original.Skip(1).Any(char.IsUpper) && original.Any(char.IsLower))
                        && !(length == 1 && (Word(start - 1) is "a" or "an" || Word(start - 1) == "the" && Word(start - 2) == "of" && start + 1 == Words.Count)
                             && !KeywordWords.Contains(phrase) && !Language.Words.StopWords.Contains(phrase)
                             && value.Length == phrase.Length && char.IsUpper(value[0]) && TellsRowsApart(column)))
                        continue;
                    // A word the engine reads ("lowest", "positive") is a column's value only after the column's name ("the word
                    // lowest"), or before it where the column sorts rows into a few kinds ("negative staining", not "positive words"
                    // of a column of words).
                    bool Names(string word) => Language.Words.NameWords(column.Name).Select(Language.Words.Singular).Contains(Language.Words.Singular(word));
                    if (KeywordWords.Contains(phrase) && !namedAsStored && !Names(Word(start - 1)) && !(Names(Word(start + length)) && column.Profile.DistinctCount * 2 < Table.RowCount))
                        continue;
                    // "Which type has the fewest languages": a word of every sentence ("has", "for", "a") is a code of many
                    // (the language code has, the attribute for, the element a) only beside a word of its column's name (after
                    // it in the singular: "How many tags are there?" is no tag are), or written in capitals as stored in a
                    // question that is not all capitals ("When did BE start using EUR?").
                    var capitalsAsStored = original == value && original.Length >= 2 && original.All(char.IsUpper) && Text.Any(char.IsLower);
                    // "data languages": a noun among them, one of a few values, before the rows' own word says which rows.
                    bool KindOfRows() => column.Profile.DistinctCount <= 20 && Table.NameWords.Contains(Language.Words.Singular(Word(start + length) ?? ""))
                        && Lexicon.Shared is { Available: true } nouns && nouns.Knows(phrase, PartOfSpeech.Noun) && !nouns.Knows(phrase, PartOfSpeech.Adjective);
                    if (Language.Words.StopWords.Contains(phrase) && !Language.Words.CommandWords.Contains(phrase) && !writtenWhole && !capitalsAsStored && !namedAsStored
                        && !(Names(Word(start - 1)) && Language.Words.Singular(Word(start - 1)) == Word(start - 1)) && !Names(Word(start + length)) && !KindOfRows())
                        continue;
                    // "the language fr": an article before the column's name and its value is no value ("the", Tharu's code).
                    if (Language.Words.StopWords.Contains(phrase) && Names(Word(start + length)) && column.Values.ContainsKey(Word(start + length + 1))) continue;
                    // "remote workers" of a Remote column holding Remote and Not remote: its name, before a noun in the plural or
                    // its own "non-", is its value.
                    var ownNameBeforeRows = length == 1 && Language.Words.NameWords(column.Name) is [var own] && own == phrase
                        && (Word(start + 1) is { Length: > 2 } noun && Language.Words.Singular(noun) != noun
                                && Lexicon.Shared is { Available: true } plurals && plurals.Knows(Language.Words.Singular(noun), PartOfSpeech.Noun)
                            // "remote and non-remote developers".
                            || Word(start + 1) is "and" or "or" && Word(start + 2) == $"non-{phrase}");
                    if (IsColumnPhrase(phrase) && !ownNameBeforeRows || columnPhrases.Any(c => c.Start <= start && start + length <= c.Start + c.Length && c.Length > length)) continue;
                    // "a light level of 15": a word of numeric columns' names before a word that only says it is a measure
                    // names them, not the row called Light.
                    if (length == 1 && MeasureNouns.Contains(Word(start + 1))
                        && Table.Columns.Any(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name).Select(Language.Words.Singular).Contains(Language.Words.Singular(phrase))))
                        continue;
                    // "Which author has the most emojis": a word of another column's name is that column, not an item of lists (a tag
                    // author).
                    if (column.HoldsLists && length == 1 && Table.Columns.Any(c => c != column && Language.Words.NameWords(c.Name).Select(Language.Words.Singular).Contains(Language.Words.Singular(phrase))))
                        continue;
                    // "How many emojis did Johanna Wellnitz create?": the verb the question ends with, asked with "did", is no tag create.
                    if (column.HoldsLists && length == 1 && start == Words.Count - 1 && Words.Take(start).Any(w => w is "do" or "does" or "did")
                        && Lexicon.Shared is { Available: true } lexicon && lexicon.Knows(phrase, PartOfSpeech.Verb))
                        continue;
                    // "airports" of openflights-airports, whose type is airport on every row: the rows' own word, not a filter keeping them
                    // all; "selectors" of css-selectors, one of whose groups is Selectors: the rows, unless beside the column's name.
                    // "the median price in Sacramento" of Sacramento's home sales: a name in capitals after a preposition of place is
                    // the value it names, whatever the table is called.
                    if (Table.NameWords.Contains(Language.Words.Singular(phrase))
                        && (column.Profile is { DistinctCount: 1, NullCount: 0 } || !Names(Word(start - 1)) && !Names(Word(start + length))
                            && !(Word(start - 1) is "in" or "from" or "at" && char.IsUpper(Original[start][0]) && Language.Words.Singular(phrase) == phrase)))
                        continue;
                    // "runs" is not the code RUN: a code in capitals is reached through another form of a word only when written in capitals.
                    if (inflected && value.Length <= 4 && value.All(c => char.IsUpper(c) || char.IsDigit(c)) && !original.All(char.IsUpper)) continue;
                    // "deaths" is a value (Death) only in its singular; it is also the word of a column (death_date): unclear.
                    if (inflected && Table.Columns.Any(c => Language.Words.NameWords(c.Name).Contains(Language.Words.Singular(phrase)))) continue;
                    found.Add((column, value, inflected));
                }
                var held = found.Count > 0;
                var holders = found.Select(f => f.Column).Distinct().ToList();
                // "flags": the value Flags written so wins over the value flag another column holds; "Lufthansa" so written
                // is the airline's name, not its callsign LUFTHANSA.
                if (found.Count > 1 && found.Any(f => !f.Inflected)) found = found.Where(f => !f.Inflected).ToList();
                // "How many types are numeric?" of a type called numeric and the category NUMERIC: said of the rows in the plural
                // after a verb of being, ending the question, a kind they are sorted into, not one of their names.
                if (found.Count > 1 && BeWords.Contains(Word(start - 1) ?? "") && Word(start - 2) is { } subject && subject != Language.Words.Singular(subject)
                    && Table.NameWords.Contains(Language.Words.Singular(subject)) && start + length == Words.Count
                    && found.Where(f => f.Column.Profile.DistinctCount * 2 < Table.RowCount).ToList() is [var kindOfRows])
                    found = [kindOfRows];
                // "numeric types" of a type named numeric and the category Numeric: before the rows' own word in the plural, the
                // one kind of rows, not the one row so named ("ocean biomes").
                var beforeRows = Word(start + length) is var next && next != Language.Words.Singular(next) && Table.NameWords.Contains(Language.Words.Singular(next));
                if (found.Count > 1 && beforeRows && found.Where(f => f.Column.Profile.DistinctCount * 2 < Table.RowCount).ToList() is [var kindBefore])
                    found = [kindBefore];
                // "exceptions" of the kind exception beside a builtin named Exception: as written, in the singular too.
                if (found.Count > 1 && found.Where(f => f.Value == original || f.Inflected && f.Value == Language.Words.Singular(original)).ToList() is { Count: > 0 } asWritten)
                    found = asWritten;
                // "Texas" where a state column holds "TX": WordNet's other names of a place, in the column named by what it is an instance of
                // (Texas is an American state), win over the same word among more values elsewhere, where it is likelier a coincidence
                // (the county Texas among 1,900 counties; not the region America among six regions).
                // "counties named Washington": after "named" or "called", the column of names holds it, not the state WA.
                if (Word(start - 1) is "named" or "called" && found.Where(f => f.Column.Aliases.Any(a => a[0] == "name")).ToList() is [var name])
                    found = [name];
                // Not "In" beginning a question: a word of the sentence's own is another name only in capitals ("IN").
                else if (exact && length <= 3 && char.IsUpper(original[0]) && NamedByKind(phrase, textColumns) is { } kind
                    && (original.All(char.IsUpper) || !Language.Words.StopWords.Contains(phrase) && !KeywordWords.Contains(phrase))
                    && found.All(f => f.Column != kind.Column && f.Column.Values.Count > kind.Column.Values.Count))
                    found = [(kind.Column, kind.Value, false)];
                // "Toronto" in city and city_ascii: the column another's name only qualifies holds the value first.
                if (found.Count > 1)
                    found = found.Where(f => !(Language.Words.NameWords(f.Column.Name) is [var head, _]
                        && found.Any(o => Language.Words.NameWords(o.Column.Name) is [var own] && own == head))).ToList();
                // "medium wildlife": a value two columns hold, beside a word of one's name ("the ICAO code KLM": before what it
                // holds). Else "Canada", the country's Name and its Native name: the column that names things.
                if (found.Count > 1)
                {
                    // "python as an interpreter": the column named after "as" holds it; "take a point on the left" of left_type.
                    var asWhat = Word(start + length) is "as" or "on" ? Word(start + length + 1) is "a" or "an" or "the" ? Word(start + length + 2) : Word(start + length + 1) : null;
                    var beside = new[] { Word(start - 1), Word(start + length), HolderWords.Contains(Word(start - 1)) || Word(start - 1) == "period" ? Word(start - 2) : "", asWhat ?? "" }.Select(Language.Words.Singular).ToList();
                    // "regions that prefer H" of allowed and preferred: a verb beside it names the column called by its participle.
                    var named = found.Where(f => Language.Words.NameWords(f.Column.Name).Select(Language.Words.Singular).Intersect(beside).Any()
                        || beside.Any(w => ColumnOfVerb(w) == f.Column)).ToList();
                    var naming = found.Where(f => Language.Words.NameWords(f.Column.Name) is ["name" or "title"]).ToList();
                    // "sets by Streamline", a set's name and its author: after "by", the column of people who made them.
                    var makers = Word(start - 1) == "by" && Lexicon.Shared is { Available: true } people
                        ? found.Where(f => Language.Words.NameWords(f.Column.Name) is [.., var last] && Senses.NamesAPerson(Language.Words.Singular(last), people)).ToList() : [];
                    // "a weekend starting on Friday", "whose first day is Sunday": the column the question names whole just
                    // before, over a preposition or a verb of being ("week starts" is not weekendStart).
                    var linked = Enumerable.Range(Math.Max(0, start - 3), Math.Min(3, start)).Reverse().TakeWhile(j => TagAt(j) is { Kind: TagKind.Column }
                            || Words[j] is "on" or "in" or "at" or "of" or "as" || BeWords.Contains(Words[j]))
                        .Select(TagAt).OfType<Tag>().FirstOrDefault(t => t.Kind == TagKind.Column) is { Column: { } before } whole
                        && whole.Length == Language.Words.NameWords(before.Name).Count ? before : null;
                    var said = found.Where(f => f.Column == linked).ToList();
                    // "LeBron James": a name after a first name is the last name.
                    var surname = TagAt(start - 1) is { Kind: TagKind.Value, Column: { } prior } && NamePart(prior) == "first"
                        ? found.Where(f => NamePart(f.Column) == "last").ToList() : [];
                    // "the pizza emoji": a whole cell of one column over an item of another's lists (a tag pizza); not a group
                    // of paths ("Australia/" beside the code AU).
                    var cells = found.Where(f => !f.Column.HoldsLists && !f.Value.EndsWith('/')).ToList();
                    // "the character 00E9", "the lowercase of 0041" where another column maps characters to codes: after the rows'
                    // word or "of", the column that tells every row apart.
                    var keys = Word(start - 1) == "of" || Table.NameWords.Contains(Language.Words.Singular(Word(start - 1) ?? ""))
                        ? found.Where(f => TellsRowsApart(f.Column)).ToList() : [];
                    // "exceptions that derive from OSError", "inherit from Exception": after a verb that is no noun (and its
                    // preposition), the value relates the rows to another row, so it is in the column other than the one naming each.
                    var other = found.Count == 2 && found.Count(f => TellsRowsApart(f.Column)) == 1 ? found.Where(f => !TellsRowsApart(f.Column)).ToList() : [];
                    var verbAt = Senses.RelatingPrepositions.Contains(Word(start - 1)) ? start - 2 : start - 1;
                    var relatingVerb = verbAt > 0 && !BeWords.Contains(Word(verbAt)) && !HoldingWords.Contains(Word(verbAt)) && Word(verbAt) is not ("named" or "called")
                        && Lexicon.Shared is { Available: true } lexicon && lexicon.BaseForms(Word(verbAt), PartOfSpeech.Verb).Count > 0 && !lexicon.Knows(Word(verbAt), PartOfSpeech.Noun);
                    // "subclasses of landmark", "members of Exception": so after a plural noun and "of" that neither the table nor a
                    // column is named by; the noun only relates.
                    var relatingNoun = !relatingVerb && Word(start - 1) == "of" && Word(start - 2) is var noun && Language.Words.Singular(noun) != noun && TagAt(start - 2) is null
                        && !KeywordWords.Contains(noun) && !IsColumnPhrase(noun) && !Table.NameWords.Contains(Language.Words.Singular(noun))
                        && !Table.Columns.Any(c => c.Aliases.Any(a => a.Contains(Language.Words.Singular(noun))));
                    var related = relatingVerb || relatingNoun ? other : [];
                    if (relatingNoun && related is [var relatedTo])
                        Set(start - 2, 1, new Tag(TagKind.Stop, start - 2, 1, Reading: $"relates the rows to {relatedTo.Column.Name}"));
                    found = named.Count == 1 ? named : makers.Count == 1 ? makers : related.Count == 1 ? related
                        : naming.Count == 1 ? naming : said.Count == 1 ? said : surname.Count == 1 ? surname
                        : cells.Count == 1 ? cells : keys.Count == 1 ? keys : found.Where(f => Direction(f.Column) is var d && d != 0 && d == Direction(Word(start - 1))).ToList();
                }
                // "Republican" where a party column holds REP: a capitalised word that begins with one code of capitals, and no other
                // (nor a value of its own: "Ryanair" is a name, not the code RYA).
                if (exact && length == 1 && !held && Free(start, 1) && char.IsUpper(original[0]) && phrase.Length >= 5 && !KeywordWords.Contains(phrase)
                    && textColumns.SelectMany(c => c.Values.Values.Distinct().Where(v => v.Length is 3 or 4 && v.All(char.IsUpper)
                        && phrase.StartsWith(v.ToLowerInvariant(), StringComparison.Ordinal)).Select(v => (Column: c, Value: v))).ToList() is [var code])
                {
                    Set(start, 1, new Tag(TagKind.Value, start, 1, code.Column, code.Value, Reading: $"'{original}' begins with the code {code.Value} → {code.Column.Name} = {code.Value}"));
                    continue;
                }
                // "Which regions prefer hB?" where hB is only allowed: a value of another column than the verb before it names is not it.
                if (found.Count == 1 && ColumnOfVerb(Word(start - 1)) is { } done && done != found[0].Column) found = [];
                // "armor" beside "armor_head" and "armor_feet" in a column sorting rows into kinds (not "zombie" beside
                // "zombie_horse" among names), "mob" of a type beside the kinds "Hostile mobs" and "Passive mobs": the word may
                // mean the one value or the kinds it heads; unclear. Written as stored beside a word of its column's name ("the
                // TIMESTAMP type" of logical_type, beside TIMESTAMP_MS), it is the one value.
                var besideItsColumn = original == found.FirstOrDefault().Value
                    && new[] { Word(start - 1), Word(start + length) }.Any(w => w is not null && found[0].Column.Aliases.Any(a => a.Contains(Language.Words.Singular(w))));
                if (found.Count == 1 && length == 1
                    && (found[0].Column.Profile.DistinctCount * 2 < Table.RowCount && !besideItsColumn
                        && found[0].Column.Values.Values.Distinct().Where(v => v.StartsWith(found[0].Value + "_", StringComparison.Ordinal)).ToList() is { Count: >= 2 } under
                            ? $"heads {string.Join(", ", under.Order(StringComparer.Ordinal).Take(3))}"
                        : Language.Words.Singular(phrase) == phrase && textColumns.Where(c => c != found[0].Column && c.Profile.DistinctCount <= 20)
                                .Select(c => c.Values.Values.Distinct().Where(v => v.Split(' ') is [_, .., var last] && last.ToLowerInvariant() != phrase
                                    && Language.Words.Singular(last.ToLowerInvariant()) == phrase).ToList()).FirstOrDefault(k => k.Count >= 2) is { } kindsHeaded
                            ? $"names kinds such as {string.Join(" and ", kindsHeaded.Order(StringComparer.Ordinal).Take(2))}" : null) is { } unclear)
                {
                    Set(start, length, new Tag(TagKind.Unknown, start, length, Reading: $"'{original}' is a value of {found[0].Column.Name} and {unclear}; say which is meant"));
                    continue;
                }
                // A value held by several columns ("DFW": origin and destination) is linked only when the question says which.
                if (found.Count == 1) Set(start, length, new Tag(TagKind.Value, start, length, found[0].Column, found[0].Value));
                else if (!exact && holders.Count > 1) _heldByMany.Add((start, length, holders));
            }
    }

    private static readonly char[] WordSeparators = [' ', '_', '-', '/', ';', ',', '(', ')'];

    /// <summary>The text columns with values holding the word whole among other words ("cooked" of Cooked Beef, cooked_cod).</summary>
    private List<LanguageColumn> HoldingInside(string word, int atLeast) => Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.Keys
        .Where(v => v.Length > word.Length && v.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Contains(word)).Take(atLeast).Count() == atLeast).ToList();

    /// <summary>A word written whole inside several values of a text column ("cooked" of Cooked Beef and cooked_cod).</summary>
    private bool InsideValues(string word) => HoldingInside(word, 2).Count > 0;

    /// <summary>
    /// "How many foods are cooked?", "blocks mined with a pickaxe", "icon sets that are unmaintained": a word nothing else
    /// reads, ending the question as said of the rows, written whole inside the values of one text column (or of the one
    /// called name among several): the rows whose value holds it. After "mention" or "contain", the text is what says it.
    /// </summary>
    private void LinkWordsInsideValues()
    {
        for (var i = 1; i < Words.Count; i++)
        {
            var word = Words[i];
            if (Tags[i] is not { Kind: TagKind.Unknown, Reading: null } || i != Words.Count - 1 || word.Length < 4 || Original[i] != word
                || KeywordWords.Contains(word) || Language.Words.StopWords.Contains(word) || Lexicon.Shared is not { Available: true } lexicon) continue;
            // Said of the rows last: "are cooked", "are unmaintained" (not a noun: "are food" may be a kind the names do not
            // hold), or the thing a verb was done with ("mined with a pickaxe").
            var predicate = BeWords.Contains(Word(Word(i - 1) == "not" ? i - 2 : i - 1)) && !lexicon.Knows(word, PartOfSpeech.Noun);
            var means = Word(i - 1) is "a" or "an" && Word(i - 2) == "with" && lexicon.Knows(Word(i - 3), PartOfSpeech.Verb) && Word(i - 3).EndsWith("ed", StringComparison.Ordinal);
            if (!predicate && !means) continue;
            var holding = HoldingInside(word, 1);
            if (holding.Count > 1) holding = holding.Where(c => Language.Words.NameWords(c.Name) is ["name" or "title"]).ToList();
            if (holding is not [var column]) continue;
            Tags[i] = new Tag(TagKind.Value, i, 1, column, word, Inside: true, Reading: $"a word inside {column.Name} ('{word}')");
        }
    }

    /// <summary>
    /// "athletes from the GDR" of names written "John (GDR)": a word in capitals nothing else reads, written whole inside the
    /// values of one text column, picks the rows whose value holds it; "software companies" of a category "Software &amp;
    /// services": a word nothing else reads that begins one value of a column of a few kinds is that value.
    /// </summary>
    private void LinkWordsBeginningOrInsideValues()
    {
        for (var i = 0; i < Words.Count; i++)
        {
            var word = Words[i];
            if (Tags[i] is not (null or { Kind: TagKind.Unknown, Reading: null }) || KeywordWords.Contains(word) || Language.Words.StopWords.Contains(word)) continue;
            if (Original[i].Length >= 2 && Original[i].All(char.IsAsciiLetterUpper) && HoldingInside(word, 1) is [var holding])
            {
                Tags[i] = new Tag(TagKind.Value, i, 1, holding, word, Inside: true, Reading: $"a word inside {holding.Name} ('{Original[i]}')");
                continue;
            }
            if (ValueBegunBy(i) is var (kinds, value))
                Tags[i] = new Tag(TagKind.Value, i, 1, kinds, value, Reading: $"{kinds.Name} = {value} (begun by '{Original[i]}')");
        }
    }

    /// <summary>
    /// The one value of a column of a few kinds that the word, or its singular, begins: as the first of its words ("Software
    /// &amp; services") or as a noun WordNet makes of it by "-ing" ("banks" of Banking, the business of a bank).
    /// </summary>
    private (LanguageColumn Column, string Value)? ValueBegunBy(int i)
    {
        var word = Words[i];
        if (word.Length < 4 || KeywordWords.Contains(word) || Language.Words.StopWords.Contains(word)) return null;
        var singular = Language.Words.Singular(word);
        bool Begins(string value) => value.Split(' ') is [var first, _, ..] ? first == word || first == singular
            : value == singular + "ing" && Lexicon.Shared is { Available: true } lexicon && lexicon.Knows(value, PartOfSpeech.Noun) && lexicon.Knows(singular, PartOfSpeech.Noun);
        return Table.Columns.Where(c => c.Kind == ColumnKind.Text && !c.HoldsLists && c.Values.Count is > 1 and <= 100)
            .SelectMany(c => c.Values.Where(v => Begins(v.Key)).Select(v => (Column: c, v.Value))).Distinct().ToList() is [var begun] ? begun : null;
    }

    /// <summary>
    /// "roles that require an accessible name" of name_required: a verb whose participle ends a yes-or-no column's name, before
    /// (an article, a word nothing reads and) the noun it begins with, is that column.
    /// </summary>
    private void LinkVerbBeforeItsObject()
    {
        if (Lexicon.Shared is not { Available: true } lexicon) return;
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            if (Tags[i] is not null || lexicon.BaseForms(Words[i], PartOfSpeech.Verb) is not { Count: > 0 } verbs) continue;
            var objectAt = Word(i + 1) is "a" or "an" or "the" ? i + 2 : i + 1;
            foreach (var flag in Table.Columns.Where(c => c.IsFlag))
            {
                if (Language.Words.NameWords(flag.Name) is not [var noun, var participle] || !participle.EndsWith("ed", StringComparison.Ordinal)
                    || !lexicon.BaseForms(participle, PartOfSpeech.Verb).Any(verbs.Contains)) continue;
                var nounAt = Language.Words.Singular(Word(objectAt)) == noun ? objectAt
                    : Tags[objectAt] is null && Language.Words.Singular(Word(objectAt + 1)) == noun && lexicon.Knows(Words[objectAt], PartOfSpeech.Adjective) ? objectAt + 1 : -1;
                if (nounAt < 0 || Tags[nounAt] is { Kind: not TagKind.Column }) continue;
                Set(i, nounAt - i + 1, new Tag(TagKind.Column, i, nounAt - i + 1, flag, Reading: $"column {flag.Name}, its verb first"));
                break;
            }
        }
    }

    /// <summary>Read for a verb of reaching a level ("reached", "hit"): its numbered column at least the number after it.</summary>
    public const string ReachedReading = "reached: at least";

    /// <summary>
    /// "Which storms reached category 5?": a verb WordNet gives the sense of reaching a state or level (reach, attain, hit),
    /// before a numbered column and its number, says the rows got that far.
    /// </summary>
    private void LinkLevelReached(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        bool Reaches(string word) => lexicon.BaseForms(word, PartOfSpeech.Verb)
            .Any(b => lexicon.Synsets(b, PartOfSpeech.Verb).Any(s => s.Words.Contains("reach") && s.Words.Contains("attain") && s.Words.Contains("hit")));
        for (var i = 0; i + 2 < Words.Count; i++)
            if (Tags[i] is null && Tags[i + 1] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number, IsYearNumber: false } } && Tags[i + 2] is { Kind: TagKind.Number, IsYear: false }
                && Reaches(Words[i]))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: ReachedReading);
        // "Which formulation reached the highest concentration?": so does one before a measure's extreme, which it only says
        // was had (not the time WordNet's "reach a point in time" names).
        for (var i = 0; i + 2 < Words.Count; i++)
            if (Tags[i] is null && Words[i + 1] is "the" or "its" or "their" && IsSuperlative(Words[i + 2])
                && Tags.Skip(i + 2).Take(3).Any(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } })
                && Reaches(Words[i]))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "reached: had");
    }

    /// <summary>
    /// "years of education" of a table with a year column (or a column called years) too: a unit of time before "of" and a
    /// numeric column's name is what that column counts in, not the other column. Read again once WordNet has read the
    /// words ("education" of educ).
    /// </summary>
    private void LinkTimeUnitOfColumn()
    {
        for (var i = 0; i + 2 < Words.Count; i++)
            if (TimeUnits.Contains(Words[i]) && Words[i + 1] == "of" && Tags[i + 2] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } counted }
                && (Tags[i] is null or { Kind: TagKind.Stop or TagKind.Unknown or TagKind.Unit } or { Kind: TagKind.Column, Length: 1, Column: { IsYearNumber: true } or { IsMonthNumber: true } or { Kind: ColumnKind.Date } }
                    // "years of schooling" beside a column called years (at an address): that column is a time of something else.
                    || Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { } duration } && duration != counted && Language.Words.NameWords(duration.Name) is [var unit] && unit == Words[i]))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {counted.Name} counts in");
    }

    public static readonly HashSet<string> TimeUnits = ["years", "months", "weeks", "days", "hours"];

    /// <summary>Words for what a table of measurements holds in each row, saying nothing else of them.</summary>
    public static readonly HashSet<string> RowNouns = ["readings", "recordings", "observations", "measurements", "samples", "specimens"];

    /// <summary>A plural noun for tests ("assays", "trials"): in one of its first senses a kind of trial, "the act of testing something".</summary>
    private static bool NamesTests(string word) => Language.Words.Singular(word) is var one && one != word && Lexicon.Shared is { Available: true } lexicon
        && Senses.IsAKindOf(one, "trial", lexicon, 2, senses: 4);

    /// <summary>Words for anyone at all, which WordNet files under no kind of person ("person" is its top).</summary>
    private static bool AnyPeople(string noun) => noun is "people" or "persons" or "person" or "anyone" or "anybody" or "someone" or "somebody" or "everyone" or "everybody";

    /// <summary>Whether the words at <paramref name="i"/> are a unit of time and "of" before the numeric column counted in it ("years of education").</summary>
    public bool IsTimeUnitOf(int i) => TagAt(i) is { Kind: TagKind.Stop } && TimeUnits.Contains(Word(i)) && Word(i + 1) == "of"
        && TagAt(i + 2) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } };

    /// <summary>
    /// Columns of one measure taken before and after something (anorexia's <c>Prewt</c> and <c>Postwt</c>, a pretest and a
    /// posttest, weight_before and weight_after): what each measures, written whole or shortened after its pre or post,
    /// and which of the two it is.
    /// </summary>
    private IEnumerable<(LanguageColumn Column, string Measured, bool After)> BeforeAndAfterColumns()
    {
        var sides = Table.Columns.Where(c => c.Kind == ColumnKind.Number).Select(c => (Column: c, Name: Language.Words.NameWords(c.Name))).Select(c => c.Name switch
        {
            [var side, .. var rest] when side is "pre" or "before" or "post" or "after" && rest.Count > 0 => (c.Column, Measured: string.Concat(rest), After: side is "post" or "after"),
            [.. var rest, var side] when side is "pre" or "before" or "post" or "after" && rest.Count > 0 => (c.Column, Measured: string.Concat(rest), After: side is "post" or "after"),
            [var one] when one.StartsWith("post", StringComparison.Ordinal) && one.Length > 5 => (c.Column, Measured: one[4..], After: true),
            [var one] when one.StartsWith("pre", StringComparison.Ordinal) && one.Length > 4 => (c.Column, Measured: one[3..], After: false),
            _ => (c.Column, Measured: "", After: false),
        }).Where(c => c.Measured.Length > 0).ToList();
        return sides.Where(c => sides.Count(o => o.Measured == c.Measured && o.After != c.After) == 1 && sides.Count(o => o.Measured == c.Measured) == 2);
    }

    /// <summary>
    /// "the weight before treatment", "weight after treatment", "the pre-treatment weight" of anorexia's <c>Prewt</c> and
    /// <c>Postwt</c>: what a pair of before-and-after columns measures, with the side it is taken on, is that one of them;
    /// "weighed more after treatment than before" compares the two.
    /// </summary>
    private void LinkBeforeAndAfter()
    {
        var pairs = BeforeAndAfterColumns().ToList();
        if (pairs.Count == 0) return;
        var lexicon = Lexicon.Shared;
        bool Measures(string word, string measured) => Language.Words.Singular(word) is var one && (one == measured || Shortens(measured, one)
            || lexicon.Available && Senses.VerbMeasures(word, lexicon).Any(m => m == measured || Shortens(measured, m)));
        LanguageColumn? Side(string measured, string word) => word switch
        {
            "before" or "pre" => pairs.FirstOrDefault(p => p.Measured == measured && !p.After).Column,
            "after" or "post" => pairs.FirstOrDefault(p => p.Measured == measured && p.After).Column,
            _ => null,
        };
        // The side's word, and the noun of what it is before or after ("treatment", "the treatment") if one follows.
        int Taken(int at) => Word(at + 1) == "the" && Word(at + 2) is { Length: > 2 } noun && !KeywordWords.Contains(noun) ? 3
            : Word(at + 1) is { Length: > 2 } next && !KeywordWords.Contains(next) && !Language.Words.StopWords.Contains(next) && TagAt(at + 1) is not { Kind: TagKind.Number } ? 2 : 1;
        for (var i = 0; i < Words.Count; i++)
        {
            if (!Unread(i)) continue;
            foreach (var measured in pairs.Select(p => p.Measured).Distinct().Where(m => Measures(Words[i], m)))
            {
                // "weighed more after treatment than before".
                if (Word(i + 1) is "more" or "less" && Side(measured, Word(i + 2)) is { } later && Taken(i + 2) is var span
                    && Word(i + 2 + span) == "than" && Side(measured, Word(i + 3 + span)) is { } earlier && earlier != later)
                {
                    Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {later.Name} and {earlier.Name} measure");
                    Set(i + 2, span, new Tag(TagKind.Column, i + 2, span, later, Reading: $"column {later.Name}, taken {Words[i + 2]}"));
                    Tags[i + 3 + span] = new Tag(TagKind.Column, i + 3 + span, 1, earlier, Reading: $"column {earlier.Name}, taken {Words[i + 3 + span]}");
                    break;
                }
                // "the weight before treatment".
                if (Side(measured, Word(i + 1)) is { } taken)
                {
                    var length = 1 + Taken(i + 1);
                    Set(i, length, new Tag(TagKind.Column, i, length, taken, Reading: $"column {taken.Name}, taken {Words[i + 1]}"));
                    break;
                }
                // "weighed less than 80 pounds before treatment": the side said after a comparison, before any other column.
                if (Enumerable.Range(i + 1, 6).TakeWhile(j => j < Words.Count && TagAt(j) is not { Kind: TagKind.Column or TagKind.Value })
                        .FirstOrDefault(j => Side(measured, Words[j]) is not null) is var sideAt and > 0 && Side(measured, Words[sideAt]) is { } compared)
                {
                    Tags[i] = new Tag(TagKind.Column, i, 1, compared, Reading: $"column {compared.Name}, taken {Words[sideAt]}");
                    var when = Taken(sideAt);
                    Set(sideAt, when, new Tag(TagKind.Stop, sideAt, when, Reading: $"when {compared.Name} was taken"));
                    break;
                }
                // "the pre-treatment weight".
                if (Word(i - 1).Split('-') is [var side, { Length: > 0 }] && Side(measured, side) is { } before && Tags[i - 1] is null)
                {
                    Set(i - 1, 2, new Tag(TagKind.Column, i - 1, 2, before, Reading: $"column {before.Name}, taken {side}"));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "after insulation", "before and after insulation" of whiteside's Insul (Before, After): words the question otherwise
    /// reads for time are values where, alone or joined by "and" or "or", they come just before their column's name.
    /// </summary>
    private void LinkKeywordValuesBeforeColumn()
    {
        for (var i = 1; i < Words.Count; i++)
        {
            if (Tags[i] is not { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } column } tag || tag.Start != i) continue;
            var values = new List<int>();
            for (var j = i - 1; j >= 0 && Tags[j] is null && Words[j] is "before" or "after" or "during" && column.Values.ContainsKey(Words[j]); j = Word(j - 1) is "and" or "or" ? j - 2 : -1)
                values.Add(j);
            foreach (var j in values)
                Tags[j] = new Tag(TagKind.Value, j, 1, column, column.Values[Words[j]], Reading: $"{column.Name} = {column.Values[Words[j]]} (before its name)");
        }
    }

    /// <summary>
    /// "Camellia encryption" of values Camellia(128) and Camellia(256), "name from contents" of "author, contents": a word
    /// nothing has read yet, beside the name of a text column some of whose values (or their items) begin with it, is the
    /// rows whose value holds it; not a word of the table's name ("national dish"), nor one inside a link or a path.
    /// </summary>
    private void LinkWordsBesideValues()
    {
        for (var i = 0; i < Words.Count; i++)
        {
            var word = Words[i];
            if (Tags[i] is not null || word.Length < 3 || KeywordWords.Contains(word) || Language.Words.StopWords.Contains(word)
                || Table.NameWords.Contains(Language.Words.Singular(word))) continue;
            var besideColumns = new[] { TagAt(i + 1), TagAt(i - 1) }.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, IsFlag: false } }).Select(t => t!.Column!).ToList();
            if (besideColumns.Count == 0) continue;
            var heading = new Regex($"(^|, ){Regex.Escape(word)}($|[^\\p{{L}}\\p{{N}}/.:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (besideColumns.FirstOrDefault(c => c.Values.Keys.Any(v => v.Length > word.Length && heading.IsMatch(v))) is not { } holder) continue;
            Tags[i] = new Tag(TagKind.Value, i, 1, holder, Words[i], Inside: true, Reading: $"a word inside {holder.Name} ('{Original[i]}')");
        }
    }

    /// <summary>
    /// "abilities that mention rain", "whose description mentions rain", "Which protocols mention IPv6 in their
    /// description?": after "mention" or "contain", the one word said is inside a text — the column named before the verb
    /// or after "in", else the one that describes — even where another column holds it whole (the alias IPv6).
    /// </summary>
    private void LinkMentioned()
    {
        for (var i = 1; i + 1 < Words.Count; i++)
        {
            if (Words[i] is not ("mention" or "mentions" or "mentioning" or "contain" or "contains" or "containing") || Tags[i + 1] is not null) continue;
            var end = Words.Count;
            LanguageColumn? named = null;
            if (Word(i + 2) == "in")
            {
                var nameAt = Word(i + 3) is "the" or "their" or "its" ? i + 4 : i + 3;
                var nameWords = Words.Skip(nameAt).Select(Language.Words.Singular).ToArray();
                if (nameWords.Length == 0 || Table.Columns.Where(c => c.Aliases.Any(a => a.SequenceEqual(nameWords))).ToList() is not [var after]) continue;
                (named, end) = (after, i + 2);
            }
            else if (i + 2 != Words.Count) continue;
            var holding = HoldingInside(Words[i + 1], 1);
            holding = named is not null ? holding.Where(c => c == named).ToList()
                : TagAt(i - 1) is { Kind: TagKind.Column, Column: { } before } ? holding.Where(c => c == before).ToList()
                : holding.Where(c => Language.Words.NameWords(c.Name).Any(w => w is "description" or "desc" or "summary" or "text" or "notes")).ToList();
            if (holding is not [var column]) continue;
            // WordNet's "mention" is also to name: here it only says what the text holds.
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {column.Name} says");
            Tags[i + 1] = new Tag(TagKind.Value, i + 1, 1, column, Words[i + 1], Inside: true, Reading: $"a word inside {column.Name} ('{Original[i + 1]}')");
            for (var j = end; j < Words.Count; j++) Tags[j] = new Tag(TagKind.Stop, j, 1, Reading: $"the text that says it: {column.Name}");
        }
    }

    /// <summary>
    /// "moves that make contact", "opcodes that take an argument", "functions that take no arguments", "take more than 3
    /// parameters", "made of two code points": the yes-or-no column right after a verb light of meaning, or the numeric column
    /// of the amount after it, which the verb only relates to.
    /// </summary>
    private LanguageColumn? LightVerbObject(int i)
    {
        if (TagAt(Word(i + 1) is "a" or "an" or "the" ? i + 2 : i + 1) is { Kind: TagKind.Column, Column: { IsFlag: true } flag }) return flag;
        var amountAt = i + 1;
        while (Word(amountAt) is "of" or "no" or "a" or "an" or "the" or "any" or "more" or "fewer" or "less" or "than" or "at" or "least" or "most" or "exactly"
               || TagAt(amountAt) is { Kind: TagKind.Number })
            amountAt++;
        return amountAt > i + 1 && TagAt(amountAt) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } amount } ? amount : null;
    }

    /// <summary>"prefer" of a column called preferred: the one text column named by the verb's participle.</summary>
    private LanguageColumn? ColumnOfVerb(string word) =>
        word.Length > 2 && Lexicon.Shared is { Available: true } lexicon && lexicon.BaseForms(word, PartOfSpeech.Verb) is { Count: > 0 } verbs
        && Table.Columns.Where(c => c.Kind == ColumnKind.Text && Language.Words.NameWords(c.Name) is [var participle] && participle.EndsWith("ed", StringComparison.Ordinal)
            && lexicon.BaseForms(participle, PartOfSpeech.Verb).Any(verbs.Contains)).ToList() is [var column] ? column : null;

    /// <summary>
    /// "Fire against Water", "a multiplier of 2 from Fighting" of attacking and defending, two columns of the same values in
    /// that order: after "against", "versus" or "to", the later column's; after "from", the earlier's; and one said beside a
    /// value so placed, the other's.
    /// </summary>
    private void LinkValuesOfPairs()
    {
        var columns = Table.Columns.ToList();
        var placed = new List<(int Start, int Length, LanguageColumn Column, LanguageColumn Other)>();
        var unplaced = new List<(int Start, int Length, LanguageColumn First, LanguageColumn Second)>();
        foreach (var (start, length, holders) in _heldByMany.Where(h => Free(h.Start, h.Length)))
        {
            if (holders is not [var a, var b] || !LanguageTable.HoldSameValues(a, b)) continue;
            var (first, second) = columns.IndexOf(a) < columns.IndexOf(b) ? (a, b) : (b, a);
            // "What can bigint be cast to?": a value before the "to" ending the question is where it goes from.
            var column = Word(start - 1) is "against" or "versus" or "vs" or "to" or "into" ? second
                : Word(start - 1) == "from" || Words[^1] is "to" or "into" && start + length < Words.Count - 1 ? first : null;
            if (column is null) unplaced.Add((start, length, first, second));
            else placed.Add((start, length, column, column == first ? second : first));
        }
        foreach (var (start, length, column, _) in placed) SetValueOfPair(start, length, column);
        // "converts integer to boolean": "boolean" already the target's, "integer" is the source's.
        foreach (var (start, length, first, second) in unplaced)
            if (placed.Where(p => p.Column == first || p.Column == second).Select(p => p.Other)
                    .Concat(Tags.OfType<Tag>().Where(t => t.Kind == TagKind.Value && (t.Column == first || t.Column == second)).Select(t => t.Column == first ? second : first))
                    .Distinct().ToList() is [var other])
                SetValueOfPair(start, length, other);
    }

    private void SetValueOfPair(int start, int length, LanguageColumn column)
    {
        if (!column.Values.TryGetValue(string.Join(' ', Words.Skip(start).Take(length)), out var value)) return;
        Set(start, length, new Tag(TagKind.Value, start, length, column, value, Reading: $"{column.Name} = {value} (by where it is said)"));
        if (Word(start - 1) is "against" or "versus" or "vs" && Tags[start - 1] is null) Tags[start - 1] = new Tag(TagKind.Stop, start - 1, 1, Reading: $"the {column.Name} side");
    }

    /// <summary>
    /// "How many emojis are flags?" where a group and a subgroup are both called flags: a value left unpicked is not read
    /// as another word (the verb flag), so the question is not answered as if it were not there.
    /// </summary>
    private void LinkValuesOfMany()
    {
        foreach (var (start, length, columns) in _heldByMany.Where(h => Free(h.Start, h.Length)))
        {
            // "the distance between Hamburg and Copenhagen" of routes listed both ways: the first side free, in the order said.
            if (Table is { SymmetricSides: true, Sides: var (first, second) } && columns.Contains(first) && columns.Contains(second))
            {
                SetValueOfPair(start, length, Tags.Any(t => t is { Kind: TagKind.Value } && t.Column == first) ? second : first);
                continue;
            }
            var value = string.Join(' ', Original.Skip(start).Take(length));
            Set(start, length, new Tag(TagKind.Unknown, start, length,
                Reading: $"'{value}' is a value of {string.Join(", ", columns[..^1].Select(c => c.Name))} and {columns[^1].Name}; say which is meant"));
        }
    }

    /// <summary>
    /// A column naming each row, used only to say "the rows": "the average population of a country", "the most votes Harris
    /// received in a county" (any row) and "the total
    /// city population" (the rows' own word before their measure), not a column to group or filter by.
    /// </summary>
    private void LinkAnyRow()
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is not { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Text } named } || Table.RowCount <= 1) continue;
            if (Word(i - 1) is "a" or "an" && (Word(i - 2) is "of" or "for" or "per" || Word(i - 2) is "in" or "on" && i == Words.Count - 1) && named.Profile.DistinctCount == Table.RowCount)
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"any row: each is a different {named.Name}");
            // "the label of the icon with unicode f6ca": the one row what follows picks, each a different icon.
            else if (Word(i - 1) == "the" && Word(i - 2) == "of" && Word(i + 1) is "with" or "whose" or "that" or "which" && named.Profile.DistinctCount == Table.RowCount)
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"the row what follows picks: each is a different {named.Name}");
            // "the elevation of the station" where one station is on every row: that station, not a column to show or group by.
            else if (named.Profile is { DistinctCount: 1, NullCount: 0 } && Word(i - 1) == "the")
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"the one {named.Name} of every row");
            // "the total city population" where (nearly) each row is a different city: the rows' own word before their measure;
            // "the pizza emoji", after a value of another column, the row that value picks.
            else if (Words[i] == Language.Words.Singular(Words[i]) && named.Profile.DistinctCount >= 0.95 * Table.RowCount
                     && (TagAt(i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }
                         || TagAt(i - 1) is { Kind: TagKind.Value, Column: { } picking } && picking != named))
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"the rows' own word: each is a {named.Name}");
        }
    }

    /// <summary>
    /// "What Firefox version supports Grid?": a verb in lower case between what is asked and what it is asked of is the
    /// question's verb, not a value spelled the same (the feature id supports, CSS's @supports).
    /// </summary>
    private void LinkVerbBetween()
    {
        if (Words[0] is not ("what" or "which" or "who") || Lexicon.Shared is not { Available: true } lexicon) return;
        for (var i = 2; i + 1 < Words.Count; i++)
        {
            if (Tags[i] is not { Kind: TagKind.Value, Length: 1, Column: { } holder } || Original[i] != Words[i] || !lexicon.Knows(Words[i], PartOfSpeech.Verb)) continue;
            var objectAt = Word(i + 1) is "the" or "a" or "an" ? i + 2 : i + 1;
            // "Firefox version": the subject may end in a noun that only says what its column holds.
            var subjectAt = Tags[i - 1] is null or { Kind: TagKind.Stop } && !Language.Words.StopWords.Contains(Words[i - 1])
                && lexicon.Knows(Words[i - 1], PartOfSpeech.Noun) ? i - 2 : i - 1;
            if (TagAt(subjectAt) is { Kind: TagKind.Column or TagKind.TableWord } subject && subject.Column != holder
                && TagAt(objectAt) is { Kind: TagKind.Value or TagKind.Column } obj && obj.Column != holder)
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "relates (a verb)");
        }
    }

    /// <summary>
    /// "browser releases" of browser-releases: the table's whole name, in its order, names the rows, though one of its
    /// words is also a column's name; not where a column is called so ("Windows zones" of windowsZone).
    /// </summary>
    private void LinkTableName()
    {
        var name = Language.Words.NameWords(Table.Name).Select(Language.Words.Singular).ToList();
        // "How many settings" of postgres-settings, whose setting column holds each setting's value (on, off, 4096…) and whose
        // name column names each row: the table's own word in the plural is its rows, not the values of a column named by its
        // singular that are not one per row ("countries" of a country on each year's row, named by nothing else, are those).
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Text } valued } && name is [.., var rows]
                && Language.Words.Singular(Words[i]) is var singular && singular != Words[i] && singular == rows
                && Language.Words.NameWords(valued.Name) is [var own] && own == rows && valued.Profile.DistinctCount < 0.95 * Table.RowCount
                && Table.Columns.Any(c => c != valued && c.Kind == ColumnKind.Text && TellsRowsApart(c) && Language.Words.NameWords(c.Name) is ["name" or "title"]))
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"the table's own word, {Table.Name}: its rows (not {valued.Name}'s values)");
        if (name.Count < 2 || name.Contains("by") || IsColumnPhrase(string.Join(' ', name))) return;
        for (var i = 0; i + name.Count <= Words.Count; i++)
        {
            // A column the name's words make one word for keeps them ("infant mortality" of infant-mortality's infant).
            if (!name.SequenceEqual(Words.Skip(i).Take(name.Count).Select(Language.Words.Singular)) || Tags[i] is { Kind: TagKind.Column, Length: > 1 }) continue;
            // "the average depression score" of depression-scores' depression: a number column's whole name, before the word
            // for what the table holds of it, is that column; "how many depression scores" are still the rows.
            if (name.Count == 2 && Tags[i] is { Kind: TagKind.Column, Length: 1, Column.Kind: ColumnKind.Number } && SaysKindOfNumber(name[1])
                && Word(i - 1) != "many" && !(Word(i - 1) == "of" && Word(i - 2) == "number")) continue;
            // The last word keeps a column it names ("releases" of a release date, asked when they came out); "traffic
            // fatalities" of a panel are what its fatal column counts, the words before saying which.
            var last = i + name.Count - 1;
            var counts = Tags[last] is null ? CountedByPanel(Words[last]) : null;
            for (var j = i; j < last; j++)
                Tags[j] = counts is null ? new Tag(TagKind.TableWord, j, 1, Reading: j == i ? $"the table's name, {Table.Name}: its rows" : null)
                    : new Tag(TagKind.Stop, j, 1, Reading: $"counted by {counts.Name}, with the table's name");
            Tags[last] ??= counts is null ? new Tag(TagKind.TableWord, last, 1)
                : new Tag(TagKind.Column, last, 1, counts, Reading: $"the {Words[last]} each row counts → column {counts.Name}");
        }
    }

    /// <summary>
    /// "a teacher with a master's degree" of teacher_degree: a word of a column's name (of several words) where one of its
    /// values, or the rest of its name, is said too only says whose the value is.
    /// </summary>
    private void LinkOtherWordsOfAColumnSaid()
    {
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is null or { Kind: TagKind.Unknown } && Language.Words.Singular(Words[i]) is { Length: >= 3 } word && !KeywordWords.Contains(word)
                && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is { Count: >= 2 } name && name.Contains(word)
                    && Tags.Any(t => t is { Kind: TagKind.Value or TagKind.Column } && t.Column == c)).ToList() is [var said])
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"a word of {said.Name}, said");
    }

    /// <summary>The different values of the text columns that <paramref name="fits"/> picks, each with its column.</summary>
    private List<(LanguageColumn Column, string Value)> TextValuesWhere(Func<string, bool> fits) => Table.Columns.Where(c => c.Kind == ColumnKind.Text)
        .SelectMany(c => c.Values.Values.Distinct().Where(fits).Select(v => (Column: c, Value: v))).ToList();

    /// <summary>"West Germany" of WGermany, "North Carolina" of NCarolina: a name's first word cut to its initial, run into the rest.</summary>
    private void LinkInitialledValues()
    {
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            if (!(Tags[i] is null or { Kind: TagKind.Unknown } && Tags[i + 1] is null or { Kind: TagKind.Unknown } or { Kind: TagKind.Value })
                || !char.IsUpper(Original[i][0]) || !char.IsUpper(Original[i + 1][0]) || Original[i].Length < 3) continue;
            var written = Original[i][0] + Original[i + 1];
            if (TextValuesWhere(v => v.Equals(written, StringComparison.OrdinalIgnoreCase)) is [var (column, value)])
                Set(i, 2, new Tag(TagKind.Value, i, 2, column, value, Reading: $"'{Original[i]} {Original[i + 1]}', the first word by its initial → {column.Name} = {value}"));
        }
    }

    /// <summary>
    /// "the north island of New Zealand" of New Zealand (N), "South Korea" of Korea (South): a name told apart by a word in
    /// brackets, or its initial, said before the name (up to two unplaced words between) or after it.
    /// </summary>
    private void LinkQualifiedValues()
    {
        var qualified = TextValuesWhere(_ => true).Select(v => (v.Column, v.Value, Match: QualifiedName().Match(v.Value))).Where(v => v.Match.Success)
            .Select(v => (v.Column, v.Value, Name: Language.Words.Tokens(v.Match.Groups[1].Value), Qualifier: v.Match.Groups[2].Value.ToLowerInvariant())).ToList();
        if (qualified.Count == 0) return;
        bool Qualifies(int at, string qualifier) => Word(at) is { Length: > 0 } word && Tags[at] is null or { Kind: TagKind.Unknown }
            && (word == qualifier || qualifier.Length == 1 && word.Length > 1 && word[0] == qualifier[0] && !Language.Words.StopWords.Contains(word));
        for (var i = 0; i < Words.Count; i++)
            foreach (var (column, value, name, qualifier) in qualified)
            {
                var end = i + name.Count;
                if (end > Words.Count || !Words.Skip(i).Take(name.Count).SequenceEqual(name)
                    || !Enumerable.Range(i, name.Count).All(j => Tags[j] is null or { Kind: TagKind.Unknown } || Tags[j] is { Kind: TagKind.Value } held && held.Column == column)) continue;
                var before = Enumerable.Range(1, 3).Select(gap => i - gap).FirstOrDefault(at => at >= 0 && Qualifies(at, qualifier)
                    && Enumerable.Range(at + 1, i - at - 1).All(j => Tags[j] is null or { Kind: TagKind.Unknown } or { Kind: TagKind.Stop }), -1);
                var (start, length) = before >= 0 ? (before, end - before) : Qualifies(end, qualifier) ? (i, name.Count + 1) : (-1, 0);
                if (start < 0) continue;
                Set(start, length, new Tag(TagKind.Value, start, length, column, value,
                    Reading: $"{column.Name} = {value} ('{Original[before >= 0 ? before : end]}', its word in brackets)"));
                break;
            }
    }

    [GeneratedRegex(@"^(.+?) \((\w+)\)$")]
    private static partial Regex QualifiedName();

    /// <summary>
    /// "statement nodes", "How many expression nodes" of a base holding stmt and expr: a word no column or value is, whose
    /// letters begin with and hold in order the letters of one value no dictionary knows, among a column's few values.
    /// </summary>
    private void LinkAbbreviatedValues()
    {
        if (Lexicon.Shared is not { Available: true } lexicon) return;
        var fewValued = Table.Columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 0 and <= 50 } && c.Profile.DistinctCount * 2 < Table.RowCount).ToList();
        var abbreviated = fewValued
            .SelectMany(c => c.Values.Values.Distinct().Where(v => v.Length >= 3 && v.All(char.IsAsciiLetter) && !lexicon.IsWord(v)).Select(v => (Column: c, Value: v))).ToList();
        bool Noun(int i) => i < Words.Count && Tags[i] is null or { Kind: TagKind.Unknown or TagKind.Value } && !KeywordWords.Contains(Words[i])
            && Language.Words.Singular(Words[i]) is { Length: >= 2 } word && lexicon.Knows(word, PartOfSpeech.Noun);
        // "treatment 1" of trt1, trt2: a word the value's letters shorten, then its number.
        var numbered = fewValued
            .SelectMany(c => c.Values.Values.Distinct().Select(v => (Column: c, Value: v, Letters: new string(v.TakeWhile(char.IsAsciiLetter).ToArray())))
                .Where(v => v.Letters.Length >= 2 && v.Value.Length > v.Letters.Length && v.Value[v.Letters.Length..].All(char.IsAsciiDigit) && !lexicon.IsWord(v.Letters))).ToList();
        for (var i = 0; i + 1 < Words.Count && numbered.Count > 0; i++)
            if (Noun(i) && Tags[i] is not { Kind: TagKind.Value } && numbered.Where(v => Words[i + 1] == v.Value[v.Letters.Length..]
                    && Shortens(v.Letters.ToLowerInvariant(), Language.Words.Singular(Words[i]))).ToList() is [var (numberedColumn, numberedValue, _)])
                Set(i, 2, new Tag(TagKind.Value, i, 2, numberedColumn, numberedValue, Reading: $"'{Original[i]} {Original[i + 1]}' abbreviated → {numberedColumn.Name} = {numberedValue}"));
        // "comparison operators" of cmpop: two words, the value's letters split between them, each part beginning its word;
        // of two such values, the one whose first part begins the first word whole ("associate": AssocProf, not AsstProf).
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            if (!Noun(i) || !Noun(i + 1) || Tags[i] is { Kind: TagKind.Value }) continue;
            var splits = abbreviated.Select(a => (a.Column, a.Value, Split: Enumerable.Range(2, Math.Max(0, a.Value.Length - 3)).FirstOrDefault(split =>
                    Shortens(a.Value[..split].ToLowerInvariant(), Words[i]) && Shortens(a.Value[split..].ToLowerInvariant(), Language.Words.Singular(Words[i + 1])))))
                .Where(a => a.Split > 0).ToList();
            if (splits.Count > 1) splits = splits.Where(a => Words[i].StartsWith(a.Value[..a.Split], StringComparison.OrdinalIgnoreCase)).ToList();
            if (splits is [var (pair, paired, _)])
                Set(i, 2, new Tag(TagKind.Value, i, 2, pair, paired, Reading: $"'{Original[i]} {Original[i + 1]}' abbreviated → {pair.Name} = {paired}"));
        }
        // A column of a few codes of two to four letters (prof, wc, bc; VC, OJ): "professional" begins one; "blue-collar",
        // "orange juice" and "vitamin C" spell one by their initials.
        var codes = Table.Columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 0 and <= 10 } && c.Profile.DistinctCount * 2 < Table.RowCount
                && c.Values.Values.All(v => v.Length is >= 1 and <= 4 && v.All(char.IsAsciiLetter)) && c.Values.Values.Any(v => v.Length >= 2))
            .SelectMany(c => c.Values.Values.Distinct().Select(v => (Column: c, Value: v))).ToList();
        // The column named right before a word, if one is: read already, or a name it begins ("exercise" of Exer).
        LanguageColumn? ColumnBefore(int i) => TagAt(i - 1) is { Kind: TagKind.Column } named ? named.Column : i > 0 && Tags[i - 1] is null ? AbbreviatedColumn(Words[i - 1]) : null;
        for (var i = 0; i < Words.Count && codes.Count > 0; i++)
        {
            if (!Unread(i)) continue;
            var parts = Words[i].Split('-', StringSplitOptions.RemoveEmptyEntries);
            // "Midwest" of MW: a word of two words run together.
            if (parts.Length == 1 && Enumerable.Range(3, Math.Max(0, Words[i].Length - 5)).FirstOrDefault(k => lexicon.IsWord(Words[i][..k]) && lexicon.IsWord(Words[i][k..])) is > 0 and var joint)
                parts = [Words[i][..joint], Words[i][joint..]];
            var length = parts.Length > 1 ? 1 : Unread(i + 1) ? 2 : 0;
            if (length == 2) parts = [Words[i], Words[i + 1]];
            var initials = string.Concat(parts.Select(p => p[0]));
            // Not right after the column's own name: "exercise frequency" of Exer holding Freq says what it holds (below).
            // A name begins a code of two letters too ("Santiago": SA).
            var begun = Words[i].Length >= 6 ? codes.Where(c => (c.Value.Length >= 3 || c.Value.Length == 2 && i > 0 && char.IsUpper(Original[i][0]))
                && Words[i].StartsWith(c.Value, StringComparison.OrdinalIgnoreCase) && ColumnBefore(i) != c.Column).ToList() : [];
            var spelled = length > 0 && parts.Length == initials.Length ? codes.Where(c => string.Equals(c.Value, initials, StringComparison.OrdinalIgnoreCase)).ToList() : [];
            // "Quebec" of QC, "Saskatchewan" of SK: a name (capitalised, one WordNet knows) whose letters hold a code of two
            // letters in order, from its first, where no other code's are.
            if (begun.Count == 0 && spelled.Count == 0 && parts.Length == 1 && Words[i].Length >= 5 && char.IsUpper(Original[i][0]) && lexicon.Knows(Words[i], PartOfSpeech.Noun))
                begun = codes.Where(c => c.Value.Length == 2 && Shortens(c.Value.ToLowerInvariant(), Words[i]) && ColumnBefore(i) != c.Column).ToList();
            if (spelled is [var (spelledColumn, spelledValue)])
                Set(i, length, new Tag(TagKind.Value, i, length, spelledColumn, spelledValue,
                    Reading: $"'{string.Join(' ', Original.Skip(i).Take(length))}' by its initials → {spelledColumn.Name} = {spelledValue}"));
            else if (begun is [var (begunColumn, begunValue)])
                Set(i, 1, new Tag(TagKind.Value, i, 1, begunColumn, begunValue, Reading: $"'{Original[i]}' begins with {begunValue} → {begunColumn.Name} = {begunValue}"));
        }
        // "Michigan" of road deaths' Mich, "Colorado" of Colo: a name WordNet knows, nothing read, that one value no dictionary
        // knows begins (four letters or more), where names are written short.
        for (var i = 0; i < Words.Count; i++)
            if (Unread(i) && Words[i].Length >= 6 && char.IsUpper(Original[i][0]) && lexicon.Knows(Words[i], PartOfSpeech.Noun)
                && TextValuesWhere(v => v.Length >= 4 && v.Length < Words[i].Length && v.All(char.IsAsciiLetter) && !lexicon.IsWord(v)
                    && Words[i].StartsWith(v, StringComparison.OrdinalIgnoreCase)) is [var (shortColumn, shortValue)])
                Set(i, 1, new Tag(TagKind.Value, i, 1, shortColumn, shortValue, Reading: $"'{Original[i]}' written short → {shortColumn.Name} = {shortValue}"));
        // "third class" of 1st, 2nd, 3rd: an ordinal word before a word of the column holding it as its number and suffix is
        // that value (else it orders: "the first 5").
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Ordinals.IndexOf(Words[i]) + 1 is var ordinal and > 0 && Tags[i] is null or { Kind: TagKind.Keyword or TagKind.Unknown }
                && $"{ordinal}{(ordinal switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" })}" is var written
                && Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.ContainsKey(written)
                    && Language.Words.NameWords(c.Name).Contains(Language.Words.Singular(Words[i + 1]))).ToList() is [var ranked])
                Set(i, 1, new Tag(TagKind.Value, i, 1, ranked, ranked.Values[written], Reading: $"'{Original[i]}' → {ranked.Name} = {ranked.Values[written]}"));
        // "voted yes", "voted to abstain" of a vote column of Y, N, U, A: after a verb that is the column's name, the word its
        // initial is; "were undecided": an adjective said of the rows, where one such column alone holds its initial.
        // Not A, B, C… (recipes, treatments): letters in order from A only name, and "baked" is no recipe B.
        var lettered = Table.Columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 1 and <= 10 } && c.Values.Values.All(v => v.Length == 1 && char.IsAsciiLetterUpper(v[0]))
            && !(c.Values.Count >= 3 && c.Values.Values.Distinct().Order().Select((v, k) => v[0] == 'A' + k).All(inOrder => inOrder))).ToList();
        List<(LanguageColumn Column, string Letter)> Initialled(string word, IEnumerable<LanguageColumn> columns) =>
            columns.SelectMany(c => c.Values.Values.Distinct().Where(v => char.ToLowerInvariant(v[0]) == word[0]).Select(v => (c, v))).ToList();
        for (var i = 0; i + 1 < Words.Count && lettered.Count > 0; i++)
        {
            var said = Word(i + 1) == "to" ? i + 2 : i + 1;
            if (Tags[i] is not (null or { Kind: TagKind.Column or TagKind.Unknown }) || said >= Words.Count || !(Unread(said) || Words[said] is "yes" or "no")) continue;
            if (lexicon.BaseForms(Words[i], PartOfSpeech.Verb).Where(b => b != Words[i]).ToHashSet() is not { Count: > 0 } verbs
                || lettered.Where(c => Language.Words.NameWords(c.Name) is [var name] && verbs.Contains(name)).ToList() is not [var voted]
                || Initialled(Words[said], [voted]) is not [var (_, chosen)]) continue;
            Set(i, 1, new Tag(TagKind.Stop, i, 1, Reading: $"says which {voted.Name}"));
            Set(said, 1, new Tag(TagKind.Value, said, 1, voted, chosen, Reading: $"'{Original[said]}' by its initial → {voted.Name} = {chosen}"));
        }
        for (var i = 1; i < Words.Count && lettered.Count > 0; i++)
            if (Unread(i) && BeWords.Contains(Words[i - 1]) && i + 1 == Words.Count && lexicon.Knows(Words[i], PartOfSpeech.Adjective)
                && Initialled(Words[i], lettered) is [var (described, letterOf)])
                Set(i, 1, new Tag(TagKind.Value, i, 1, described, letterOf, Reading: $"'{Original[i]}' by its initial → {described.Name} = {letterOf}"));
        // "patients who died", "still alive" of a status of A and D: a column of two letters that begin a pair of opposites
        // (WordNet: alive, dead) holds the side the word says. Not "when did … die", which asks for a date.
        var opposed = lettered.Where(c => c.Values.Count == 2).ToList();
        for (var i = 0; i < Words.Count && opposed.Count > 0 && Words[0] != "when"; i++)
        {
            if (!Unread(i)) continue;
            // "non-Aboriginal": the other side of the word after "non-".
            var negated = Words[i].StartsWith("non-", StringComparison.Ordinal);
            if (Senses.SidesOf(negated ? Words[i][4..] : Words[i], lexicon).SelectMany(s => opposed.SelectMany(c => s.Opposites
                    .Where(o => o[0] != s.Side[0] && c.Values.ContainsKey(s.Side[..1]) && c.Values.ContainsKey(o[..1]))
                    .Select(o => (Column: c, Letter: c.Values[(negated ? o : s.Side)[..1]], Side: negated ? o : s.Side))))
                    .DistinctBy(s => (s.Column, s.Letter)).ToList() is [var (sided, letter, side)])
                Set(i, 1, new Tag(TagKind.Value, i, 1, sided, letter, Reading: side == Words[i] ? $"'{Original[i]}' by its initial → {sided.Name} = {letter}" : $"'{Original[i]}' ({side}) by its initial → {sided.Name} = {letter}"));
        }
        // "from the north" of a region column of N, S, C, SA: a point of the compass, the one code its initial is.
        for (var i = 2; i < Words.Count; i++)
            if (Unread(i) && Words[i] is "north" or "south" or "east" or "west" && Words[i - 1] == "the" && Words[i - 2] is "from" or "in"
                && PlaceColumns([]).Where(c => c.Values.Count is > 1 and <= 10 && c.Values.ContainsKey(Words[i][..1])).ToList() is [var sided])
                Set(i, 1, new Tag(TagKind.Value, i, 1, sided, sided.Values[Words[i][..1]], Reading: $"'{Original[i]}' by its initial → {sided.Name} = {sided.Values[Words[i][..1]]}"));
        // "high tension" of L, M, H: an adjective right before a column of single letters is the value its initial is.
        for (var i = 0; i < Words.Count; i++)
            if (Unread(i) && TagAt(i + 1) is { Kind: TagKind.Column, Column: { } letters } && lettered.Contains(letters) && lexicon.Knows(Words[i], PartOfSpeech.Adjective)
                && Initialled(Words[i], [letters]) is [var (_, letter)])
                Set(i, 1, new Tag(TagKind.Value, i, 1, letters, letter, Reading: $"'{Original[i]}' by its initial → {letters.Name} = {letter}"));
        for (var i = 0; i < Words.Count; i++)
        {
            var word = Language.Words.Singular(Words[i]);
            if (!Noun(i) || Tags[i] is { Kind: TagKind.Value } || word.Length < 5) continue;
            if (abbreviated.Where(a => a.Value.Length <= word.Length - 2 && Shortens(a.Value.ToLowerInvariant(), word)).ToList() is [var (column, value)])
                // "by exercise frequency" of Exer holding Freq: right after its column's name, the word says what the column holds.
                Tags[i] = ColumnBefore(i) == column
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"what {column.Name} holds ({value} among them)")
                    : new Tag(TagKind.Value, i, 1, column, value, Reading: $"'{Original[i]}' abbreviated → {column.Name} = {value}");
        }
    }

    /// <summary>
    /// Whether each word shortens a different part of a name, in any order: the part whole, its beginning (three letters or
    /// more), its letters in order, or one letter its initial ("female life expectancy": life, exp, f).
    /// </summary>
    private static bool ShortenedInAnyOrder(IReadOnlyList<string> parts, IReadOnlyList<string> words)
    {
        bool Part(string part, string word) => word == part || part.Length >= 3 && word.StartsWith(part, StringComparison.Ordinal)
            || part.Length >= 2 && Shortens(part, word) || part.Length == 1 && word.Length >= 3 && word[0] == part[0];
        bool Match(int at, int used) => at == words.Count
            || Enumerable.Range(0, parts.Count).Any(p => (used & (1 << p)) == 0 && Part(parts[p], words[at]) && Match(at + 1, used | (1 << p)));
        return Match(0, 0);
    }

    /// <summary>Whether letters begin a word and hold in it in order ("stmt" of statement, "cmp" of comparison).</summary>
    internal static bool Shortens(string letters, string word)
    {
        if (letters.Length == 0 || letters.Length >= word.Length || letters[0] != word[0]) return false;
        var at = 0;
        foreach (var c in word)
            if (at < letters.Length && c == letters[at]) at++;
        return at == letters.Length;
    }

    /// <summary>
    /// "zip code 10001": a number right after a text column that holds it as text is that value, not a number; so is one
    /// after a word between them ("admin1 region 40"), which the rest of the linking reads.
    /// </summary>
    private void LinkCodes()
    {
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Number } && (Tags[i - 1] ?? (i >= 2 && !KeywordWords.Contains(Words[i - 1]) ? Tags[i - 2] : null)) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } column }
                && column.Values.TryGetValue(Words[i], out var code))
                Tags[i] = new Tag(TagKind.Value, i, 1, column, code);
    }

    /// <summary>
    /// "Debian 12", "Ubuntu 20.04" of a table named after the product, "Firefox 100" of one naming it in a column: the
    /// number after the table's word or a value is a value of its version column, written whole ("20.04 LTS") where the
    /// column holds text.
    /// </summary>
    private void LinkVersions()
    {
        // "Firefox 100" of a browser's version beside its engine_version: the one called version alone.
        var versions = Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [.., "version"]).ToList();
        if ((versions is [_, _, ..] ? versions.Where(c => Language.Words.NameWords(c.Name) is ["version"]).ToList() : versions) is not [var version]) return;
        for (var i = 1; i < Words.Count; i++)
        {
            if (Tags[i] is not { Kind: TagKind.Number } || !(Table.NameWords.Contains(Language.Words.Singular(Words[i - 1])) || Tags[i - 1] is { Kind: TagKind.Value })) continue;
            var written = version.Kind == ColumnKind.Text
                ? version.Values.Values.Where(v => v == Original[i] || v.StartsWith(Original[i] + " ", StringComparison.Ordinal)).ToList() is [var only] ? only : null
                : version.Kind == ColumnKind.Number ? Original[i] : null;
            if (written is not null)
            {
                Tags[i] = new Tag(TagKind.Value, i, 1, version, written, Reading: $"{Original[i - 1]}'s version {written}");
                Tags[i - 1] ??= new Tag(TagKind.TableWord, i - 1, 1);
            }
        }
    }

    /// <summary>
    /// "the numeric code 840" of numeric codes kept as text ("840", "004"): a number right after the name of a text
    /// column that holds it as written is that value. "the condition for one in French" of CLDR's plural categories: a
    /// number spelled out that counts nothing after it (the question ends, or a function word or a value follows) is the
    /// value of the one text column holding that word.
    /// </summary>
    private void LinkNumbersKeptAsText()
    {
        for (var i = 1; i < Words.Count; i++)
            // "the numeric code 840": "code" only says what the numeric column holds.
            if (Tags[i] is { Kind: TagKind.Number } && TagAt(Tags[i - 1] is { Kind: TagKind.Stop } && HolderWords.Contains(Words[i - 1]) ? i - 2 : i - 1)
                    is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } named }
                && named.Values.TryGetValue(Original[i].ToLowerInvariant(), out var stored))
                Tags[i] = new Tag(TagKind.Value, i, 1, named, stored, Reading: $"{named.Name} = {stored} (kept as text)");
        // "the lowercase of 0041": a number written with leading zeros is a code, the value of the one text column holding it
        // (of several, the one that tells every row apart).
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Number } && Original[i] is ['0', >= '0' and <= '9', ..]
                && Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.ContainsKey(Words[i])).ToList() is var holders
                && (holders is [_] ? holders : holders.Where(TellsRowsApart).ToList()) is [var holding])
                Tags[i] = new Tag(TagKind.Value, i, 1, holding, holding.Values[Words[i]], Reading: $"{holding.Name} = {holding.Values[Words[i]]} (a code)");
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Number } && NumberWords.ContainsKey(Words[i])
                && (i + 1 == Words.Count || Language.Words.StopWords.Contains(Words[i + 1]) || Tags[i + 1] is { Kind: TagKind.Value })
                && Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.ContainsKey(Words[i])).ToList() is [var holding])
            {
                Tags[i] = new Tag(TagKind.Value, i, 1, holding, holding.Values[Words[i]], Reading: $"{holding.Name} = {holding.Values[Words[i]]} (a word, not a count)");
                // "one in French": with no number before it, "in" is no longer inches.
                if (TagAt(i + 1) is { Kind: TagKind.Unit }) Tags[i + 1] = null!;
            }
    }

    public bool TellsRowsApart(LanguageColumn column) => Table.RowCount > 1 && column.Profile.DistinctCount >= Table.RowCount;

    /// <summary>Another of WordNet's names for a proper noun held by the one text column named after what it is an instance of.</summary>
    private static (LanguageColumn Column, string Value)? NamedByKind(string phrase, IReadOnlyList<LanguageColumn> textColumns)
    {
        var lexicon = Lexicon.Shared;
        if (!lexicon.Available) return null;
        var found = new List<(LanguageColumn Column, string Value)>();
        foreach (var synset in lexicon.Synsets(phrase, PartOfSpeech.Noun).Take(3))
        {
            var kinds = Senses.InstanceKinds(synset, lexicon).ToHashSet();
            foreach (var column in textColumns.Where(c => Language.Words.NameWords(c.Name).Select(Language.Words.Singular).Any(kinds.Contains)))
                foreach (var name in synset.Words.Where(w => w != phrase))
                    if (column.Values.TryGetValue(name, out var value)) found.Add((column, value));
        }
        return found.Distinct().ToList() is [var only] ? only : null;
    }

    private static readonly HashSet<string> FromWords = ["from", "origin", "source", "departure", "start", "sender", "home"];
    private static readonly HashSet<string> ToWords = ["to", "into", "towards", "destination", "dest", "target", "arrival", "end", "recipient"];

    /// <summary>Which way a column or a preposition points: -1 where things come from, 1 where they go, 0 neither.</summary>
    private static int Direction(LanguageColumn column) => Language.Words.NameWords(column.Name).Sum(w => Direction(w));

    private static int Direction(string word) => FromWords.Contains(word) ? -1 : ToWords.Contains(word) ? 1 : 0;

    private bool IsColumnPhrase(string phrase)
    {
        var words = phrase.Split(' ').Select(Language.Words.Singular).ToArray();
        return Table.Columns.Any(c => c.Aliases.Any(a => a.SequenceEqual(words)));
    }

    /// <summary>The reading of a word that picks one column of several named alike (made and matched by it).</summary>
    private static string Picks(LanguageColumn column) => $"picks {column.Name}";

    /// <summary>The reading of a noun that says what a column measures (made and matched by it).</summary>
    private static string WhatItMeasures(LanguageColumn column) => $"what {column.Name} measures";

    private static List<HashSet<string>> SingularNames(List<LanguageColumn> columns) =>
        columns.Select(c => Language.Words.NameWords(c.Name).Select(Language.Words.Singular).ToHashSet()).ToList();

    /// <summary>The one word outside <paramref name="at"/>, free or already picking, that names one of the columns and not all.</summary>
    private (int At, LanguageColumn Column)? MemberPicked(int at, List<LanguageColumn> columns, List<string> singular)
    {
        var names = SingularNames(columns);
        var picks = Enumerable.Range(0, Words.Count)
            .Where(j => j != at && !KeywordWords.Contains(Words[j]) && !Language.Words.StopWords.Contains(Words[j]) && names.Any(n => !n.Contains(singular[j])))
            .SelectMany(j => columns.Where((c, k) => names[k].Contains(singular[j])
                && (Tags[j] is null || Tags[j] is { Kind: TagKind.Stop, Reading: var reading } && reading == Picks(c))).Select(c => (j, c)))
            .ToList();
        return picks is [var only] ? only : null;
    }

    /// <summary>
    /// "women have a higher success rate than men" of success_rates_total, _men and _women: the words naming two of them on
    /// either side of the comparison are those columns, compared; the words all three share, what they measure.
    /// </summary>
    private bool MembersCompared(int at, List<LanguageColumn> columns, List<string> singular)
    {
        var names = SingularNames(columns);
        var than = _words.IndexOf("than", at);
        var members = Enumerable.Range(0, Words.Count).Where(j => j != at && Tags[j] is null && !KeywordWords.Contains(Words[j]) && !Language.Words.StopWords.Contains(Words[j]))
            .Select(j => (At: j, Columns: columns.Where((c, k) => names[k].Contains(singular[j]) && names.Any(n => !n.Contains(singular[j]))).ToList()))
            .Where(m => m.Columns.Count == 1).ToList();
        if (than < 0 || members is not [var first, var second] || first.Columns[0] == second.Columns[0] || first.At > at || second.At < than) return false;
        var shared = Enumerable.Range(at, Words.Count - at).TakeWhile(j => Tags[j] is null && names.All(n => n.Contains(singular[j]))).ToList();
        foreach (var j in shared) Tags[j] = new Tag(TagKind.Stop, j, 1, Reading: $"what {first.Columns[0].Name} and {second.Columns[0].Name} measure");
        foreach (var (j, member) in new[] { first, second }) Tags[j] = new Tag(TagKind.Column, j, 1, member[0], Reading: $"column {member[0].Name}, compared");
        return true;
    }

    /// <summary>
    /// "marital status" of a Marital column beside a Status column: a column named by an adjective alone, before a noun the
    /// two make a compound of in WordNet, is named by both words; so is a one-word column named by the compound's kind, or
    /// by its first word where the rest is the table's name.
    /// </summary>
    private void LinkAdjectiveColumnCompounds(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is null or { Kind: TagKind.Column or TagKind.Stop, Length: 1 } && Words[i] is var adjective
                && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var name] && name == adjective).ToList() is [var named]
                && lexicon.Knows(adjective, PartOfSpeech.Adjective) && !lexicon.Knows(adjective, PartOfSpeech.Noun)
                && Tags[i + 1] is null or { Kind: TagKind.Column, Length: 1 } && lexicon.Knows($"{adjective} {Words[i + 1]}", PartOfSpeech.Noun))
                Set(i, 2, new Tag(TagKind.Column, i, 2, named, Reading: $"'{adjective} {Words[i + 1]}' (WordNet) → column {named.Name}"));
        // "first name" of a name column holding one word each: a compound WordNet makes a kind of the column's one-word name.
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is null or { Kind: TagKind.Keyword } && Tags[i + 1] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Text, Values.Count: > 0 } kept }
                && Language.Words.NameWords(kept.Name) is [var name] && name == Words[i + 1] && kept.Values.Values.All(v => !v.Contains(' '))
                && lexicon.KindsOf(lexicon.Synsets($"{Words[i]} {name}", PartOfSpeech.Noun).Take(1), 1, instances: false).Any(kind => kind.Words.Contains(name)))
                Set(i, 2, new Tag(TagKind.Column, i, 2, kept, Reading: $"'{Words[i]} {name}' (WordNet: a kind of {name}) → column {kept.Name}"));
        // "infant mortality (rate)" of infant-mortality's infant: a column's one-word name, and words of the table's name after
        // it with which WordNet makes one word, is what the table is about, that column.
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } about } && Language.Words.NameWords(about.Name) is [var name] && name == Words[i]
                && Table.NameWords.Contains(Words[i + 1]) && Enumerable.Range(2, Math.Min(2, Words.Count - i - 1)).Reverse()
                    .FirstOrDefault(length => Enumerable.Range(i + 1, length - 1).All(j => Tags[j] is null) && lexicon.Knows(string.Join(' ', Words.Skip(i).Take(length)), PartOfSpeech.Noun)) is var joined and > 0)
                Set(i, joined, new Tag(TagKind.Column, i, joined, about, Reading: $"'{string.Join(' ', Original.Skip(i).Take(joined))}' (WordNet: one word, what {Table.Name} is about) → column {about.Name}"));
    }

    /// <summary>
    /// "applicants own their home" of a Home column holding owner: a verb before a column whose one value is the person
    /// doing it (WordNet derives owner from own) is that value.
    /// </summary>
    private void LinkVerbsOfDoers(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 1; i + 1 < Words.Count; i++)
        {
            var at = Words[i + 1] is "their" or "its" or "his" or "her" or "a" or "an" or "the" or "your" ? i + 2 : i + 1;
            if (Tags[i] is not null || KeywordWords.Contains(Words[i]) || Language.Words.StopWords.Contains(Words[i]) || BeWords.Contains(Words[i])
                || TagAt(at) is not { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Text } held } || lexicon.BaseForms(Words[i], PartOfSpeech.Verb) is not { Count: > 0 } verbs)
                continue;
            var doers = held.Values.Values.Distinct().Where(v => v.All(char.IsAsciiLetterLower) && Senses.NamesAPerson(v, lexicon) && lexicon.Synsets(v, PartOfSpeech.Noun)[0] is var sense
                && sense.Pointing("+").Where(p => p.Pos == PartOfSpeech.Verb).Select(lexicon.Follow).Any(verb => verb.Words.Intersect(verbs).Any())).ToList();
            if (doers is not [var doer]) continue;
            Tags[i] = new Tag(TagKind.Value, i, 1, held, doer, Reading: $"{held.Name} = {doer} (WordNet: {doer}, one who does it)");
            Set(i + 1, at - i, new Tag(TagKind.Stop, i + 1, at - i, Reading: $"says what {held.Name} is of"));
        }
    }

    private void LinkColumns()
    {
        // "January" of a table with a column per month (JAN … DEC): that column ("May" too, written so).
        for (var i = 0; i < Words.Count; i++)
            if ((Tags[i] is { Kind: TagKind.Month } ? (int)Tags[i]!.Number : Original[i] == "May" && Tags[i] is null ? 5 : 0) is var month and > 0
                && Table.Columns.Where(c => NamedByMonth(c) && Language.Words.Month(Language.Words.NameWords(c.Name)[0]) == month).ToList() is [var monthly])
                Tags[i] = new Tag(TagKind.Column, i, 1, monthly, Reading: $"the month's column {monthly.Name}");
        // "in 1990" of a table with a column per year (the World Bank's 1960 … 2013): that column.
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Number, IsYear: true } && Table.Columns.Count(NamedByYear) >= 3
                && Table.Columns.Where(c => NamedByYear(c) && c.Name == Words[i]).ToList() is [var yearly])
                Tags[i] = new Tag(TagKind.Column, i, 1, yearly, Reading: $"the year's column {yearly.Name}");
        var singular = Words.Select(Language.Words.Singular).ToList();
        // "the most variants", "only one variant", "more than 5 subsets" of variant_count: a count column, where a number or
        // a ranking counts what it counts (a column of the lists themselves may share the word).
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is null && (Words[i - 1] is "most" or "fewest" or "least" || TagAt(i - 1) is { Kind: TagKind.Number, IsYear: false })
                && Table.Columns.Where(c => c.Kind == ColumnKind.Number && LanguageSchema.CountedBy(c.Name) is [var counted] && counted == singular[i]).ToList() is [var counting])
                Tags[i] = new Tag(TagKind.Column, i, 1, counting, Reading: $"'{Original[i]}' counted → column {counting.Name}");
        // "the land temperature anomaly" of temp_anomaly, land_anomaly and ocean_anomaly: a word between the two of one
        // column's name that would name another with the last says what they all are; the first tells them apart.
        for (var start = 0; start + 3 <= Words.Count; start++)
            if (Free(start, 3) && Words.Skip(start).Take(3).All(w => !Language.Words.StopWords.Contains(w) && !KeywordWords.Contains(w))
                && Table.Columns.Where(c => c.Aliases.Any(a => a.SequenceEqual([singular[start], singular[start + 2]]))).ToList() is [var apart]
                && Table.Columns.Where(c => c.Aliases.Any(a => a.SequenceEqual([singular[start + 1], singular[start + 2]]))).ToList() is [var other] && other != apart)
                Set(start, 3, new Tag(TagKind.Column, start, 3, apart, Reading: $"'{Original[start]} {Original[start + 2]}' → column {apart.Name}, '{Original[start + 1]}' what it measures"));
        // "student-teacher ratio" of stratio beside scratio: a hyphenated word's initials run into the next word.
        for (var start = 0; start + 1 < Words.Count; start++)
            if (Free(start, 2) && Words[start].Split('-') is { Length: >= 2 } parts && parts.All(p => p.Length >= 2)
                && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var name] && (name == InitialsOf(parts) + Words[start + 1] || name == InitialsOf(parts) + singular[start + 1])).ToList() is [var initialled])
                Set(start, 2, new Tag(TagKind.Column, start, 2, initialled, Reading: $"'{Original[start]} {Original[start + 1]}', the initials of the first run into the second → column {initialled.Name}"));
        // "headache type" of hatype: a name that is no word, a short form of one word (its letters in order, not its beginning,
        // read below) run into the next word whole, is those two words, before the first alone names another column.
        // "prothrombin time" of protime beside time: its beginning too, where the second word alone names another column.
        if (Lexicon.Shared is { Available: true } known)
            for (var start = 0; start + 1 < Words.Count; start++)
                if (Free(start, 2) && Words[start].Length >= 4 && !KeywordWords.Contains(Words[start]) && !Language.Words.StopWords.Contains(Words[start]) && singular[start + 1].Length >= 3
                    && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var name] && !known.IsWord(name) && name.EndsWith(singular[start + 1], StringComparison.Ordinal)
                        && name[..^singular[start + 1].Length] is { Length: >= 2 } shortForm && Shortens(shortForm, Words[start])
                        && (!Words[start].StartsWith(shortForm, StringComparison.Ordinal)
                            || shortForm.Length >= 3 && Table.Columns.Any(other => other != c && Language.Words.NameWords(other.Name) is [var second] && second == singular[start + 1]))).ToList() is [var runInto])
                    Set(start, 2, new Tag(TagKind.Column, start, 2, runInto, Reading: $"'{Original[start]} {Original[start + 1]}' run together, the first shortened → column {runInto.Name}"));
        LinkNumberedNames(singular);
        for (var length = Math.Min(4, Words.Count); length >= 1; length--)
            for (var start = 0; start + length <= Words.Count; start++)
            {
                if (!Free(start, length)) continue;
                // "number of currency codes": counting, even where a text column (a code) is called number ("the number of the
                // Euro" is it); a numeric one ("maximum count of actors") holds counts, and is read as the column, unless
                // what follows is the rows themselves ("number of moves by type" beside a column num).
                if (length == 1 && Words[start] is "number" or "count" && Word(start + 1) == "of" && Word(start + 2) is not ("the" or "a" or "an" or null)
                    && (Table.Columns.Any(c => c.Kind == ColumnKind.Text && c.Name.Equals(Words[start], StringComparison.OrdinalIgnoreCase))
                        || Table.NameWords.Contains(singular[start + 2]))) continue;
                var words = singular.Skip(start).Take(length).ToArray();
                // "type of school" of class_type and school: a word of sorting before "of" and another column's name only says
                // that column holds kinds.
                // Not where the two name one ("type of language" of Language_Type), nor beside a column of that very name.
                if (length == 1 && SortWords.Contains(words[0]) && Word(start + 1) == "of" && start + 2 < Words.Count
                    && !Table.Columns.Any(c => c.Aliases.Any(a => a.SequenceEqual([words[0]]) || a.Contains(words[0]) && a.Contains(singular[start + 2])))
                    && Table.Columns.FirstOrDefault(c => c.Aliases.Any(a => a[0] == singular[start + 2])) is { } sorted)
                {
                    Tags[start] = new Tag(TagKind.Stop, start, 1, Reading: $"what {sorted.Name} holds");
                    continue;
                }
                // "the highest default" of columns max and default, "the highest maximum": the word a column max is also called
                // by ranks the numeric column named after it instead.
                if (length == 1 && Words[start] is "highest" or "lowest" or "high" or "low" && start + 1 < Words.Count
                    && Table.Columns.Any(c => c.Kind == ColumnKind.Number && c.Aliases.Any(a => a[0] == singular[start + 1]))) continue;
                // "average POP_2015": a column's name written as it is.
                var matches = length == 1 ? Table.Columns.Where(c => string.Equals(c.Name, Words[start], StringComparison.OrdinalIgnoreCase)).ToList() : [];
                if (matches.Count == 0) matches = Table.Columns.Where(c => c.Aliases.Any(a => a.SequenceEqual(words))).ToList();
                // "a weekend starting on Friday" of weekendStart, "when did Nixon leave office" of left_office, "taking office" of
                // took_office: a name of several words with its verbs in other forms.
                if (matches.Count == 0 && length >= 2 && Lexicon.Shared is { Available: true } verbs)
                {
                    HashSet<string> Forms(string word) => [word, .. verbs.BaseForms(word, PartOfSpeech.Verb)];
                    var said = words.Select(Forms).ToList();
                    matches = Table.Columns.Where(c => c.Aliases.Any(a => a.Length == length && a.Select((w, k) => said[k].Overlaps(Forms(w))).All(same => same))).ToList();
                }
                // "young children" of youngkids: a name of several words with its last in a word of the same first sense (WordNet).
                if (matches.Count == 0 && length >= 2 && Lexicon.Shared is { Available: true } synonyms
                    && synonyms.Synsets(words[^1], PartOfSpeech.Noun).FirstOrDefault() is { } sense)
                    matches = Table.Columns.Where(c => c.Aliases.Any(a => a.Length == length && a.Take(length - 1).SequenceEqual(words.Take(length - 1))
                        && a[^1] != words[^1] && sense.Words.Contains(a[^1]))).ToList();
                // A near miss, not the table's own word ("languages" is no slip for language_id's "languageid").
                if (matches.Count == 0 && length == 1 && words[0].Length >= 5 && !Table.NameWords.Contains(words[0]))
                    matches = Table.Columns.Where(c => c.Aliases.Any(a => a.Length == 1 && Language.Words.NearlyEqual(a[0], words[0]) && !SlipBetweenWords(words[0], a[0]))).ToList();
                // "code point" of code_point beside code_points: the column named as written, in the singular or the plural.
                if (matches.Count > 1 && matches.Where(c => Language.Words.NameWords(c.Name).SequenceEqual(Words.Skip(start).Take(length))).ToList() is [var asWritten])
                    matches = [asWritten];
                // "Which item has the highest durability?" of maxDurability: the superlative that names the column's maximum
                // also ranks by it, unless another summary is asked of it ("the average highest temperature").
                var ranks = length >= 2 && Words[start] is "highest" or "lowest" or "largest" or "smallest" or "biggest" or "greatest"
                    && matches is [var extreme] && Language.Words.NameWords(extreme.Name) is ["max" or "min" or "maximum" or "minimum", ..]
                    && !Words.Any(w => w is "average" or "mean" or "total" or "sum" or "median");
                if (matches.Count == 1) Set(start, length, ranks
                    ? new Tag(TagKind.Column, start, length, matches[0], Pole: Words[start] is "lowest" or "smallest" ? -1 : 1, Superlative: true,
                        Reading: $"{Words[start]} {matches[0].Name}, ranked")
                    : new Tag(TagKind.Column, start, length, matches[0]));
            }
        // "the first code point" of columns first, last and code_points: after a column called by an order word, the singular of
        // what a count column counts only says what it holds.
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Column: { } ordered } && Language.Words.NameWords(ordered.Name) is [var order and ("first" or "last" or "start" or "end")] && Words[i] == order
                && Tags[i + 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } counted } holds && holds.Start == i + 1
                && Language.Words.NameWords(counted.Name) is { Count: > 0 } countedName && Language.Words.Singular(countedName[^1]) != countedName[^1]
                && Words.Skip(i + 1).Take(holds.Length).SequenceEqual(countedName.Select(Language.Words.Singular)))
                Set(i + 1, holds.Length, new Tag(TagKind.Stop, i + 1, holds.Length, Reading: $"what {ordered.Name} holds (one of the {counted.Name})"));
        // "emojis that have a skin tone" of a skintone column beside a subgroup called skin-tone: after an article, a column's
        // whole name is the column, not the value another column holds.
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Value, Start: var start, Length: var length, Column: { } holder } && start == i && Words[i - 1] is "a" or "an" or "no" or "any"
                && Table.Columns.Where(c => c != holder && c.Aliases.Any(a => a.SequenceEqual(singular.Skip(start).Take(length)))).ToList() is [var whole])
                Set(start, length, new Tag(TagKind.Column, start, length, whole, Reading: $"'{string.Join(' ', Original.Skip(start).Take(length))}' → column {whole.Name}, not a value of {holder.Name}"));
        // "rules that have suggestions" of a flag has_suggestions beside a type called suggestion: after "have", the flag named
        // by "has" and the words is the column, not the value.
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Value, Start: var start, Length: var length, Column: { } holder } && start == i && Words[i - 1] is "have" or "has" or "having" or "with"
                && Table.Columns.Where(c => c is { Kind: ColumnKind.Boolean } && Language.Words.NameWords(c.Name) is ["has" or "have", .. var rest]
                    && rest.Select(Language.Words.Singular).SequenceEqual(singular.Skip(start).Take(length))).ToList() is [var flag])
                Set(start, length, new Tag(TagKind.Column, start, length, flag, Reading: $"'{Words[i - 1]} {string.Join(' ', Original.Skip(start).Take(length))}' → column {flag.Name}, not a value of {holder.Name}"));

        // "entities that work without a semicolon" of a flag without_semicolon: "without" and the words are the flag (the verb
        // before them only says what); "need a semicolon", "have a semicolon" its "no".
        for (var i = 1; i < Words.Count; i++)
        {
            if (Tags[i] is not (null or { Kind: TagKind.Value or TagKind.Unknown })) continue;
            var verbAt = Word(i - 1) is "a" or "an" or "the" ? i - 2 : i - 1;
            var without = Word(verbAt) == "without";
            if (!without && !HoldingWords.Contains(Word(verbAt)) && Word(verbAt) is not ("need" or "needs" or "require" or "requires" or "use" or "uses")) continue;
            var flags = Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is ["without" or "no", .. var rest]
                && rest.Count > 0 && i + rest.Count <= Words.Count && rest.Select(Language.Words.Singular).SequenceEqual(singular.Skip(i).Take(rest.Count))).ToList();
            if (flags is not [var lacking]) continue;
            var length = Language.Words.NameWords(lacking.Name).Count - 1;
            if (without)
            {
                Set(verbAt, i + length - verbAt, new Tag(TagKind.Column, verbAt, i + length - verbAt, lacking, Reading: $"column {lacking.Name}"));
                if (Tags[verbAt - 1] is null && Lexicon.Shared is { Available: true } saying && saying.Knows(Word(verbAt - 1), PartOfSpeech.Verb) && !KeywordWords.Contains(Word(verbAt - 1)))
                    Tags[verbAt - 1] = new Tag(TagKind.Stop, verbAt - 1, 1, Reading: $"says what {lacking.Name} is said of");
            }
            else Set(i, length, new Tag(TagKind.Column, i, length, lacking, Pole: -1, Reading: $"not {lacking.Name}"));
        }

        // "direction category" → dirCat, "high school graduation" → hs_grad: each word of a column's name of two or more, in
        // turn, begins the question's word or is the initials of its next words; "generalized cost" → gc: a name of two or
        // three letters that is no word of its own is the initials of as many words.
        var named = Table.Columns.Select(c => (Column: c, Name: Language.Words.NameWords(c.Name)))
            .Where(c => c.Name.Count >= 2 || c.Name is [{ Length: 2 or 3 } initials] && Lexicon.Shared is { Available: true } known && !Senses.IsWordOfItsOwn(initials, known)).ToList();
        for (var start = 0; start < Words.Count; start++)
        {
            var abbreviated = named.Select(c => (c.Column, Length: Abbreviates(c.Name, start))).Where(c => c.Length > 0).ToList();
            // Not initials whose last word alone begins another column's name ("barometric pressure" of bp beside pres).
            if (abbreviated is [var (column, length)] && !(Language.Words.NameWords(column.Name) is [_]
                    && AbbreviatedColumn(Language.Words.Singular(Words[start + length - 1])) is { } begun && begun != column))
                Set(start, length, new Tag(TagKind.Column, start, length, column,
                    Reading: $"'{string.Join(' ', Words.Skip(start).Take(length))}' abbreviated → column {column.Name}"));
        }
        // "taper index" → TI beside Taper: a name in capitals that the words' initials spell is the whole phrase, though its
        // first word alone names another column (and ti is a note of the scale).
        foreach (var (capitals, initials) in Table.Columns.Where(c => c.Name.Length is 2 or 3 && c.Name.All(char.IsAsciiLetterUpper)).Select(c => (c, c.Name.ToLowerInvariant())))
            for (var start = 0; start + initials.Length <= Words.Count; start++)
                if (Enumerable.Range(start, initials.Length).All(k => Words[k].Length >= 3 && Words[k][0] == initials[k - start] && !Language.Words.StopWords.Contains(Words[k])
                        && !KeywordWords.Contains(Words[k]) && Tags[k] is null or { Kind: TagKind.Column, Length: 1 })
                    && Enumerable.Range(start, initials.Length).Any(k => Tags[k] is { Column: { } other } && other != capitals))
                    Set(start, initials.Length, new Tag(TagKind.Column, start, initials.Length, capitals,
                        Reading: $"'{string.Join(' ', Original.Skip(start).Take(initials.Length))}', its initials in capitals → column {capitals.Name}"));
        // "fertility rate" → tfr (total fertility rate), "performance status" → ecog.ps: the last two initials of a name, either
        // a name of three letters that is no word of its own or a name's last word of two letters, are two words; the name's
        // first part (a modifier: total, crude; or the scale: ECOG's) is left unsaid.
        static string? LastTwoInitials(IReadOnlyList<string> name) => name switch
        {
            [{ Length: 3 } initials] => initials[1..].ToLowerInvariant(),
            [_, .., { Length: 2 } last] => last.ToLowerInvariant(),
            _ => null,
        };
        for (var start = 0; start + 1 < Words.Count; start++)
            if (Free(start, 2) && Words.Skip(start).Take(2).All(w => w.Length >= 3 && !Language.Words.StopWords.Contains(w) && !KeywordWords.Contains(w))
                && named.Where(c => LastTwoInitials(c.Name) is [var first, var second] && first == Words[start][0] && second == Words[start + 1][0]).ToList()
                    is [var (unsaid, _)])
                Set(start, 2, new Tag(TagKind.Column, start, 2, unsaid, Reading: $"the last initials of column {unsaid.Name}"));
        // "verbal IQ" → viq: a name of three letters, no word of its own, that is a word's initial before a whole word.
        for (var start = 0; start + 1 < Words.Count; start++)
            if (Tags[start] is null && Tags[start + 1] is null && Words[start].Length >= 3 && !Language.Words.StopWords.Contains(Words[start]) && !KeywordWords.Contains(Words[start])
                && named.Where(c => c.Name is [{ Length: 3 } name] && name[0] == Words[start][0] && name[1..] == Words[start + 1]).ToList() is [var (initialled, _)])
                Set(start, 2, new Tag(TagKind.Column, start, 2, initialled,
                    Reading: $"'{Original[start]} {Original[start + 1]}' → column {initialled.Name}, the first initialled"));
        // "payments to income ratio" → pirat, "loan to value ratio" → lvrat: a name that is no word, the initials of words
        // (joined by "to", "of" or "and") and the beginning of the last, three letters or more.
        if (Lexicon.Shared is { Available: true } spelled)
            for (var start = 0; start + 2 < Words.Count; start++)
            {
                if (Tags[start] is not null || KeywordWords.Contains(Words[start]) || Language.Words.StopWords.Contains(Words[start])) continue;
                for (var end = start + 1; end < Math.Min(Words.Count, start + 6); end++)
                {
                    var inner = Enumerable.Range(start, end - start).Where(k => Words[k] is not ("to" or "of" or "and")).ToList();
                    if (Enumerable.Range(start, end - start + 1).Any(k => Tags[k] is not null && Words[k] is not ("to" or "of" or "and"))
                        || inner.Any(k => KeywordWords.Contains(Words[k]) && !Language.Words.StopWords.Contains(Words[k]) || Words[k] is "the" or "a" or "an")) break;
                    if (Words[end - 1] is "to" or "of" or "and") continue;
                    var initials = string.Concat(inner.Select(k => Words[k][0]));
                    if (Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var name] && name.Length >= initials.Length + 3 && !spelled.IsWord(name)
                            && name.StartsWith(initials, StringComparison.Ordinal) && Words[end].StartsWith(name[initials.Length..], StringComparison.Ordinal)).ToList() is [var initialled]
                        && inner.Count >= 2)
                    {
                        Set(start, end - start + 1, new Tag(TagKind.Column, start, end - start + 1, initialled,
                            Reading: $"'{string.Join(' ', Original.Skip(start).Take(end - start + 1))}' by its initials and the last word's beginning → column {initialled.Name}"));
                        break;
                    }
                }
            }
        // "female life expectancy" → lifeExpF: as many words as the name has parts, each shortened to one part, in any order.
        for (var start = 0; start < Words.Count; start++)
            if (named.Where(c => c.Name.Count is >= 2 and <= 4 && start + c.Name.Count <= Words.Count && c.Name.Any(part => part.Length < 3)
                    && ShortenedInAnyOrder(c.Name, Words.Skip(start).Take(c.Name.Count).ToList())
                    && Enumerable.Range(start, c.Name.Count).All(k => Tags[k] is null && !Language.Words.StopWords.Contains(Words[k]))).ToList() is [var (anyOrder, parts)])
                Set(start, parts.Count, new Tag(TagKind.Column, start, parts.Count, anyOrder,
                    Reading: $"'{string.Join(' ', Words.Skip(start).Take(parts.Count))}' abbreviated → column {anyOrder.Name}"));
        // "calories consumed at meals" → meal.cal, "Karnofsky score rated by the physician" → ph.karno: a name of two parts,
        // shortened from two words in the other order (the qualifier after), kept apart only by a participle, words for a kind
        // of number, articles and prepositions. Not "country has the code" of Country Code.
        if (Lexicon.Shared is { Available: true } splitting)
            for (var start = 0; start + 2 < Words.Count; start++)
                for (var end = start + 2; end < Math.Min(Words.Count, start + 6); end++)
                {
                    var between = Enumerable.Range(start + 1, end - start - 1).ToList();
                    if (between.Any(k => Tags[k] is not (null or { Kind: TagKind.Stop }) || !(Words[k] is "the" or "a" or "an" or "at" or "by" or "in" or "on" or "of" or "for" || SaysKindOfNumber(Words[k])
                            || (Words[k].EndsWith("ed", StringComparison.Ordinal) || Words[k].EndsWith("en", StringComparison.Ordinal)) && splitting.BaseForms(Words[k], PartOfSpeech.Verb).Any(b => b != Words[k])))) break;
                    if (!Language.Words.StopWords.Contains(Words[start]) && !Language.Words.StopWords.Contains(Words[end])
                        && !KeywordWords.Contains(Words[start]) && !KeywordWords.Contains(Words[end])
                        && named.Where(c => c.Name is [{ Length: >= 2 } first, { Length: >= 2 } second] && ShortenedInAnyOrder([second], [Words[start]]) && ShortenedInAnyOrder([first], [Words[end]])).ToList() is [var (split, _)]
                        // One of them may already be read as the column, by its one word ("meals" of meal.cal).
                        && new[] { start, end }.All(k => Tags[k] is null || Tags[k] is { Kind: TagKind.Column, Length: 1 } one && one.Column == split))
                    {
                        Set(start, end - start + 1, new Tag(TagKind.Column, start, end - start + 1, split,
                            Reading: $"'{Original[start]}' and '{Original[end]}' abbreviated → column {split.Name}"));
                        break;
                    }
                }
        // "female life expectancy" of lifeFemale: after several words read as a column, a word that makes a compound WordNet
        // knows with the last of them, a part of the column's name ("life expectancy"), completes it.
        if (Lexicon.Shared is { Available: true } compounds)
            for (var i = 1; i < Words.Count; i++)
                if (Tags[i] is null && Tags[i - 1] is { Kind: TagKind.Column, Length: >= 2, Column: { } completed } && Language.Words.NameWords(completed.Name).Contains(Words[i - 1])
                    && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i])
                    && compounds.Knows($"{Words[i - 1]} {Language.Words.Singular(Words[i])}", PartOfSpeech.Noun))
                    Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"'{Original[i - 1]} {Original[i]}' is one word (WordNet), part of column {completed.Name}");

        // One word of a column's name ("generation" for net_generation), when no other column has it.
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is not null || KeywordWords.Contains(Words[i]) || Language.Words.StopWords.Contains(Words[i]) || Words[i].Length < 3
                || Table.NameWords.Contains(singular[i])) continue;
            // "the temperature system": a noun right after another column's name says what that column is, not which other
            // ("region sold" is a verb's subject).
            if (TagAt(i - 1) is { Kind: TagKind.Column, Column: { } before } && !before.Aliases.Any(a => a.Contains(singular[i]))
                && Lexicon.Shared is { Available: true } nouns && nouns.Knows(Words[i], PartOfSpeech.Noun) && !nouns.Knows(Words[i], PartOfSpeech.Verb)) continue;
            var matches = Table.Columns.Where(c => c.Aliases.Any(a => a.Contains(singular[i]))).ToList();
            // "suspicious person stops" of personSearch: a person before an act in the name is who the act is done to, not the
            // column; the act itself names it ("people were searched"). Not a thing ("internet" of InternetService is its kind).
            if (matches is [var acted] && Language.Words.NameWords(acted.Name) is [_, .., var last] && last.ToLowerInvariant() is var act && Language.Words.Singular(act) != singular[i]
                && Lexicon.Shared is { Available: true } acts && Senses.NamesAnAct(act, acts) && (AnyPeople(Words[i]) || Senses.NamesAPerson(singular[i], acts))
                && !Words.Any(w => Language.Words.Singular(w) == act || acts.BaseForms(w, PartOfSpeech.Verb).Contains(act))) continue;
            // "What version of bash is installed?" of installed_size, a size held on every row: a participle ending the question,
            // a word of the name but not its last, is only true of every row.
            if (matches is [{ HasEmptyCells: false } participled] && i == Words.Count - 1 && Words.Take(i).Any(BeWords.Contains)
                && Language.Words.NameWords(participled.Name) is [_, .., var head] && head != Words[i] && Words[i].EndsWith("ed", StringComparison.Ordinal)
                && Lexicon.Shared is { Available: true } verbs && verbs.BaseForms(Words[i], PartOfSpeech.Verb).Any(b => b != Words[i]))
            {
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"true of every row ({participled.Name} is held on each)");
                continue;
            }
            // "large wildlife": of the columns the word names, the one holding the value beside it.
            if (matches.Count > 1 && new[] { TagAt(i - 1), TagAt(i + 1) }.FirstOrDefault(t => t is { Kind: TagKind.Value } && matches.Contains(t.Column!)) is { } beside)
                matches = [beside.Column!];
            // "party" of Party_Code and Party_Affiliation (not Contributions_from_Party_Committees): the columns it begins, and of
            // those, not the code that stands for the other, which says it in words.
            // Not a kind of person others end with ("developers" of Web_developer, Mobile_developer and
            // Developer_with_stats_math_background).
            var begun = matches.Where(c => Language.Words.NameWords(c.Name).Select(Language.Words.Singular).FirstOrDefault() == singular[i]).ToList();
            if (matches.Count > 1 && begun.Count > 0 && !(matches.Any(c => Language.Words.NameWords(c.Name) is [_, .., var last] && Language.Words.Singular(last) == singular[i])
                    && Lexicon.Shared is { Available: true } people && Senses.NamesAPerson(singular[i], people)))
                matches = begun;
            // "population in 2015" of POP_1980 and POP_2015, "bills in the 104th" of BILLS103 and BILLS104: the number the
            // question names (an ordinal's too) picks one, and says no more.
            if (matches.Count > 1 && matches.Select(c => Language.Words.NameWords(c.Name).Select(w => EndingNumber().Match(w)).FirstOrDefault(m => m.Success)?.Value).ToList() is var numbered
                && numbered.All(n => n is not null) && numbered.Distinct().Count() == numbered.Count
                && Enumerable.Range(0, Words.Count).Where(j => numbered.Contains(Words[j])).ToList() is [var numberAt])
            {
                matches = [matches[numbered.IndexOf(Words[numberAt])]];
                Tags[numberAt] = new Tag(TagKind.Stop, numberAt, 1, Reading: Picks(matches[0]));
                if (Word(numberAt + 1) is "th" or "st" or "nd" or "rd") Tags[numberAt + 1] = new Tag(TagKind.Stop, numberAt + 1, 1);
            }
            // "the success rate for women" of success_rates_total, _men and _women: a word elsewhere in the question naming one
            // of them alone picks it (for both "success" and "rate") rather than the total.
            if (matches.Count > 1 && matches.Any(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name).Contains("total")))
            {
                if (MemberPicked(i, matches, singular) is var (pickedAt, picked))
                {
                    matches = [picked];
                    Tags[pickedAt] = new Tag(TagKind.Stop, pickedAt, 1, Reading: Picks(picked));
                }
                else if (MembersCompared(i, matches, singular)) continue;
            }
            // "sleep" of sleep_total, sleep_rem and sleep_cycle: the whole of what they measure.
            if (matches.Count > 1 && matches.Where(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name).Contains("total")).ToList() is [var whole])
                matches = [whole];
            if (matches.Count > 1 && matches.Where(c => c.Kind == ColumnKind.Text).ToList() is [var written]
                && matches.All(c => c == written || Language.Words.NameWords(c.Name) is [.., "code" or "id" or "number" or "num" or "no"]))
                matches = [written];
            if (matches.Count == 1) Tags[i] = new Tag(TagKind.Column, i, 1, matches[0]);
        }

        // "sunspot activity" → SUNACTIVITY, "total employment" → TOTEMP, "treasury bill rate" → tbilrate, "ES modules" → esm: a
        // one-word column name that no dictionary knows, written as the beginnings of the question's next words run together,
        // for one column only.
        if (Lexicon.Shared is { Available: true } dictionary)
        {
            // A name that is itself a word ("airflow"; not "esm", only short for another) only as its words written whole ("air
            // flow"); not ending in the rows' own word ("prebuilt releases" is no prerelease).
            var runTogether = Table.Columns.Select(c => (Column: c, Name: Language.Words.NameWords(c.Name)))
                .Where(c => c.Name is [{ Length: >= 3 } only] && only.All(char.IsAsciiLetter)).Select(c => (c.Column, Name: c.Name[0], Word: Senses.IsWordOfItsOwn(c.Name[0], dictionary))).ToList();
            for (var start = 0; start < Words.Count; start++)
                if (runTogether.Select(c => (c.Column, c.Name, c.Word, Length: RunTogether(c.Name, 0, start)))
                        // Three letters only after a short form written whole ("ES modules" → esm, not "largest total" → lat).
                        // Not a plural and the word after its singular ("call last" is no calls).
                        .Where(c => c.Length >= 2 && (!c.Word || string.Concat(Words.Skip(start).Take(c.Length)) == c.Name) && Language.Words.Singular(c.Name) != Words[start]
                            && (c.Name.Length > 3 || Words[start].Length >= 2 && c.Name.StartsWith(Words[start], StringComparison.Ordinal)
                                // "body weight" → Bwt: a noun's initial, then a short form of consonants of the next word.
                                || c.Length == 2 && Words[start].Length >= 3 && !KeywordWords.Contains(Words[start]) && dictionary.Knows(Words[start], PartOfSpeech.Noun)
                                    && c.Name[1..].All(l => !"aeiou".Contains(l)) && Shortens(c.Name[1..], Words[start + 1]))
                            // "adjusted depression" → adjdep of depression-scores: the rows' own word only as a column of its own.
                            && !(Table.NameWords.Contains(Language.Words.Singular(Words[start + c.Length - 1])) && Tags[start + c.Length - 1] is not { Kind: TagKind.Column })
                            // "office visits" is no ovisits beside visits, nvisits and novisits: letters before another column's
                            // whole name that combine (n, o, no) are a scheme's codes, not initials (ovisits are outpatient
                            // visits); "electricity price" is eprice beside price, oprice and lprice, each a letter.
                            && !(Words[start + c.Length - 1] is var lastRun && c.Name.Length > lastRun.Length && c.Name.EndsWith(lastRun, StringComparison.Ordinal)
                                && Table.Columns.Any(o => string.Equals(o.Name, lastRun, StringComparison.OrdinalIgnoreCase))
                                && Table.Columns.Any(o => o.Name.Length - lastRun.Length >= 2 && o.Name.EndsWith(lastRun, StringComparison.OrdinalIgnoreCase)))
                            // "maximum main" is no mmin: a summary's word begins a name only as its own short form (TOTEMP).
                            && !(KeywordWords.Contains(Words[start]) && !c.Name.StartsWith(Words[start][..Math.Min(3, Words[start].Length)], StringComparison.Ordinal))).ToList()
                        is [var (column, _, _, length)])
                    Set(start, length, new Tag(TagKind.Column, start, length, column,
                        Reading: $"'{string.Join(' ', Words.Skip(start).Take(length))}' run together → column {column.Name}"));
        }

        // "the three-letter code": the one text column whose values are codes of three letters (`DEU`, `deu`; nine in ten, so
        // a reserved range like `qaa-qtz` among them still counts). Two such columns (ISO 639-2's `fra` and `fre`): neither.
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is null && LetterCount().Match(Words[i]) is { Success: true } letters && Words[i + 1] is "code" or "codes" or "abbreviation"
                && (NumberWords.TryGetValue(letters.Groups[1].Value, out var spelledOut) ? (int)spelledOut : int.TryParse(letters.Groups[1].Value, out var digits) ? digits : 0) is var width and > 0
                && Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.Count > 0
                    && c.Values.Values.Distinct().ToList() is var codes && codes.Count(v => v.Length == width && v.All(char.IsAsciiLetter)) * 10 >= codes.Count * 9).ToList() is [var coded])
                Set(i, 2, new Tag(TagKind.Column, i, 2, coded, Reading: $"codes of {width} letters → column {coded.Name}"));

        // NOAA's HLY-PRES-NORMAL, HLY-DEWP-NORMAL: a word of a column's name that no dictionary knows may shorten the question's
        // word ("pres" → "pressure") or its two words ("dewp" → "dew point"), where it shortens them for one column only.
        if (Lexicon.Shared is { Available: true } lexicon)
            for (var i = 0; i < Words.Count; i++)
            {
                if (Tags[i] is not null || Words[i].Length < 3 || KeywordWords.Contains(Words[i]) || Language.Words.StopWords.Contains(Words[i])) continue;
                var pair = i + 1 < Words.Count && Tags[i + 1] is null ? Words[i + 1] : null;
                // "non-Caucasian" of noncauc: a word's parts run together.
                var joined = Words[i].Replace("-", "", StringComparison.Ordinal);
                // "part-time" of parttime: its parts run together are a column's whole name.
                if (joined != Words[i] && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var only] && only == joined).ToList() is [var runTogether])
                {
                    Set(i, 1, new Tag(TagKind.Column, i, 1, runTogether, Reading: $"'{Original[i]}' run together → column {runTogether.Name}"));
                    continue;
                }
                // "first-time buyers" of a yes-or-no column first: a hyphenated word whose first part is the flag's whole name.
                if (Words[i].Split('-') is [var flagged, { Length: > 0 }] && Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var only] && only == flagged).ToList() is [var hyphenated])
                {
                    Set(i, 1, new Tag(TagKind.Column, i, 1, hyphenated, Reading: $"'{Original[i]}' → column {hyphenated.Name}"));
                    continue;
                }
                // "tensile strength" of tens: a name that is a word of its own still begins the first of two words WordNet knows as one noun.
                if (pair is not null && lexicon.Knows($"{Words[i]} {pair}", PartOfSpeech.Noun)
                    && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [{ Length: >= 4 } whole] && lexicon.IsWord(whole) && Words[i].Length > whole.Length + 1
                        && Words[i].StartsWith(whole, StringComparison.Ordinal)).ToList() is [var begun])
                {
                    Set(i, 2, new Tag(TagKind.Column, i, 2, begun, Reading: $"'{Original[i]} {Original[i + 1]}' (one word in WordNet) shortened → column {begun.Name}"));
                    continue;
                }
                var shortened = Table.Columns.SelectMany(c => Language.Words.NameWords(c.Name).Concat(c.Aliases.SelectMany(a => a)).Distinct().Where(p => p.Length >= 4 && !lexicon.IsWord(p))
                        .Select(p => (Column: c, Length: joined.Length >= 5 && joined.StartsWith(p, StringComparison.Ordinal) && p != joined ? 1
                            : pair is not null && p.Length > Words[i].Length && p.StartsWith(Words[i], StringComparison.Ordinal)
                              && pair.StartsWith(p[Words[i].Length..], StringComparison.Ordinal) ? 2 : 0)))
                    .Where(m => m.Length > 0).DistinctBy(m => m.Column).ToList();
                if (shortened is [var only])
                    Set(i, only.Length, new Tag(TagKind.Column, i, only.Length, only.Column,
                        Reading: $"'{string.Join(' ', Words.Skip(i).Take(only.Length))}' shortened → column {only.Column.Name}"));
            }

        // "ICAO code", "currency code": a word that only says what a column holds, after that column's name, is part of it —
        // unless it is another column's own name ("currency code" of a column called code), which the first word then qualifies.
        // "phone code" of a Phone column holding codes is that column; "native name" of a Native column holding names, too;
        // "numeric code", "ISO code" of whole numbers, a different one on (nearly) every row.
        for (var i = 1; i < Words.Count; i++)
        {
            if (!HolderWords.Contains(Words[i]) || Tags[i - 1] is not { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Text or ColumnKind.Number } first }
                || first.Kind == ColumnKind.Number && !(ColumnTypes.IsInteger(first.Type) && !first.IsYearNumber && first.Profile.DistinctCount >= 0.9 * (Table.RowCount - first.Profile.NullCount))
                || Tags[i] is { Kind: not TagKind.Column } || Tags[i]?.Column == first) continue;
            var holds = (first.Kind == ColumnKind.Number || HoldsCodes(first)) != (singular[i] == "name");
            if (Tags[i] is { Column: { } other } && Language.Words.NameWords(other.Name) is [var own] && own == singular[i] && !holds)
                Tags[i - 1] = new Tag(TagKind.Stop, i - 1, 1, Reading: $"says whose {other.Name}");
            else if (Tags[i] is not null || holds)
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"part of '{Original[i - 1]} {Original[i]}' → column {first.Name}");
        }

        // "the highest cancer count": "count" after a column of whole numbers says what that column holds.
        for (var i = 1; i < Words.Count; i++)
            if (Words[i] is "count" or "counts" && Tags[i] is null && Tags[i - 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } counted }
                && ColumnTypes.IsInteger(counted.Type))
                Tags[i] = new Tag(TagKind.Column, i, 1, counted, Reading: $"part of '{Original[i - 1]} {Original[i]}' → column {counted.Name}");

        // "the likely script" of likely-subtags: a column named by a word that is only an adjective, right before another
        // column's name, describes that column's values (the script of the likely tag), not a column of its own to show.
        if (Lexicon.Shared is { Available: true } adjectives)
            for (var i = 0; i + 1 < Words.Count; i++)
                if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Text, IsFlag: false } described } && Tags[i + 1] is { Kind: TagKind.Column, Column: { } noun } && noun != described
                    && adjectives.Knows(Words[i], PartOfSpeech.Adjective) && !adjectives.Knows(Words[i], PartOfSpeech.Noun) && !adjectives.Knows(Words[i], PartOfSpeech.Verb))
                    Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"describes {noun.Name}");

        // "husband's occupation", "occupation of the husband" of occupation_husb: a column's own name beside a word read as
        // another column, whose name also holds it, is that other column's name in another order.
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is not { Kind: TagKind.Column, Length: 1, Column: { } own } || Language.Words.NameWords(own.Name) is not [var ownName]) continue;
            int[] near = Word(i + 1) == "of" ? [i - 1, Word(i + 2) is "the" or "a" or "an" ? i + 3 : i + 2] : [i - 1, i + 1];
            if (near.Select(TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column, Column: { } other } && other != own
                    && Language.Words.NameWords(other.Name) is { Count: >= 2 } parts && parts.Contains(ownName)) is { Column: { } whole })
                Tags[i] = new Tag(TagKind.Column, i, 1, whole, Reading: $"'{Original[i]}', part of column {whole.Name}'s name");
        }

        // "How many cities" of a city column holding city and state: a column of a few values, one its own name, holds kinds;
        // its name in the plural is the rows of that kind ("by city" is still the column).
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Text, Profile.DistinctCount: <= 20 } kinds } && Language.Words.NameWords(kinds.Name) is [var name]
                && singular[i] == name && Words[i] != name && kinds.Values.TryGetValue(name, out var own))
                Tags[i] = new Tag(TagKind.Value, i, 1, kinds, own, Reading: $"{kinds.Name} = {own} (a kind {kinds.Name} holds)");

        // "the age at diagnosis" of age and diag: a date column after "at" and a number says when that number was taken.
        for (var i = 2; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Date } when } && Words[i - 1] == "at"
                && TagAt(i - 2) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } taken } takenTag && takenTag.Start + takenTag.Length == i - 1)
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"when {taken.Name} was taken ({when.Name})");

        // "conviction rate" of convictions (a share) beside a column rate, "labor force participation rate" of lfp: a word
        // that only says what kind of number a share is, right after it, says so, whatever other column it names.
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { } other } && MeasureNouns.Contains(Words[i])
                && Tags[i - 1] is { Kind: TagKind.Column, Column: { IsShare: true } share } shareTag && shareTag.Start + shareTag.Length == i && share != other)
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what kind of number {share.Name} is");
    }

    /// <summary>
    /// "the largest pore area" of rock samples' area, "consumer debt" of debt: a noun nothing read, right before a number
    /// column's name, in a table of numbers only (no text, no yes or no to pick rows by), only says what the number measures;
    /// in another table, only when WordNet knows the two as one word ("market value").
    /// </summary>
    private void LinkNounsBeforeAMeasure(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        var numbersOnly = !Table.Columns.Any(c => c.Kind is ColumnKind.Text or ColumnKind.Boolean || c.IsFlag);
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Unknown, Reading: null } && Unread(i) && lexicon.Knows(Words[i], PartOfSpeech.Noun) && Language.Words.Singular(Words[i]) == Words[i]
                && Tags[i + 1] is { Kind: TagKind.Column, Length: 1, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } measure }
                && Language.Words.NameWords(measure.Name) is [var name] && (Words[i + 1].StartsWith(name, StringComparison.Ordinal) || name.StartsWith(Words[i + 1], StringComparison.Ordinal)))
            {
                // "market value" of grunfeld-investment's value beside its firms: where text could pick rows, only a noun WordNet
                // knows as one word with the measure's.
                // "Latest time recorded" of a crash's times since impact: the superlative, not WordNet's news.
                if (Words[i] is "latest" or "earliest" && NamedForATime(measure)) Tags[i] = new Tag(TagKind.Keyword, i, 1);
                else if (numbersOnly) Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {measure.Name} is of (nothing in {Table.Name} picks rows by it)");
                else if (lexicon.Knows($"{Words[i]} {Words[i + 1]}", PartOfSpeech.Noun) && !Table.NameWords.Contains(Words[i]))
                    Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"'{Original[i]} {Original[i + 1]}' is one word (WordNet): a kind of {measure.Name}");
            }
    }

    /// <summary>
    /// "girls who reached menarche", "How many girls had reached menarche?" beside a count of girls and a count of those who
    /// reached it: people said before a column named by what they did are what that column counts, not all of them.
    /// </summary>
    private void LinkPeopleCountedByWhatTheyDid(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            if (Tags[i] is not { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } all } || Language.Words.Singular(Words[i]) is var person && person == Words[i]
                || !Senses.NamesAPerson(person, lexicon)) continue;
            var did = i + 1;
            // "girls over 15 had reached": an age between them only says which.
            if (Word(did) is "over" or "under" or "above" or "below" && TagAt(did + 1) is { Kind: TagKind.Number, Length: 1 }) did += 2;
            if (Word(did) is "who" or "that") did++;
            if (Word(did) is "had" or "have" or "has") did++;
            if (TagAt(did) is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } done } && done != all
                && lexicon.BaseForms(Words[did], PartOfSpeech.Verb).Any(b => b != Words[did]))
                for (var j = i; j < did; j++)
                    if (TagAt(j) is not { Kind: TagKind.Number } && !(j > i && Word(j) is "over" or "under" or "above" or "below"))
                    Tags[j] = new Tag(TagKind.Stop, j, 1, done, Reading: j == i ? $"counted by {done.Name}: the {Words[i]} who {Words[did]}" : $"counted by {done.Name}");
        }
    }

    /// <summary>
    /// "age groups" of an age column: after a numeric column's one-word name, a group (WordNet) the two make one noun of is
    /// that column, said whole, in the singular or the plural; not what a count counts ("gold medals" of gold).
    /// </summary>
    private void LinkCompoundsOfAColumnsWord(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is null && Tags[i - 1] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number, IsFlag: false } named } && Language.Words.NameWords(named.Name) is [var own]
                && own == Words[i - 1] && Language.Words.Singular(Words[i]) is var head && Senses.NamesAGroupOfThings(head, lexicon)
                && lexicon.Knows($"{own} {head}", PartOfSpeech.Noun) && !KeywordWords.Contains(Words[i]))
                Set(i - 1, 2, new Tag(TagKind.Column, i - 1, 2, named, Reading: $"'{Original[i - 1]} {Original[i]}' (WordNet: {own} {Language.Words.Singular(Words[i])} is one word) → column {named.Name}"));
    }

    /// <summary>
    /// "How many experiments were run?" beside a run column (1–20): a verb ending a question of how many, after "were", is what
    /// happened to the things counted, not a column of few whole numbers spelled the same; one of amounts ("sold") stays.
    /// </summary>
    private void LinkPassiveEnding(Lexicon lexicon)
    {
        var last = Words.Count - 1;
        if (!lexicon.Available || last < 4 || Words[0] != "how" || Words[1] != "many" || Words[last - 1] is not ("were" or "was")
            || Tags[last] is not { Kind: TagKind.Column, Length: 1, Column: { IsCategoryNumber: true, IsFlag: false } labelled }
            || !lexicon.Knows(Words[last], PartOfSpeech.Verb)
            || !Enumerable.Range(2, last - 3).Any(j => Tags[j] is { Kind: TagKind.Column or TagKind.TableWord } counted && counted.Column != labelled)) return;
        Tags[last] = new Tag(TagKind.Stop, last, 1, Reading: $"what happened to the things counted (a verb, not {labelled.Name})");
    }

    /// <summary>
    /// "How many (different) schools" of school (inner-city, rural…) beside school_id: things counted are told apart by their
    /// identifier; the column of their name alone holds kinds of them.
    /// </summary>
    private void LinkCountedByIdentifier()
    {
        for (var i = 2; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Text } kinds } && Words[i] != Language.Words.Singular(Words[i])
                && (Word(i - 1) is "different" or "distinct" or "separate" or "unique" ? i - 1 : i) is var counted && counted >= 2
                && (Words[counted - 2], Words[counted - 1]) is ("how", "many") or ("number", "of")
                && Table.Columns.Where(c => c != kinds && Language.Words.NameWords(c.Name) is [var thing, "id"] && thing == Language.Words.Singular(Words[i])).ToList() is [var identifier])
                Tags[i] = new Tag(TagKind.Column, i, 1, identifier, Reading: $"'{Original[i]}' told apart by their identifier → column {identifier.Name}");
    }

    /// <summary>
    /// "rural women" of rural_female, "men under 65" of male_under_65: a person WordNet files under one word of a column's
    /// name (a woman is a female), said with the name's other words in order, is that column.
    /// </summary>
    private void LinkPeopleInColumnNames(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        var singular = Words.Select(Language.Words.Singular).ToList();
        for (var start = 0; start + 1 < Words.Count; start++)
            for (var length = Math.Min(4, Words.Count - start); length >= 2; length--)
            {
                if (!Free(start, length)) continue;
                var said = singular.Skip(start).Take(length).ToArray();
                var people = Enumerable.Range(0, length).Where(k => Senses.NamesAPerson(said[k], lexicon)).ToList();
                if (people is not [var k]) continue;
                var broader = Senses.Broader(said[k], lexicon);
                if (Table.Columns.SelectMany(c => c.Aliases.Where(a => a.Length == length && a[k] != said[k] && broader.Contains(a[k])
                        && a.Select((w, n) => n == k || w == said[n]).All(same => same)).Select(a => (Column: c, Kind: a[k]))).Distinct().ToList() is not [var (named, kind)]) continue;
                Set(start, length, new Tag(TagKind.Column, start, length, named,
                    Reading: $"'{string.Join(' ', Original.Skip(start).Take(length))}' (WordNet: a {said[k]} is a {kind}) → column {named.Name}"));
                break;
            }
    }

    /// <summary>"home buyers" of a table of people: a noun before its rows' word that makes a kind of person WordNet knows is part of it.</summary>
    private void LinkCompoundPeople(Lexicon lexicon)
    {
        if (lexicon is not { Available: true }) return;
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is { Reading: PeopleRowsReading } rows && Tags[i - 1] is null or { Kind: TagKind.Unknown } && !KeywordWords.Contains(Words[i - 1])
                && $"{Words[i - 1]} {Language.Words.Singular(Words[i])}" is var compound && Senses.NamesAPerson(compound, lexicon))
                Set(i - 1, 2, rows with { Start = i - 1, Length = 2 });
    }

    /// <summary>
    /// "How many workers are in a union?" of a table of people whose occupation is worker on some rows: a worker is "a person
    /// who works at a specific occupation" (WordNet), and every row has an occupation, so every row is a worker; the value
    /// names one kind of work. Not "patients" of a group of patients and controls (a patient is not defined by a group), nor
    /// "women" read through WordNet (female), nor a word before a noun ("hispanic workers": an adjective there).
    /// </summary>
    private void LinkPeopleEveryRowIs(Lexicon lexicon)
    {
        if (!lexicon.Available || !PeopleRows) return;
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Value, Length: 1, Column: { } kinds, Value: { } value } && Language.Words.Singular(Words[i]) is var one
                && one.Equals(value, StringComparison.OrdinalIgnoreCase) && kinds.Profile.NullCount == 0
                && (one != Words[i] || Word(i - 1) is "the" or "a" or "an" or "each" or "every" || TagAt(i - 1) is { Superlative: true })
                && Senses.NamesAPerson(one, lexicon) && Language.Words.NameWords(kinds.Name) is [var kind]
                && lexicon.Synsets(one, PartOfSpeech.Noun)[0].Definition.Split(';')[0].Split(' ').Contains(kind))
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: PeopleRowsReading);
    }

    /// <summary>
    /// "homeowners" of credit-card-applications' yes-or-no owner: people of a kind WordNet puts under a flag column's name in
    /// one of its first two senses (a homeowner is an owner, one who owns something) are the rows where it holds, not all the
    /// rows of a table of people.
    /// </summary>
    private void LinkPeopleOfAFlag(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.TableWord, Reading: PeopleRowsReading } && Language.Words.Singular(Words[i]) is var person
                && lexicon.Synsets(person, PartOfSpeech.Noun).FirstOrDefault() is { } sense
                && lexicon.KindsOf([sense], 2, instances: false).Select(k => k.Offset).ToHashSet() is var above
                && Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && name != person
                    && lexicon.Synsets(name, PartOfSpeech.Noun).Take(2).Any(n => n.LexFile == sense.LexFile && above.Contains(n.Offset))).ToList() is [var flag])
                Tags[i] = new Tag(TagKind.Column, i, 1, flag, Reading: $"WordNet: a {person} is a kind of {flag.Name.ToLowerInvariant()} → column {flag.Name}");
    }

    /// <summary>
    /// "the husband's wage", "women whose husbands attended college" of hwage beside wage, hcollege beside college: a
    /// person named a few words before a column whose name, after that person's initial, is another column's, is whose it is.
    /// </summary>
    private void LinkInitialledPeople(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is { Kind: TagKind.Column or TagKind.Value } || Language.Words.Singular(Words[i]) is not { Length: >= 3 } person || !Senses.NamesAPerson(person, lexicon)) continue;
            for (var k = i + 1; k <= Math.Min(Words.Count - 1, i + 3); k++)
            {
                if (Tags[k] is not { Kind: TagKind.Column, Column: { } named } tag) continue;
                // The column named by its own word ("wage", "college"), not through a sense ("older" is no wage of the workers).
                if (Language.Words.NameWords(named.Name) is [var own] && Language.Words.Singular(Words[tag.Start + tag.Length - 1]) == own
                    && Table.Columns.FirstOrDefault(c => string.Equals(c.Name, person[0] + named.Name, StringComparison.OrdinalIgnoreCase)) is { } owned)
                {
                    Set(tag.Start, tag.Length, new Tag(TagKind.Column, tag.Start, tag.Length, owned, Reading: $"the {person}'s {named.Name}, its initial before the name → column {owned.Name}"));
                    Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"whose {owned.Name} it is");
                }
                break;
            }
        }
    }

    /// <summary>
    /// "star types" of stars' star and type: the rows' own noun, in the singular before another column's name in the plural,
    /// only says whose; the rows' names are not asked.
    /// </summary>
    private void LinkRowsNounBeforeColumn()
    {
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Text } rows } && Table.NameWords.Contains(Words[i])
                && Language.Words.NameWords(rows.Name) is [var name] && name == Words[i] && rows.Profile.DistinctCount >= 0.9 * Table.RowCount
                && Tags[i + 1] is { Kind: TagKind.Column, Column: { } other } next && other != rows
                && Word(i + next.Length) is var last && Language.Words.Singular(last) != last)
                Tags[i] = new Tag(TagKind.TableWord, i, 1);
    }

    /// <summary>
    /// "Which ship type", "by ship type" of ship-accidents' type: the rows' noun in the singular between a word asking which
    /// or grouping and a text column's name only says whose the column is.
    /// </summary>
    private void LinkRowsNounOwningColumn()
    {
        for (var i = 1; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.TableWord, Length: 1, Rows: false } && Language.Words.Singular(Words[i]) == Words[i] && Words[i - 1] is "which" or "what" or "by" or "per" or "each"
                && Tags[i + 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } owned }
                && Language.Words.NameWords(owned.Name).Select(Language.Words.Singular).Contains(Language.Words.Singular(Words[i + 1]))
                && Lexicon.Shared.BaseForms(Words[i + 1], PartOfSpeech.Verb).All(b => b == Words[i + 1]))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: RowsOwnReading);
    }

    /// <summary>
    /// "the oldest passenger" of passengerClass: a person's noun alone, the first word of a column's name whose second only
    /// sorts them (a class, a type, a status), is the rows, not that column.
    /// </summary>
    private void LinkClassifiedRows()
    {
        if (Lexicon.Shared is not { Available: true } lexicon) return;
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { } sorting } && Language.Words.NameWords(sorting.Name) is [var noun, "class" or "type" or "kind" or "category" or "group" or "status"]
                && Language.Words.Singular(Words[i]) == noun && Senses.NamesAPerson(noun, lexicon))
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: PeopleRowsReading);
    }

    /// <summary>
    /// "How many applicants were denied mortgage insurance?" of yes-or-no deny and insurance: a verb read as one such column
    /// whose object is another says what happened to that other, not whether the first holds; it is left unread.
    /// </summary>
    private void UnlinkVerbsOfAnotherFlag()
    {
        if (Lexicon.Shared is not { Available: true } lexicon) return;
        for (var i = 1; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { IsFlag: true } verbFlag } && lexicon.BaseForms(Words[i], PartOfSpeech.Verb).Any(b => b != Words[i])
                && (TagAt(i + 1) is { Kind: TagKind.Column, Column: { IsFlag: true } first } && first != verbFlag
                    || Tags[i + 1] is not { Kind: TagKind.Column or TagKind.Value or TagKind.Number } && TagAt(i + 2) is { Kind: TagKind.Column, Column: { IsFlag: true } second } && second != verbFlag))
                Tags[i] = new Tag(TagKind.Unknown, i, 1);
    }

    /// <summary>Which part of a person's name a column holds: "first" (first_name, given name) or "last" (last_name, surname).</summary>
    private static string? NamePart(LanguageColumn column) => Language.Words.NameWords(column.Name) switch
    {
        ["first" or "given", "name"] or ["firstname" or "forename"] => "first",
        ["last" or "family", "name"] or ["lastname" or "surname"] => "last",
        _ => null,
    };

    /// <summary>How many of the question's words from <paramref name="start"/> the parts of a column's name abbreviate, in turn; 0 if not.</summary>
    private int Abbreviates(IReadOnlyList<string> parts, int start)
    {
        var at = start;
        var shortened = false;
        foreach (var part in parts)
        {
            // A name of one word ("gc") only as initials: as a beginning ("dir" of "direction") it is the shortened word.
            // "FLC group" → flc.grp: a part no dictionary knows, of consonants the word has in order, is that word written short.
            if (parts.Count > 1 && at < Words.Count && Tags[at] is null && part.Length >= 3 && (Words[at].StartsWith(part, StringComparison.Ordinal)
                || part.All(l => char.IsAsciiLetter(l) && !"aeiou".Contains(l)) && Shortens(part, Words[at]) && Lexicon.Shared is { Available: true } dictionary && !dictionary.IsWord(part)))
            {
                shortened |= Words[at] != part;
                at++;
            }
            else if (part.Length is 2 or 3 && part.All(char.IsAsciiLetter) && Initials(part, at) is > 0 and var spelled)
            {
                shortened = true;
                at += spelled;
            }
            else return 0;
        }
        return shortened ? at - start : 0;
    }

    /// <summary>
    /// How many of the question's words from <paramref name="at"/> spell <paramref name="initials"/> by their first letters,
    /// a word of parts joined by hyphens by each part's ("socio-economic status" → ses); 0 if they do not.
    /// </summary>
    private int Initials(string initials, int at)
    {
        var (k, spelled) = (at, 0);
        while (spelled < initials.Length)
        {
            // Not a comparison ("content above" is no Ca).
            if (k >= Words.Count || Tags[k] is not null || Words[k].Length < 2
                || Words[k] is "above" or "below" or "under" or "more" or "less" or "fewer" or "greater" or "than" or "before" or "after" or "since") return 0;
            var parts = Words[k].Split('-', StringSplitOptions.RemoveEmptyEntries);
            // "socioeconomic status" → ses: a word run together from a beginning and a word of its own spells both initials.
            if (parts is [var closed] && Joined(closed, initials, spelled) is { } halves) parts = halves;
            // "activities of daily living" → adl: a joining word inside the words may be left out of the initials.
            if (k > at && Words[k] is "of" or "and" or "for" or "to" && Words[k][0] != initials[spelled]) { k++; continue; }
            if (spelled + parts.Length > initials.Length || parts.Where((p, j) => p[0] != initials[spelled + j]).Any()) return 0;
            // "end of life" → eol, "right to left" → rtl, "property value alias" → pva: a joining or common word counts inside
            // the words, not at either end.
            if (Language.Words.StopWords.Contains(Words[k]) && (Words[k] is "the" or "a" or "an" || k == at || spelled + parts.Length == initials.Length)) return 0;
            spelled += parts.Length;
            k++;
        }
        return k - at;
    }

    /// <summary>
    /// "socioeconomic" as socio and economic, where the initials ask for two letters the word begins and its ending word
    /// (of five letters or more, WordNet's) begins; null if it is not so.
    /// </summary>
    private static string[]? Joined(string word, string initials, int spelled)
    {
        if (spelled + 1 >= initials.Length || word.Length < 8 || word[0] != initials[spelled] || Lexicon.Shared is not { Available: true } lexicon) return null;
        for (var cut = 3; cut + 5 <= word.Length; cut++)
            if (word[cut] == initials[spelled + 1] && lexicon.IsWord(word[cut..])) return [word[..cut], word[cut..]];
        return null;
    }

    /// <summary>
    /// How many of the question's words from <paramref name="at"/> have beginnings that, run together, spell
    /// <paramref name="name"/> from <paramref name="from"/> on; 0 if none do. A beginning is the whole word or at least its
    /// first letter (of a word of three letters or more), and the words are not stop words and not yet linked to anything but a column.
    /// </summary>
    private int RunTogether(string name, int from, int at)
    {
        if (from == name.Length) return 0;
        // A word already read as a column of its own may begin a longer name ("GNP deflator" → GNPDEFL, not GNP); a short
        // word only whole ("TV news" → TVnews).
        // A stop word of five letters or more may begin one ("reported weight" → repwt), or an adjective of four ("full
        // basement" → fullbase).
        if (at >= Words.Count || Tags[at] is not (null or { Kind: TagKind.Column, Length: 1 })
            || Language.Words.StopWords.Contains(Words[at]) && (from > 0 || Words[at].Length < 4
                || Words[at].Length == 4 && (KeywordWords.Contains(Words[at]) || !Lexicon.Shared.Knows(Words[at], PartOfSpeech.Adjective)))) return -1;
        for (var length = Math.Min(Words[at].Length, name.Length - from); length >= 1 && (length == Words[at].Length || Words[at].Length >= 3); length--)
            if (string.CompareOrdinal(name, from, Words[at], 0, length) == 0 && RunTogether(name, from + length, at + 1) is >= 0 and var rest)
                return rest + 1;
        // "body weight" → bodywt: after a whole word, the rest of the name may shorten the last word, its letters in order.
        return from > 0 && name.Length - from >= 2 && Shortens(name[from..], Words[at]) ? 1 : -1;
    }

    /// <summary>
    /// "Isle Thorns" of IsleThorns, "Ashley Rails": capitalised words nothing read that, run together, are one column's value.
    /// </summary>
    private void LinkValuesWrittenApart()
    {
        for (var length = 3; length >= 2; length--)
            for (var start = 0; start + length <= Words.Count; start++)
            {
                if (!Enumerable.Range(start, length).All(k => Tags[k] is null or { Kind: TagKind.Unknown } && char.IsUpper(Original[k][0]))) continue;
                var joined = string.Concat(Words.Skip(start).Take(length));
                if (Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.ContainsKey(joined)).ToList() is [var holder])
                    Set(start, length, new Tag(TagKind.Value, start, length, holder, holder.Values[joined],
                        Reading: $"'{string.Join(' ', Original.Skip(start).Take(length))}' run together → {holder.Name} = {holder.Values[joined]}"));
            }
    }

    /// <summary>
    /// "age at first birth" of agefirstbirth: a name no dictionary knows that is three words or more run together whole, the
    /// small words between them left out, is those words, whatever each alone was read as.
    /// </summary>
    private void LinkNamesRunTogetherWhole()
    {
        if (Lexicon.Shared is not { Available: true } lexicon) return;
        var names = Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var only] && only.Length >= 8 && only.All(char.IsAsciiLetter) && !lexicon.IsWord(only))
            .Select(c => (Column: c, Name: c.Name.ToLowerInvariant())).ToList();
        if (names.Count == 0) return;
        for (var start = 0; start < Words.Count; start++)
            for (var end = Math.Min(Words.Count - 1, start + 5); end >= start + 2; end--)
            {
                var said = Words.Skip(start).Take(end - start + 1).ToList();
                if (SmallWords.Contains(said[0]) || SmallWords.Contains(said[^1])) continue;
                var whole = said.Where(w => !SmallWords.Contains(w)).ToList();
                if (whole.Count < 3 || names.Where(n => n.Name == string.Concat(whole)).ToList() is not [var (column, _)]) continue;
                Set(start, said.Count, new Tag(TagKind.Column, start, said.Count, column, Reading: $"'{string.Join(' ', Original.Skip(start).Take(said.Count))}' run together → column {column.Name}"));
                start = end;
                break;
            }
    }

    private static readonly HashSet<string> SmallWords = ["at", "of", "in", "the", "a", "an", "per", "for", "on", "to"];

    /// <summary>
    /// "cost share of fuel" of fuelshare, "the rate of literacy" of literacy_rate: a column's name of two words (or two run
    /// together), said the other way round with "of" between (or "in", "from", the second shortened), for one column only.
    /// </summary>
    private void LinkNamesSaidWithOf()
    {
        for (var i = 0; i + 2 < Words.Count; i++)
        {
            if (Word(i + 1) is not ("of" or "in" or "from")) continue;
            var of = Word(i + 2) == "the" ? i + 3 : i + 2;
            if (of >= Words.Count || new[] { i, of }.Any(k => Tags[k] is not (null or { Kind: TagKind.Column, Length: 1 }))) continue;
            var (head, owner) = (Language.Words.Singular(Words[i]), Language.Words.Singular(Words[of]));
            if (Word(i + 1) == "of" && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is var name
                    && (name is [var first, var second] && first == owner && second == head || name is [var only] && only == owner + head)).ToList() is [var column])
            {
                Set(i, of - i + 1, new Tag(TagKind.Column, i, of - i + 1, column, Reading: $"'{string.Join(' ', Original.Skip(i).Take(of - i + 1))}' said the other way round → column {column.Name}"));
                continue;
            }
            // "equations in appendices" → appequations, "equations in the main text" → mainequations, "citations from
            // theoretical papers" → theocites: the start of the word after the preposition (three letters or more) run
            // together with the word before it, or with the verb it is formed from (cite); a noun after that word is its own.
            if (Lexicon.Shared is not { Available: true } lexicon) continue;
            var heads = new[] { Words[i], head }.Concat(VerbsFormedInto(head, lexicon).Select(v => v + "s")).Distinct().ToList();
            var found = Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var only] && heads.Any(h => only.Length - h.Length >= 3 && only.EndsWith(h, StringComparison.Ordinal)
                    && Words[of].StartsWith(only[..^h.Length], StringComparison.Ordinal))).ToList();
            if (found is not [var shortened] || shortened.Kind != ColumnKind.Number) continue;
            var end = of + 1 < Words.Count && Tags[of + 1] is null && !KeywordWords.Contains(Words[of + 1]) && lexicon.Knows(Language.Words.Singular(Words[of + 1]), PartOfSpeech.Noun) ? of + 1 : of;
            Set(i, end - i + 1, new Tag(TagKind.Column, i, end - i + 1, shortened, Reading: $"'{string.Join(' ', Original.Skip(i).Take(end - i + 1))}' said the other way round → column {shortened.Name}"));
        }
    }

    /// <summary>
    /// "total population" of murders' total and population: a column named by an aggregate's word, before another numeric
    /// column's name, is that aggregate of it.
    /// </summary>
    private void LinkAggregateBeforeColumn()
    {
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { } named } && Words[i] is "total" or "sum" or "average" or "mean" or "maximum" or "minimum" or "max" or "min"
                && TagAt(i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } next } && next != named)
                Tags[i] = new Tag(TagKind.Keyword, i, 1, Reading: $"an aggregate of {next.Name}, not column {named.Name}");
    }

    /// <summary>Whether a value ends with another as a part of its own: a word ("Assoc Prof") or a capitalised part ("AsstProf"), not "Female" with "male".</summary>
    private static bool EndsWithPart(string value, string part) => value.Length > part.Length && value.EndsWith(part, StringComparison.OrdinalIgnoreCase)
        && value[^(part.Length + 1)] is var before && (!char.IsLetterOrDigit(before) || char.IsUpper(value[^part.Length]) && char.IsLower(before));

    /// <summary>
    /// The one whole-number column called total or count of a table named by an act or an event (WordNet) whose rows a text
    /// column names one each: what the rows count, not what they are.
    /// </summary>
    private LanguageColumn? ActsCounted(string noun) => Lexicon.Shared is { Available: true } lexicon && Senses.NamesAnActOrEvent(noun, lexicon)
        && Table.Columns.Any(c => c.Kind == ColumnKind.Text && c.Profile.DistinctCount == Table.RowCount) ? TotalColumn : null;

    /// <summary>
    /// Of a panel (a row per unit and year), the number column the plural that ends the table's name begins with
    /// ("fatalities" of traffic-fatalities: fatal).
    /// </summary>
    private LanguageColumn? CountedByPanel(string word) => Table.PanelUnit is not null && Language.Words.Singular(word) is var noun && noun != word
        && Language.Words.NameWords(Table.Name) is [.., var head] && Language.Words.Singular(head) == noun
        && AbbreviatedColumn(noun) is { Kind: ColumnKind.Number, IsYearNumber: false } counts ? counts : null;

    /// <summary>
    /// The one whole-number column named by the verb a plural noun is formed from ("citations" → cites, "self-citations" →
    /// selfcites; not "arrests" of a checks column, though to arrest is to check, nor "travellers", people, of travel time).
    /// </summary>
    private LanguageColumn? CountedByItsVerb(string word)
    {
        // "self-citations" of selfcites: the part before a hyphen begins the name.
        var (before, plural) = word.Split('-') is [var first, var second] ? (first, second) : ("", word);
        return Lexicon.Shared is { Available: true } lexicon && Language.Words.Singular(plural) is var noun && noun != plural
            && !Senses.NamesAPersonInSomeSense(noun, lexicon) && VerbsFormedInto(noun, lexicon) is { Count: > 0 } verbs
            && Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && ColumnTypes.IsInteger(c.Type) && Language.Words.NameWords(c.Name) is [var name]
                    && name.StartsWith(before, StringComparison.Ordinal) && name[before.Length..] is { Length: > 0 } rest
                    && lexicon.BaseForms(rest, PartOfSpeech.Verb).Any(verbs.Contains)).ToList() is [var counts]
            ? counts : null;
    }

    /// <summary>
    /// The one number column of a one-word plural name that ends the noun, where WordNet makes the noun a kind of it
    /// ("policyholders" of Holders: a policyholder is a holder).
    /// </summary>
    private LanguageColumn? CountedByCompoundEnding(string word) => Lexicon.Shared is { Available: true } lexicon && Language.Words.Singular(word) is { Length: >= 6 } noun
        && Table.Columns.Where(c => c is { CountsThings: true } && Language.Words.NameWords(c.Name) is [var name] && Language.Words.Singular(name) is { Length: >= 3 } part
                && noun.Length > part.Length + 2 && noun.EndsWith(part, StringComparison.Ordinal)
                && lexicon.KindsOf(lexicon.Synsets(noun, PartOfSpeech.Noun).Take(1), 1).Any(kind => kind.Words.Contains(part))).ToList() is [var counts]
            ? counts : null;

    /// <summary>The table's one whole-number column called total or count, if it has exactly one.</summary>
    private LanguageColumn? TotalColumn => Table.Columns
        .Where(c => c.Kind == ColumnKind.Number && ColumnTypes.IsInteger(c.Type) && Language.Words.NameWords(c.Name) is ["total" or "count"]).ToList() is [var total] ? total : null;

    /// <summary>A word of the table's name, in no column's, that is another word for the noun's first sense ("quake": earthquake).</summary>
    private string? SynonymOfTableWord(string noun) => Lexicon.Shared is { Available: true } lexicon
        && lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { } sense
            ? NameWordsNoColumnHolds.FirstOrDefault(w => w != noun && sense.Words.Contains(w, StringComparer.OrdinalIgnoreCase))
            : null;

    /// <summary>A word of the table's name no dictionary knows that begins with the question's noun ("iconify" of icon).</summary>
    private string? TableWordGrownFrom(string word) => word.Length >= 4 && Lexicon.Shared is { Available: true } lexicon && lexicon.Knows(word, PartOfSpeech.Noun)
        ? Table.NameWords.FirstOrDefault(n => n.Length > word.Length && !lexicon.IsWord(n) && n.StartsWith(word, StringComparison.Ordinal))
        : null;

    /// <summary>A word of the table's name no dictionary knows, of three letters or more, that the question's noun begins ("langs": languages).</summary>
    private string? ShortenedTableWord(string word) => Lexicon.Shared is { Available: true } lexicon && lexicon.Knows(word, PartOfSpeech.Noun)
        ? Table.NameWords.Select(Language.Words.Singular).FirstOrDefault(n => n.Length >= 3 && !lexicon.IsWord(n)
            && (n.Length < word.Length && word.StartsWith(n, StringComparison.Ordinal)
                // "error" of errno-codes: the shortened noun may be followed by "no", the number of each.
                || n.Length >= 5 && n.EndsWith("no", StringComparison.Ordinal) && word.StartsWith(n[..^2], StringComparison.Ordinal)))
        : null;

    /// <summary>A numeric column named by a year alone (<c>1990</c>): a measure of that year.</summary>
    private static bool NamedByYear(LanguageColumn column) =>
        column.Kind == ColumnKind.Number && column.Name.Length == 4 && column.Name.All(char.IsAsciiDigit);

    /// <summary>A numeric column named by a month alone (<c>JAN</c>, <c>March</c>): a measure of that month.</summary>
    private static bool NamedByMonth(LanguageColumn column) =>
        column.Kind == ColumnKind.Number && Language.Words.NameWords(column.Name) is [var name] && Language.Words.Month(name) is not null;

    /// <summary>Whether a text column holds codes (numbers written as text, short capitals, short lower case: `ger`) rather than words.</summary>
    private static bool HoldsCodes(LanguageColumn column) =>
        column.MostlyDigits || column.Values.Values.Distinct().ToList() is { Count: > 0 } values
            && values.Count(v => v.Length <= 4 && (v.All(c => char.IsUpper(c) || char.IsDigit(c)) || v.All(c => char.IsLower(c) || char.IsDigit(c)))) * 2 > values.Count;

    /// <summary>
    /// Where a table has a latitude or a longitude, the points of the compass rank and compare by it:
    /// "northernmost", "furthest west" (ranked), "south of 35" (compared, read with the comparisons).
    /// </summary>
    private void LinkCompass()
    {
        for (var i = 0; i < Words.Count; i++)
        {
            var word = Words[i];
            // "furthest north" of a table whose bounds are columns named north, south, east and west: that column, ranked.
            var bound = Tags[i] is { Kind: TagKind.Column, Column: { } named } && Language.Words.NameWords(named.Name) is [var only] && only == word;
            if (Tags[i] is not null && !(bound && Word(i - 1) is "furthest" or "farthest" or "most")) continue;
            // "northern towns" of a column holding North and South: that value.
            if (Tags[i] is null && word is "northern" or "southern" or "eastern" or "western" && word[..^3] is var side
                && Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.ContainsKey(side)).ToList() is [var sided])
            {
                Tags[i] = new Tag(TagKind.Value, i, 1, sided, sided.Values[side], Reading: $"{sided.Name} = {sided.Values[side]} ('{word}')");
                continue;
            }
            var point = word.EndsWith("ernmost", StringComparison.Ordinal) ? word[..^"ernmost".Length]
                : word is "north" or "south" or "east" or "west" ? word : null;
            if (point is null || CompassColumn(point) is not { } column) continue;
            var high = point is "north" or "east";
            var ranked = point != word || Word(i - 1) is "furthest" or "farthest" or "most";
            Tags[i] = new Tag(TagKind.Column, i, 1, column, Pole: high ? 1 : -1, Superlative: ranked,
                Reading: $"{(high ? "high" : "low")} {column.Name} ({point}){(ranked ? ", ranked" : "")}");
            if (ranked && point == word) Tags[i - 1] = new Tag(TagKind.Stop, i - 1, 1);
        }
    }

    /// <summary>
    /// Lines the data measures from, written as words: "the equator" is latitude 0 ("south of the equator", "the southern
    /// hemisphere"), "the prime meridian" longitude 0, "sea level" an altitude or elevation of 0 ("below sea level").
    /// Each is a number the comparison beside it reads, against its column.
    /// </summary>
    private void LinkReferenceLines()
    {
        var latitude = Axis(Table, LatitudeNames);
        var longitude = Axis(Table, LongitudeNames);
        var height = HeightColumn(Lexicon.Shared);
        for (var i = 0; i < Words.Count; i++)
        {
            var (width, column, line) = Words[i] switch
            {
                "equator" => (1, latitude, "the equator"),
                "meridian" when Word(i - 1) == "prime" => (1, longitude, "the prime meridian"),
                "hemisphere" when Word(i - 1) is "southern" or "northern" => (1, latitude, "the equator"),
                "hemisphere" when Word(i - 1) is "eastern" or "western" => (1, longitude, "the prime meridian"),
                "sea" when Word(i + 1) == "level" => (2, height, "sea level"),
                _ => (0, null, ""),
            };
            if (column is null || !Free(i, width)) continue;
            Set(i, width, new Tag(TagKind.Number, i, width, column, Number: 0, Reading: $"{line}: {column.Name} 0"));
            if (Word(i - 1) == "prime" && Tags[i - 1] is null) Tags[i - 1] = new Tag(TagKind.Stop, i - 1, 1);
            // "the southern hemisphere": south of the line, read like "south of".
            // A value spelled so ("Southern") is not what "the southern hemisphere" says.
            if (Words[i] == "hemisphere" && Tags[i - 1] is null or { Kind: TagKind.Value })
            {
                var high = Word(i - 1) is "northern" or "eastern";
                Tags[i - 1] = new Tag(TagKind.Column, i - 1, 1, column, Pole: high ? 1 : -1, Reading: $"{(high ? "above" : "below")} {line} → column {column.Name}");
            }
        }
    }

    /// <summary>The table's one numeric column measuring what "high" is an attribute of (an elevation, an altitude, a height).</summary>
    private LanguageColumn? HeightColumn(Lexicon lexicon)
    {
        var heights = Senses.AttributesOf("high", lexicon);
        return Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && Language.Words.NameWords(c.Name).Any(heights.Contains)).ToList() is [var only] ? only : null;
    }

    /// <summary>"What does 404 mean?", "What does CET stand for?": a question about what a value means, not an average.</summary>
    public bool AsksMeaning { get; private set; }

    private void LinkMeaning()
    {
        var meaning = Words is [.., "mean"] ? 1 : Words is [.., "stand", "for"] ? 2 : 0;
        if (meaning == 0 || !Words.Take(Words.Count - meaning).Any(w => w is "does" or "do" or "did")) return;
        AsksMeaning = true;
        Set(Words.Count - meaning, meaning, new Tag(TagKind.Stop, Words.Count - meaning, meaning, Reading: "asks what it means"));
    }

    private static readonly HashSet<string> CharacterWords = ["characters", "character", "letters", "letter", "chars"];

    /// <summary>"items that stack to 16" of stackSize: after a column named by its verb, "to" and a number say the amount it comes to.</summary>
    private void LinkAmountReached()
    {
        for (var i = 0; i + 2 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } reached } && Words[i + 1] == "to" && Tags[i + 2] is { Kind: TagKind.Number }
                && Language.Words.NameWords(reached.Name) is [var verb, _] && Language.Words.Singular(Words[i]) == verb
                && Lexicon.Shared is { Available: true } verbs && verbs.Knows(verb, PartOfSpeech.Verb))
                Tags[i + 1] = new Tag(TagKind.Stop, i + 1, 1, Reading: $"the amount {reached.Name} comes to");
    }

    /// <summary>
    /// "names longer than 20 characters", "titles with fewer than 5 letters": a number of characters is the length of the
    /// text column named before it, or where none is, of the one column called a name or title.
    /// </summary>
    private void LinkTextLengths()
    {
        for (var i = 1; i < Words.Count; i++)
        {
            if (!CharacterWords.Contains(Words[i]) || Tags[i] is not null || Tags[i - 1] is not { Kind: TagKind.Number }) continue;
            var text = Enumerable.Range(Math.Max(0, i - 7), i - Math.Max(0, i - 7)).Reverse().Select(TagAt)
                           .FirstOrDefault(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Text })?.Column
                       ?? (Table.Columns.Where(c => c.Kind == ColumnKind.Text && Language.Words.NameWords(c.Name).Any(w => w is "name" or "title" or "label")).ToList() is [var named] ? named : null);
            if (text is null) continue;
            Tags[i] = new Tag(TagKind.Stop, i, 1, text, OfLength: true, Reading: $"the length of {text.Name}");
            if (Word(i - 2) == "than" && Word(i - 3) is "longer" or "shorter" && Tags[i - 3] is null)
                Tags[i - 3] = new Tag(TagKind.Stop, i - 3, 1, Reading: $"compares the length of {text.Name}");
        }
    }

    /// <summary>Text a value starts with, ends with or contains ("a name starting with C"): the words that say so, and the text.</summary>
    private void LinkPatterns()
    {
        // "companies in the list": the whole table, said last.
        if (Words.Count >= 4 && Words[^3] is "in" or "on" && Words[^2] == "the" && Words[^1] is "list" or "ranking" or "table" or "dataset" or "data")
            Tags[^1] = new Tag(TagKind.Stop, Words.Count - 1, 1, Reading: "the whole table");
        // "won the most times": how often, not a column of times.
        if (Words.Count >= 2 && Words[^1] == "times" && Words[^2] is "most" or "least")
            Tags[^1] = new Tag(TagKind.Stop, Words.Count - 1, 1, Reading: "how often");
        for (var i = 0; i + 1 < Words.Count; i++)
        {
            var with = Words[i] is "starting" or "starts" or "start" or "beginning" or "begins" or "begin" or "ending" or "ends" or "end" && Word(i + 1) == "with";
            // "gray in their name": the text inside a text column's values.
            if (Word(i + 1) == "in" && Word(i + 2) is "their" or "its" && i + 3 < Words.Count && Free(i, 3) && !Language.Words.StopWords.Contains(Words[i])
                && Table.Columns.Any(c => c.Kind == ColumnKind.Text && Language.Words.NameWords(c.Name) is [var own] && own == Language.Words.Singular(Words[i + 3])))
            {
                Tags[i] = new Tag(TagKind.Stop, i, 1, Value: Original[i], Reading: $"the text '{Original[i]}'");
                Tags[i + 1] = new Tag(TagKind.Stop, i + 1, 1);
                Tags[i + 2] = new Tag(TagKind.Stop, i + 2, 1);
                continue;
            }
            var text = with ? i + 2 : Words[i] is "containing" or "contains" or "contain" ? i + 1 : -1;
            // "start with the letter Z", "end with the word Grey": what the text is, said before it.
            if (text > 0 && Word(text) is "the" or "a" && Word(text + 1) is "letter" or "letters" or "word" or "words" && text + 2 < Words.Count) text += 2;
            if (text < 0 || text >= Words.Count || !Free(i, text - i + 1)) continue;
            // "mixtures that contain no fly ash": an amount contained, not a text.
            if (!with && Word(text) is "no" or "any" or "more" or "less" or "at" or "over" or "under" || !Table.Columns.Any(c => c.Kind == ColumnKind.Text)) continue;
            for (var j = i; j < text; j++) Tags[j] = new Tag(TagKind.Stop, j, 1);
            // "starts with Creative Commons": a name goes on while its words are capitalised.
            var length = 1;
            while (text + length < Words.Count && Original[text + length] is [var initial, ..] && char.IsUpper(initial) && !KeywordWords.Contains(Words[text + length])) length++;
            var written = string.Join(' ', Original.Skip(text).Take(length));
            Set(text, length, new Tag(TagKind.Stop, text, length, Value: written, Reading: $"the text '{written}'"));
        }
    }

    /// <summary>
    /// Days of the week no value names ("on Sundays", "at weekends", "on weekdays"): their ISO numbers (Monday 1 … Sunday 7),
    /// read against a date column. "weekday" alone stays the grouping it is ("by weekday").
    /// </summary>
    private void LinkWeekdays()
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is not null && Tags[i]!.Kind != TagKind.Keyword) continue;
            var day = Language.Words.Singular(Words[i]);
            int[]? days = day switch
            {
                "weekend" => [6, 7],
                "weekday" when Words[i] == "weekdays" || Word(i - 1) is "on" or "during" => [1, 2, 3, 4, 5],
                _ => Language.Words.Weekday(day) is { } iso ? [iso] : null,
            };
            if (days is not null) Tags[i] = new Tag(TagKind.Weekday, i, 1, Value: string.Join(',', days));
        }
    }

    /// <summary>
    /// The column of a table's bound named by the point itself (country-by-geo-coordinates' <c>north</c>), or else its one
    /// latitude column for north and south, its one longitude column for east and west.
    /// </summary>
    private LanguageColumn? CompassColumn(string point)
    {
        if (Table.Columns.Where(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name) is [var only] && only == point).ToList() is [var bound]) return bound;
        return Axis(Table, point is "north" or "south" ? LatitudeNames : LongitudeNames);
    }

    /// <summary>
    /// "babies with a low birth weight" of birthwt's low (1 or 0) beside bwt: a yes-or-no column named by an adjective, before
    /// a measure, is yes for rows the adjective describes the measure of; the measure only says what it is about.
    /// </summary>
    private void LinkFlagAdjectives(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 1; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Pole: 0, Column: { IsFlag: true } flag } && Language.Words.NameWords(flag.Name) is [var name] && name == Words[i]
                && Words[i - 1] is "a" or "an" && lexicon.Knows(name, PartOfSpeech.Adjective)
                && Tags[i + 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsFlag: false } measure } about && about.Start == i + 1)
                Set(i, 1 + about.Length, new Tag(TagKind.Column, i, 1 + about.Length, flag, Predicate: true,
                    Reading: $"column {flag.Name}, yes ({measure.Name} {name})"));
    }

    /// <summary>
    /// "AG positive", "AG negative" of an ag column holding present and absent: an adjective right after a column of two
    /// words, which WordNet defines by one of them or by a noun made from it, is that value, or the other where the
    /// definition denies it.
    /// </summary>
    private void LinkAffirmingAdjectives(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is not { Kind: TagKind.Column or TagKind.Value } && Tags[i - 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, Values.Count: 2 } two } named
                && named.Start + named.Length == i && lexicon.Knows(Words[i], PartOfSpeech.Adjective)
                && Senses.AffirmedValue(Words[i], two.Values.Keys.ToList(), lexicon) is { } affirmed)
                Tags[i] = new Tag(TagKind.Value, i, 1, two, two.Values[affirmed], Reading: $"{two.Name} = {two.Values[affirmed]} (WordNet: '{Words[i]}' is defined by {affirmed})");
    }

    /// <summary>
    /// "got a call back", "got a callback" of a yes-or-no call column: a verb WordNet makes of the column's one-word name and
    /// a particle, in two words or run together, is that column; "workers smoke" of a smoker column: the verb of what the
    /// person it names does (even where the table's name holds either: smoking-ban, resume-callbacks).
    /// </summary>
    private void LinkFlagVerbs(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        var flags = Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [_]).Select(c => (Column: c, Name: Language.Words.NameWords(c.Name)[0])).ToList();
        var doneBy = flags.Where(f => Senses.NamesAPerson(f.Name, lexicon)).Select(f => (f.Column, Does: Senses.PersonDoes(f.Name, lexicon)))
            .Where(f => f.Does is not (null or "be" or "have")).ToList();
        for (var i = 1; i < Words.Count && doneBy.Count > 0; i++)
            if (Tags[i] is null or { Kind: TagKind.TableWord } && !BeWords.Contains(Words[i]) && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i])
                && lexicon.BaseForms(Words[i], PartOfSpeech.Verb) is { Count: > 0 } acts && doneBy.Where(f => acts.Contains(f.Does!)).ToList() is [var (doers, _)])
                Tags[i] = new Tag(TagKind.Column, i, 1, doers, Reading: $"'{Words[i]}' (WordNet: what a {doers.Name.ToLowerInvariant()} does) → column {doers.Name}", Predicate: true);
        var verbs = flags.Where(f => lexicon.Knows(f.Name, PartOfSpeech.Verb)).ToList();
        for (var i = 0; i < Words.Count; i++)
            foreach (var (flag, name) in verbs)
            {
                if (Tags[i] is { Kind: TagKind.Column, Length: 1 } && Tags[i]!.Column == flag && Words[i] == name && i + 1 < Words.Count && Tags[i + 1] is null
                    && Words[i + 1].Length >= 2 && lexicon.Knows($"{name} {Words[i + 1]}", PartOfSpeech.Verb))
                    Set(i, 2, new Tag(TagKind.Column, i, 2, flag, Reading: $"'{name} {Words[i + 1]}' (WordNet: a verb of {name}) → column {flag.Name}"));
                else if (Tags[i] is null or { Kind: TagKind.TableWord } && Language.Words.Singular(Words[i]) is var noun && noun.Length > name.Length + 1
                         && noun.StartsWith(name, StringComparison.Ordinal) && lexicon.Knows(noun, PartOfSpeech.Noun) && lexicon.Knows($"{name} {noun[name.Length..]}", PartOfSpeech.Verb))
                    Tags[i] = new Tag(TagKind.Column, i, 1, flag, Reading: $"'{Words[i]}' (WordNet: of the verb '{name} {noun[name.Length..]}') → column {flag.Name}");
            }
    }

    /// <summary>
    /// Words the table does not name, read through WordNet (<see cref="Senses"/>): units after numbers, adjectives of
    /// degree ("heaviest", "most expensive", "longer than") as the one column measuring their attribute, adjectives
    /// of place ("European") as a value, verbs and nouns standing for a column ("weigh", "rainfall"), and verbs of
    /// being, coming or making before a preposition ("come from", "live on") as mere relations.
    /// </summary>
    private void LinkSenses(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 0; i < Words.Count; i++)
        {
            // "per 100,000 residents" of rates: the three words only say what the numbers are.
            if (RateBase(i) is { } rateBase)
                for (var j = i; j < i + 3; j++) Tags[j] = new Tag(TagKind.Stop, j, 1, Reading: j == i ? $"a rate per {rateBase} (the table's numbers already are)" : null);
            // "missing a reported height": read with the column after it (an empty cell).
            else if (Tags[i] is null && Words[i] == "missing" && TagAt(Word(i + 1) is "a" or "an" or "any" ? i + 2 : i + 1) is { Kind: TagKind.Column })
                Tags[i] = new Tag(TagKind.Keyword, i, 1);
        }
        LinkUnits(lexicon);
        LinkSize(lexicon);
        // "how long is the longest beak": the adjective after "how" is read after the rest, reaching the whole question for the column meant.
        var afterHow = Enumerable.Range(1, Math.Max(0, Words.Count - 1)).Where(i => Words[i - 1] == "how").ToList();
        foreach (var i in Enumerable.Range(0, Words.Count).Except(afterHow).Concat(afterHow))
            if (Tags[i] is null && (!Language.Words.StopWords.Contains(Words[i]) || i > 0 && Language.Words.CommandWords.Contains(Words[i])) && !KeywordWords.Contains(Words[i])
                && !Table.NameWords.Contains(Language.Words.Singular(Words[i])))
                LinkSense(i, lexicon);
        // "survived" of poison-survival-times: a verb in the past WordNet forms a noun of the table's name from (not the verb's
        // own spelling: "houses" of house-prices, nor the noun itself: "cutting" of alfalfa-cutting-yield), that noun before
        // the one number column's name there ("survival times": time), stands for that column.
        var tableName = Language.Words.NameWords(Table.Name).Select(Language.Words.Singular).ToList();
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is null && !Words[i].EndsWith('s') && !tableName.Contains(Language.Words.Singular(Words[i]))
                && lexicon.BaseForms(Words[i], PartOfSpeech.Verb).Where(b => b != Words[i]).ToList() is { Count: > 0 } bases
                && Enumerable.Range(0, Math.Max(0, tableName.Count - 1)).Where(j => !bases.Contains(tableName[j]) && VerbsOf(tableName[j], lexicon).Intersect(bases).Any())
                    .SelectMany(j => Table.Columns.Where(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name) is [var name] && Language.Words.Singular(name) == tableName[j + 1])
                        .Select(c => (Noun: tableName[j], Column: c))).ToList() is [var (formed, named)])
                Tags[i] = new Tag(TagKind.Column, i, 1, named, Reading: $"'{Words[i]}' (WordNet: {formed} is formed from it), the {formed} {named.Name} of the table's name → column {named.Name}");
        // "broke" of chocolate-cake-breakage: a verb in the past WordNet forms the noun the table's name ends with from says
        // what each row is, a breakage.
        for (var i = 0; i < Words.Count; i++)
            if (Tags[i] is null && tableName is [_, .., var rowsNoun] && !tableName.Contains(Language.Words.Singular(Words[i])) && !Words[i].EndsWith("ing", StringComparison.Ordinal)
                && lexicon.BaseForms(Words[i], PartOfSpeech.Verb).Where(b => b != Words[i]).ToList() is { Count: > 0 } done
                && !done.Contains(rowsNoun) && lexicon.Synsets(rowsNoun, PartOfSpeech.Noun).Take(3).SelectMany(n => n.Pointing("+").Where(p => p.Pos == PartOfSpeech.Verb))
                    .Select(lexicon.Follow).SelectMany(v => v.Words).Intersect(done).Any())
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what each row is: a {rowsNoun} (WordNet: formed from '{Words[i]}')");
        // "survival time" of a table's one time column: a noun nothing else reads, just before a column named only a time or
        // a duration, says which time it is.
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is null && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i]) && lexicon.Knows(Words[i], PartOfSpeech.Noun)
                && Tags[i + 1] is { Kind: TagKind.Column, Start: var at, Length: 1, Column: { Kind: ColumnKind.Number } timed } && at == i + 1 && Language.Words.Singular(Words[i + 1]) is "time" or "duration"
                && Language.Words.NameWords(timed.Name) is ["time" or "duration"] && Table.Columns.Count(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name) is ["time" or "duration"]) == 1)
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"which {timed.Name} it is");
        // "Earliest end of follow-up" of end.dt: a noun nothing else reads, after a date column's name and "of", says what it
        // is the date of.
        for (var i = 2; i < Words.Count; i++)
            if (Tags[i] is null && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i]) && lexicon.Knows(Words[i], PartOfSpeech.Noun)
                && (Word(i - 1) == "of" ? i - 2 : Word(i - 1) == "the" && Word(i - 2) == "of" ? i - 3 : -1) is var before and >= 0
                && Tags[before] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Date } dated } datedTag && datedTag.Start + datedTag.Length == before + 1)
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {dated.Name} is the date of");
    }

    /// <summary>
    /// Whether a verb is first one of judging or of saying so, with an opposite (accept and reject; not survey), where a
    /// yes-or-no column the question does not name could hold the judgement: "How many applications were accepted?" of
    /// card is not all of them.
    /// </summary>
    private bool JudgedByAFlag(string verb, Lexicon lexicon) => lexicon.BaseForms(verb, PartOfSpeech.Verb)
            .Any(v => Senses.JudgesEitherWay(v, lexicon))
        && Table.Columns.Any(c => c.IsFlag && !Tags.Any(t => t is not null && t.Column == c));

    /// <summary>Whether a column's name has a unit of time among its words or run together with one ("yearsmarried", "minutes_played").</summary>
    private static bool NamedWithUnitOfTime(LanguageColumn column, Lexicon lexicon)
    {
        return Language.Words.NameWords(column.Name).Any(word => OfTime(word)
            || Enumerable.Range(3, Math.Max(0, word.Length - 5)).Any(k => OfTime(word[..k]) && lexicon.IsWord(word[k..]) || OfTime(word[k..]) && lexicon.IsWord(word[..k])));

        // WordNet's year and week are time periods, its day and hour units of time.
        bool OfTime(string word) => Language.Words.Singular(word) is var one && one.Length >= 3
            && (Senses.IsAKindOf(one, "time unit", lexicon, 2) || Senses.IsAKindOf(one, "time period", lexicon, 1));
    }

    /// <summary>The one numeric column named for what <paramref name="unit"/> measures ("mile" → dist; "day" → Time).</summary>
    private (LanguageColumn Column, string Via)? ColumnMeasuredIn(Unit unit, int at, Lexicon lexicon) =>
        Senses.MeasuredBy(unit, lexicon) is var measuredBy ? NumericColumnFor(measuredBy, at, reach: 0, begun: measuredBy.ToHashSet()) : null;

    /// <summary>
    /// "above 160 kg" of a column called Weight: a kilogram measures mass, "the property of a body that causes it to have
    /// weight" (WordNet); the one number column named by an attribute in that definition.
    /// </summary>
    private LanguageColumn? ColumnDefinedBy(Unit unit, Lexicon lexicon) => unit.Measures.SelectMany(m => lexicon.Synsets(m, PartOfSpeech.Noun).Take(1))
        .SelectMany(s => Language.Words.Tokens(s.Definition.Split(';')[0])).Distinct()
        .SelectMany(w => Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && Language.Words.NameWords(c.Name) is [var name]
            && Language.Words.Singular(name) == w && Senses.NamesAnAttribute(w, lexicon))).Distinct().ToList() is [var defined] ? defined : null;

    /// <summary>
    /// "boiling points above 200 degrees" of bp: the one numeric column the question names by words WordNet defines by what
    /// one of the unit's senses measures ("boiling point": the temperature at which a liquid boils).
    /// </summary>
    private (Unit Unit, LanguageColumn Column, string Said)? ColumnSaidAsMeasuredIn(string word, Lexicon lexicon)
    {
        var said = Tags.OfType<Tag>().Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }).Distinct()
            .Select(t => (Column: t.Column!, Said: string.Join(' ', Words.Skip(t.Start).Take(t.Length - 1).Append(Language.Words.Singular(Words[t.Start + t.Length - 1])))))
            .ToList();
        var found = (from unit in Senses.UnitsOf(word, lexicon, 8)
                     from s in said
                     where lexicon.Synsets(s.Said, PartOfSpeech.Noun).Take(2).Any(d => Language.Words.Tokens(d.Definition.Split(';')[0]).Intersect(unit.Measures).Any())
                     select (unit, s.Column, s.Said)).DistinctBy(f => f.Column).ToList();
        return found is [var only] ? only : null;
    }

    /// <summary>
    /// "at 225 degrees", "an angle above 50 degrees" of cakes' temperature and angle: of a word's later senses that are units
    /// (WordNet's degree measures angles, then temperature), the one whose column's values hold the number, else, of those
    /// that do (or of all, where none does), the one whose column the question names.
    /// </summary>
    private (Unit Unit, LanguageColumn Column)? UnitOfAColumnLater(string word, int at, double number, Lexicon lexicon)
    {
        var measured = Senses.UnitsOf(word, lexicon, 8).Select(u => (Unit: u, Column: ColumnMeasuredIn(u, at, lexicon)?.Column))
            .Where(m => m.Column is not null).DistinctBy(m => m.Column).Select(m => (m.Unit, Column: m.Column!)).ToList();
        if (measured is [var only]) return only;
        var held = measured.Where(m => double.TryParse(m.Column.Profile.Min, NumberStyles.Float, CultureInfo.InvariantCulture, out var min) && min <= number
            && double.TryParse(m.Column.Profile.Max, NumberStyles.Float, CultureInfo.InvariantCulture, out var max) && number <= max).ToList();
        if (held is [var within]) return within;
        return (held.Count > 1 ? held : measured).Where(m => Tags.Any(t => t is { Kind: TagKind.Column } && t.Column == m.Column)).ToList() is [var named] ? named : null;
    }

    /// <summary>
    /// "on the first occasion" of occasions 1 to 9: an ordinal after "the", before a column numbering a few kinds from 1 by
    /// its own name, is that number.
    /// </summary>
    private void LinkOrdinalsOfNumberedKinds()
    {
        for (var i = 1; i + 1 < Words.Count; i++)
            if (Tags[i] is null && CountingOrdinals.IndexOf(Words[i]) + 1 is var nth and > 0 && Words[i - 1] == "the"
                && TagAt(i + 1) is { Kind: TagKind.Column, Length: 1, Column: { IsCategoryNumber: true, Profile.Min: "1" } numbered }
                && Language.Words.NameWords(numbered.Name) is [var numberName] && Language.Words.Singular(Words[i + 1]) == numberName
                && double.TryParse(numbered.Profile.Max, NumberStyles.Float, CultureInfo.InvariantCulture, out var last) && nth <= last)
                Tags[i] = new Tag(TagKind.Value, i, 1, numbered, nth.ToString(CultureInfo.InvariantCulture), Reading: $"the {Words[i]} {numbered.Name} → {numbered.Name} = {nth}");
    }

    /// <summary>Units after numbers; "20 mm of rain" also links what the unit measures, even a word that is a value.</summary>
    private void LinkUnits(Lexicon lexicon)
    {
        for (var i = 1; i < Words.Count; i++)
        {
            // "How many hours is the giraffe awake?": a unit of time asked for is the unit the answer is in.
            if (Tags[i] is null && i >= 2 && Words[i - 2] == "how" && Words[i - 1] == "many" && (BeWords.Contains(Word(i + 1)) || Word(i + 1) is "do" or "does" or "did")
                && !Table.RowsAreTimes && !Table.HourlyRows && Senses.UnitOf(Words[i], lexicon) is { } asked && asked.Measures.Contains("time")
                && !Table.NameWords.Contains(Language.Words.Singular(Words[i])) && !Table.Columns.Any(c => Language.Words.NameWords(c.Name).Contains(Language.Words.Singular(Words[i]))))
            {
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"{AnswerUnitReading}: {asked.Name}, a unit of {asked.Measures[0]}");
                continue;
            }
            // "at day 21", "hour 2" of a table without dates: the point its one numeric column of time counted in that unit is at.
            if (Tags[i] is { Kind: TagKind.Number, IsYear: false } && Tags[i - 1] is null or { Kind: TagKind.Keyword } && Words[i - 1] is "day" or "week" or "hour" or "minute"
                && !Table.Columns.Any(c => c.Kind == ColumnKind.Date) && Senses.UnitOf(Words[i - 1], lexicon) is { } pointUnit
                && ColumnMeasuredIn(pointUnit, i - 1, lexicon) is { } pointed)
            {
                Tags[i - 1] = new Tag(TagKind.Column, i - 1, 1, pointed.Column, Reading: $"{pointUnit.Name} {Words[i]}: a point of {pointed.Via} → column {pointed.Column.Name}");
                continue;
            }
            if (Tags[i - 1] is not { Kind: TagKind.Number } || Tags[i] is not null) continue;
            if (Senses.UnitOf(Words[i], lexicon) is { } unit)
            {
                // "races over 10 miles" of hills' dist: a mile measures length, a length is a distance.
                Tags[i] = DurationColumn(unit, lexicon) is { } lasting
                    ? new Tag(TagKind.Unit, i, 1, lasting, Unit: unit, Reading: $"{unit.Name}, a unit of {unit.Measures[0]} → column {lasting.Name}, a time period (WordNet)")
                    : ColumnMeasuredIn(unit, i, lexicon) is { } measuring
                    ? new Tag(TagKind.Unit, i, 1, measuring.Column, Unit: unit, Reading: $"{unit.Name}, a unit of {unit.Measures[0]} → {measuring.Via} → column {measuring.Column.Name}")
                    : ColumnDefinedBy(unit, lexicon) is { } defined
                    ? new Tag(TagKind.Unit, i, 1, defined, Unit: unit, Reading: $"{unit.Name}, a unit of {unit.Measures[0]}, which WordNet defines by {defined.Name} → column {defined.Name}")
                    : new Tag(TagKind.Unit, i, 1, Unit: unit, Reading: $"{unit.Name}, a unit of {unit.Measures[0]}");
                if (Word(i + 1) == "of" && TagAt(i + 2) is null or { Kind: TagKind.Value or TagKind.Unknown } && i + 2 < Words.Count
                    && NumericColumnFor(Senses.Broader(Words[i + 2], lexicon), i + 2) is { } measured)
                    Tags[i + 2] = new Tag(TagKind.Column, i + 2, 1, measured.Column, Reading: $"{measured.Via} (WordNet) → column {measured.Column.Name}");
            }
            else if (UnitOfOneColumn(Words[i], i, lexicon) is { } measuring)
                Tags[i] = new Tag(TagKind.Unit, i, 1, measuring.Column, Unit: measuring.Unit,
                    Reading: $"{measuring.Unit.Name}, a unit of {measuring.Unit.Measures[0]} → column {measuring.Column.Name}");
            else if (UnitOfAColumnLater(Words[i], i, Tags[i - 1]!.Number, lexicon) is var (laterUnit, measuredColumn))
                Tags[i] = new Tag(TagKind.Unit, i, 1, measuredColumn, Unit: laterUnit,
                    Reading: $"{laterUnit.Name}, a unit of {laterUnit.Measures[0]} (WordNet, a later sense) → column {measuredColumn.Name}");
            else if (ColumnSaidAsMeasuredIn(Words[i], lexicon) is var (saidUnit, saidColumn, said))
                Tags[i] = new Tag(TagKind.Unit, i, 1, saidColumn, Unit: saidUnit,
                    Reading: $"{saidUnit.Name}, a unit of {saidUnit.Measures[0]}, which WordNet defines '{said}' by → column {saidColumn.Name}");
            // "north of 40 degrees": latitude and longitude are angles.
            else if ((CompassColumn("north") ?? CompassColumn("east")) is not null && Senses.MeasuresAngles(Words[i], lexicon))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "a unit of angle, as latitude and longitude are measured in");
        }
    }

    /// <summary>
    /// "the smallest country", "larger than 1000000" of a table whose one measure is a size (an area, a length): that
    /// measure. Only where it is the table's one numeric column besides counts of things (a planet's <c>moons</c>): a
    /// diamond's depth is an extent too, but not its size. Likewise "the lowest country" of a table with one elevation or
    /// altitude among its measures, and "the largest city" of one with a population and no size.
    /// </summary>
    private void LinkSize(Lexicon lexicon)
    {
        var numbers = Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false }).ToList();
        // A column named "size" itself is what "largest" measures, among any others (a committee's members).
        // So is the one column stated in a unit of area ("sqft", square feet: a home's size).
        var sized = numbers.Where(c => Language.Words.NameWords(c.Name) is ["size"]).ToList() is [var size] ? size
            : numbers.Where(c => !c.CountsThings).ToList() is [var only] && Language.Words.NameWords(only.Name).Any(w => Senses.IsSize(w, lexicon)) ? only
            : numbers.Where(c => c.Unit?.Measures.Contains("area") == true).ToList() is [var area] ? area : null;
        var tall = HeightColumn(lexicon);
        // "the largest city" where nothing measures a size: a city's size is its population.
        var peopled = sized is null && !numbers.Any(c => Language.Words.NameWords(c.Name).Any(w => Senses.IsSize(w, lexicon)))
            && numbers.Where(c => Language.Words.NameWords(c.Name).Any(w => w is "population" or "pop")).ToList() is [var population] ? population : null;
        // Not where the question names another measure; "the largest home in square feet" names the size's own. Numbers
        // asked which of, or picked by a number after them ("Which herd was the largest in period 1?"), measure nothing.
        if ((sized ?? peopled ?? tall) is null
            || Tags.Any(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number } && !(t.Column == sized && t.Column!.Unit is not null)
                && !(t.Column!.IsCategoryNumber && (Word(t.Start - 1) == "which" || TagAt(t.Start + t.Length) is { Kind: TagKind.Number })))) return;
        for (var i = 0; i < Words.Count; i++)
        {
            var measure = Words[i] is "highest" or "lowest" or "higher" or "lower" ? tall
                : Words[i] is "largest" or "biggest" or "smallest" or "larger" or "bigger" or "smaller" ? sized ?? peopled : null;
            // "How big is Greenland?", "the size of Greenland": the size itself.
            if (Tags[i] is null && sized is not null && (Word(i - 1) == "how" && Words[i] is "big" or "large" or "small" || Words[i] is "size" or "sizes"))
            {
                Tags[i] = new Tag(TagKind.Column, i, 1, sized, Reading: $"the size (WordNet: {sized.Name} is a size) → column {sized.Name}");
                continue;
            }
            if (Tags[i] is not null || measure is null) continue;
            var superlative = Words[i].EndsWith("est", StringComparison.Ordinal);
            if (!superlative && Word(i + 1) != "than") continue;
            if (peopled is not null && !Words.Any(w => Language.Words.Singular(w) is var noun && (noun == Language.Words.Singular(Word(i + 1) ?? "") || Table.NameWords.Contains(noun))
                    && Senses.IsMunicipality(noun, lexicon))) continue;
            var high = Words[i] is not ("smallest" or "smaller" or "lowest" or "lower");
            var why = measure == tall ? "WordNet: what high measures" : measure == sized ? "WordNet: a size" : "WordNet: a municipality, sized by its people";
            Tags[i] = new Tag(TagKind.Column, i, 1, measure, Pole: high ? 1 : -1, Superlative: superlative,
                Reading: $"{(high ? "high" : "low")} {measure.Name} ({why}) → column {measure.Name}{(superlative ? ", ranked" : "")}");
        }
    }

    /// <summary>
    /// "below 32 degrees": a word whose unit sense comes later in WordNet (a degree is a position on a scale first) is that
    /// unit only where exactly one of its unit senses measures a numeric column, one not stated in another unit.
    /// </summary>
    private (Unit Unit, LanguageColumn Column)? UnitOfOneColumn(string word, int at, Lexicon lexicon)
    {
        var measuring = Senses.UnitsOf(word, lexicon, 8)
            .Select(u => (Unit: u, Column: NumericColumnFor(u.Measures, at, reach: 0)?.Column))
            .Where(m => m.Column is { } c && (c.Unit is null || c.Unit.Offset == m.Unit.Offset))
            .DistinctBy(m => m.Column).ToList();
        return measuring is [var only] ? (only.Unit, only.Column!) : null;
    }

    /// <summary>A number column whose one-word name WordNet calls a time period (a crash's <c>times</c> since impact).</summary>
    internal static bool NamedForATime(LanguageColumn column) => column is { Kind: ColumnKind.Number, IsYearNumber: false }
        && Language.Words.NameWords(column.Name) is [var name] && Lexicon.Shared is { Available: true } lexicon
        && (Senses.NamesATimePeriod(name, lexicon) || Senses.NamesATimePeriod(Language.Words.Singular(name), lexicon));

    /// <summary>
    /// "lasted more than 50 days" of strikes' <c>duration</c>: a unit of time measures the one numeric column WordNet calls a
    /// time period, where no column is stated or named in another unit.
    /// </summary>
    private LanguageColumn? DurationColumn(Unit unit, Lexicon lexicon) =>
        unit.Measures.Contains("time") && Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && (c.Unit is null || c.Unit.Offset == unit.Offset)
            && Language.Words.NameWords(c.Name) is [var name] && Senses.NamesATimePeriod(name, lexicon)
            // Not a column named for another unit: days are no milliseconds.
            && !(Senses.UnitOf(Language.Words.Singular(name), lexicon) is { } named && named.Offset != unit.Offset)).ToList() is [var only] ? only : null;

    /// <summary>Nouns of the table's name that no column's name holds ("male" of country-by-avg-male-height).</summary>
    private IEnumerable<string> TableOnlyWords => Language.Words.NameWords(Table.Name).Select(Language.Words.Singular).Where(NoColumnHolds);

    /// <summary>
    /// Whether a column of numbers the question names tells people, animals or plants apart ("heaviest rat" of a <c>Rat</c>
    /// numbering the rats, "the best worker"): an adjective before it measures them, not their numbers.
    /// </summary>
    internal bool NumbersThings(LanguageColumn column) => Tags.Any(t => t is { Kind: TagKind.Column } && t.Column == column && NumbersThings(t));

    /// <summary>
    /// Whether a column's tag names people, animals or plants its whole numbers tell apart: the ones the rows measure
    /// ("boys" of <c>Subject</c>), people measured once at each time (<c>Subject</c> on days 0 to 9), or the column's own
    /// name, said as it is written, in the singular, each on two rows or more (<c>rat</c>; not "temperature" of a
    /// <c>temp</c>, WordNet's first temp being a temporary worker, nor Bush's votes, a bush being a plant).
    /// </summary>
    internal bool NumbersThings(Tag tag) => tag.Column is { Kind: ColumnKind.Number } column && ColumnTypes.IsInteger(column.Type)
        && (tag.Reading?.StartsWith(MeasuredThingsReading, StringComparison.Ordinal) == true
            || column == BuiltinEngine.PersonMeasuredOverTime(Table)
            || Language.Words.NameWords(column.Name) is [var thing] && Language.Words.Singular(thing) == thing && column.Profile.DistinctCount * 2 <= Table.RowCount
                && Words.Skip(tag.Start).Take(tag.Length).Select(Language.Words.Singular).SequenceEqual([thing])
                && Lexicon.Shared is { Available: true } lexicon && Senses.NamesALivingThing(thing, lexicon));

    /// <summary>
    /// "cases" of cbpp's incidence: a plural noun WordNet defines as an occurrence, of the one measure whose one-word name it
    /// defines as the frequency or number of occurrences.
    /// </summary>
    internal LanguageColumn? CountedOccurrences(string word) => Language.Words.Singular(word) is var occurrence && occurrence != word
        && Lexicon.Shared is { Available: true } lexicon
        && Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && Language.Words.NameWords(c.Name) is [var counter]
            && Senses.CountsWhatDefines(counter, occurrence, lexicon)).ToList() is [var countedBy] ? countedBy : null;

    /// <summary>Whether a word of the table's name (longer than two letters) is in no column's name.</summary>
    private bool NoColumnHolds(string word) => word.Length > 2 && !Table.Columns.Any(c => Language.Words.NameWords(c.Name).Select(Language.Words.Singular).Contains(word));

    /// <summary>One word the table does not name, tried as each reading in turn: the first that names one column or value wins.</summary>
    private void LinkSense(int i, Lexicon lexicon)
    {
        var word = Words[i];
        var previous = Word(i - 1);
        // "Titian's colour score": after a numeric column, a word that only says what kind of number it is, whatever else it
        // may name (a score is also a musical composition).
        if (SaysKindOfNumberAfterColumn(i)) return;
        // "the lowest price of capital": left to say what kind of number the column after it is, not read as another's.
        if (SaysKindOfNumberBeforeColumn(i)) return;
        // "Which network paid the most?", "How much did NBC pay?" of olympic-tv-rights: a verb of paying, with no measure named
        // after it, is what the table's one measure holds (the rights' price).
        if (lexicon.BaseForms(word, PartOfSpeech.Verb).Any(v => Senses.Pays(v, lexicon)) && Table.OnlyMeasure is { } paid
            && !Enumerable.Range(i + 1, Words.Count - i - 1).Any(j => Tags[j] is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number }))
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, paid, Reading: $"'{word}' (WordNet: a verb of paying) → what was paid: the one measure {paid.Name}");
            // "the average fee paid": what kind of sum was paid, before the verb.
            if (TagAt(i - 1) is null && SaysKindOfNumber(previous)) Tags[i - 1] = new Tag(TagKind.Stop, i - 1, 1, Reading: $"what kind of number {paid.Name} is");
            return;
        }
        // "cycles to failure", "days to recovery": after a numeric column and "to", what happens at the end of what it counts.
        if (previous == "to" && TagAt(i - 2) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } ended }
            && !Words.Take(i).Contains("from") && !Words.Take(i).Contains("between") && Senses.NamesAHappening(Language.Words.Singular(word), lexicon))
        {
            Tags[i - 1] = new Tag(TagKind.Stop, i - 1, 1);
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what ends what {ended.Name} counts");
            return;
        }
        // "cars went faster than 50": a verb first of moving, after the rows and before a comparison, only relates them to it
        // (not "weigh", "survived", "yielded": what they measure is a column's).
        // The rows, or a plural noun not yet read, before the verb.
        var afterTheRows = TagAt(i - 1) is { Kind: TagKind.TableWord }
            || TagAt(i - 1) is null && Language.Words.Singular(previous) is var rowsNoun && rowsNoun != previous && lexicon.Knows(rowsNoun, PartOfSpeech.Noun);
        if (afterTheRows && (Word(i + 2) == "than" || Word(i + 1) is "more" or "less" && Word(i + 3) == "than")
            && !KeywordWords.Contains(word) && Senses.MovesFirst(word, lexicon))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "relates (a verb)");
            return;
        }
        // "people rated their health as poor", "firms pay a fuel price below 20": a verb between the rows (or a plural noun
        // not yet read) and an article or a possessive before a column relates them, whatever else it may name (pay is also
        // a wage); not a verb of avoiding or lacking, which denies it.
        if (afterTheRows && lexicon.Knows(word, PartOfSpeech.Verb) && !KeywordWords.Contains(word) && !Senses.Negates(word, lexicon)
            && Word(i + 1) is "a" or "an" or "the" or "their" or "its" && (TagAt(i + 2) is { Kind: TagKind.Column }
                // "patients joined the list" of liver-transplant-waitlist: the table itself.
                || Word(i + 1) == "the" && TagAt(i + 2) is null or { Kind: TagKind.TableWord } && Table.NameWords.Contains(Language.Words.Singular(Word(i + 2)))))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "relates (a verb)");
            return;
        }
        // "born in 1985" of birthyear: a verb before "in" and a number is the one year column named by a noun of the verb
        // (WordNet: to bear, to give birth) and "year".
        if (lexicon.Knows(word, PartOfSpeech.Verb) && Word(i + 1) == "in" && TagAt(i + 2) is { Kind: TagKind.Number }
            && Table.Columns.Where(c => c.IsYearNumber && Language.Words.NameWords(c.Name) is var yearName
                && Senses.VerbMeasures(word, lexicon).Any(n => yearName is [var joinedYear] && joinedYear == n + "year" || yearName is [var yearOfWhat, "year"] && yearOfWhat == n)).ToList() is [var yearOf])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, yearOf, Reading: $"'{word}': the year it happened → column {yearOf.Name}", Predicate: true);
            return;
        }
        // "the number of kids in the household": a group the number is in says whose it is, as before it ("household size").
        // Not after "of" ("the cost of the firm with the largest output" asks of a row).
        if (previous == "the" && Word(i - 2) == "in" && TagAt(i - 3) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } owned }
            && Language.Words.Singular(word) == word && Senses.NamesAGroup(word, lexicon))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"whose {owned.Name} it is");
            return;
        }
        // "stage 4 disease" of wilms-tumour-study: an illness after a value says it is the one the table is named for.
        if (TagAt(i - 1) is { Kind: TagKind.Value or TagKind.Number } && Senses.NamesAnIllness(Language.Words.Singular(word), lexicon)
            && Table.NameWords.FirstOrDefault(w => w != Language.Words.Singular(word) && Senses.NamesAnIllness(w, lexicon)) is { } tablesIllness)
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"the {tablesIllness} {Table.Name} is about");
            return;
        }
        // "girls in the study" of a subject column: what gathered the data, not a word for a column (WordNet: a subject is studied).
        if (GatheredTheData(i))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"the {word}: the whole table");
            return;
        }
        // "mixtures that contain no fly ash", "use more than 200 kg of blast furnace slag": a verb before none, a number or a
        // comparison of a numeric column only says the rows hold that much of it.
        if (lexicon.Knows(word, PartOfSpeech.Verb) && !KeywordWords.Contains(word)
            && (Word(i + 1) is "no" or "more" or "less" or "over" or "under" or "between" || Word(i + 1) == "at" && Word(i + 2) is "least" or "most")
            && Enumerable.Range(i + 2, 5).Select(TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column }) is { Column: { Kind: ColumnKind.Number } held })
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"the rows hold what follows of {held.Name}");
            return;
        }
        // "packs per capita": per head of the population, what the number is of.
        if (word == "capita" && previous == "per")
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "per person");
            return;
        }
        // "rated Kennedy 5": a verb of measuring before a numeric column's name only says how its number is got.
        if (TagAt(i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } rated } && !KeywordWords.Contains(word)
            && lexicon.BaseForms(word, PartOfSpeech.Verb).Any(b => b != word) && Senses.VerbOfMeasuring(word, lexicon))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"how {rated.Name} is got");
            return;
        }
        // "the chirp rate" of crickets' rate: before a numeric column's name, what WordNet's definition of the rows' noun says
        // they do ("male makes chirping noises") says what the column measures of them.
        if (TagAt(i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } rate } && lexicon.BaseForms(word, PartOfSpeech.Verb) is { Count: > 0 } rowsDo
            && Table.NameWords.Select(Language.Words.Singular).Any(rows => lexicon.Synsets(rows, PartOfSpeech.Noun).Take(1)
                .Any(sense => Language.Words.Tokens(sense.Definition).Any(t => t != rows && lexicon.BaseForms(t, PartOfSpeech.Verb).Intersect(rowsDo).Any()))))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {rate.Name} measures (WordNet: what the rows do)");
            return;
        }
        // "the January temperature", "the lowest temperature in September" of a column per month: what the month's column
        // measures, which its name does not say.
        if ((TagAt(i - 1) is { Kind: TagKind.Column, Column: { } month } && NamedByMonth(month)
                || Word(i + 1) == "in" && TagAt(i + 2) is { Kind: TagKind.Column, Column: { } later } && NamedByMonth(later))
            && Senses.NamesAMeasure(Language.Words.Singular(word), lexicon))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "what the month's column measures");
            return;
        }
        // "inactive airlines" of an active column (or of activ, the word shortened): WordNet's opposite of a yes-or-no column's
        // name is its "no"; so is the name after "non-" ("non-native instructors" of native, "non-dealers" of dealer).
        if (Senses.Opposites(word, lexicon).Concat(word.StartsWith("non-", StringComparison.Ordinal) ? [word[4..], Language.Words.Singular(word[4..])] : [])
                .SelectMany(o => Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && (name == o || name.Length >= 4 && o.StartsWith(name, StringComparison.Ordinal))))
                .Distinct().ToList() is [var opposite])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, opposite, Pole: -1, Reading: word.StartsWith("non-", StringComparison.Ordinal)
                ? $"not {opposite.Name} ('non-' before its name)" : $"not {opposite.Name} (WordNet: the opposite of {word})");
            return;
        }
        // "smokers" of birthwt's smoke (1 or 0): people who do what a yes-or-no column is named by are its rows of yes. So are
        // "participants" of participation and "foreigners" of foreign.
        if (Senses.PersonDoes(Language.Words.Singular(word), lexicon) is { } act
            && Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && name == act).ToList() is [var doing])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, doing, Reading: $"people who {act} (WordNet) → column {doing.Name}", Predicate: true);
            return;
        }
        if (Senses.PersonFormedFrom(Language.Words.Singular(word), lexicon).ToHashSet() is { Count: > 0 } formedFrom
            && Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && formedFrom.Contains(name)).ToList() is [var formed])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, formed, Reading: $"{word} (WordNet: of {formed.Name.ToLowerInvariant()}) → column {formed.Name}", Predicate: true);
            return;
        }
        // "dependencies" of a column called depends: a noun WordNet derives from the verb that is a column's one-word name.
        if (ColumnOfVerbOf(word, lexicon) is { } acting)
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, acting, Reading: $"{word} (WordNet: of the verb {acting.Name} is a form of) → column {acting.Name}");
            return;
        }
        // "managers", "work in management" of a job column holding manage: a noun WordNet derives from the verb that is one
        // text column's value names that value.
        if (ValueOfVerbOf(word, lexicon) is var (derivedFrom, verbValue))
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, derivedFrom, verbValue, Reading: $"{derivedFrom.Name} = {verbValue} (WordNet: {Language.Words.Singular(word)}, of the verb {verbValue.ToLowerInvariant()})");
            return;
        }
        // "How many women applied?" of a column of applicants: a verb WordNet derives a count of people from (an applicant
        // applies) is what that column counts.
        if (lexicon.BaseForms(word, PartOfSpeech.Verb) is { Count: > 0 } acts
            && Table.Columns.Where(c => c is { Kind: ColumnKind.Number, CountsThings: true } && Language.Words.NameWords(c.Name) is [var name]
                && Language.Words.Singular(name) is var doer && doer != name && Senses.NamesAPerson(doer, lexicon)
                && lexicon.Synsets(doer, PartOfSpeech.Noun).Take(1).SelectMany(s => s.Pointing("+").Where(p => p.Pos == PartOfSpeech.Verb))
                    .Select(lexicon.Follow).SelectMany(v => v.Words).Intersect(acts).Any()).ToList() is [var doers])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, doers, Reading: $"column {doers.Name} (WordNet: what they do)");
            return;
        }
        // "southern states" of a SOUTH column of 1 and 0: an adjective of a yes-or-no column's name is its "yes" (the name
        // first in WordNet's synset: "marital" is of marriage, not of a union column).
        if (Senses.DescribesFirst(word, lexicon).SelectMany(p => Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && name == p.ToLowerInvariant())).Distinct().ToList() is [var pertained])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, pertained, Reading: $"{pertained.Name} (WordNet: {word} describes {pertained.Name.ToLowerInvariant()})");
            return;
        }
        // "became independent" of a column of the years of independence: the adjective of what a year column dates.
        if (Senses.Describes(word, lexicon).SelectMany(p => Table.Columns.Where(c => c.IsYearNumber && Language.Words.NameWords(c.Name) is [var name] && name == p.ToLowerInvariant())).Distinct().ToList() is [var became])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, became, Reading: $"when it became {word} (WordNet: {word} describes {became.Name}) → column {became.Name}", Predicate: true);
            if (i > 0 && Tags[i - 1] is null or { Kind: TagKind.Unknown } && lexicon.BaseForms(Words[i - 1], PartOfSpeech.Verb).Contains("become"))
                Tags[i - 1] = new Tag(TagKind.Stop, i - 1, 1, Reading: $"says it came to be {word}");
            return;
        }
        // "high prestige" of a PRESTIGE column of 1 and 0: its yes; "low prestige" its no.
        // "poor health", "good health" likewise.
        if (word is "high" or "low" or "good" or "poor" or "bad" && TagAt(i + 1) is { Kind: TagKind.Column, Pole: 0, Column: { IsFlag: true } flag })
        {
            var yes = word is "high" or "good";
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"{word} {flag.Name}: its {(yes ? "yes" : "no")}");
            if (!yes) Tags[i + 1] = Tags[i + 1]! with { Pole = -1 };
            return;
        }
        // "religious respondents" of a religion column of yes and no: an adjective that pertains to a yes-or-no column's one-word
        // name picks the rows where it holds (WordNet's religious is a person too: a monk).
        if (FlagPertainedTo(word, lexicon) is { } adjectiveFlag)
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, adjectiveFlag,
                Reading: $"WordNet: {word} is of {Language.Words.NameWords(adjectiveFlag.Name)[0]} → column {adjectiveFlag.Name}");
            return;
        }
        // "uninsured" of an insurance column of yes and no: an adjective WordNet defines by the column's one-word name ("not
        // covered by insurance") is its no, or its yes ("insured": "covered by insurance").
        if (lexicon.Synsets(word, PartOfSpeech.Adjective).FirstOrDefault() is { } adjectiveSense
            && Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && name.Length >= 3
                && Regex.IsMatch(adjectiveSense.Definition, $@"\b{Regex.Escape(name)}\b")).ToList() is [var definedBy])
        {
            var negative = Regex.IsMatch(adjectiveSense.Definition, @"^(not|lacking|without|free of)\b");
            Tags[i] = new Tag(TagKind.Column, i, 1, definedBy, Pole: negative ? -1 : 0,
                Reading: $"WordNet: {word} is \"{adjectiveSense.Definition.Split(';')[0]}\" → {(negative ? "not " : "")}{definedBy.Name}");
            return;
        }
        // "for men and women" of the cooperation game's groups by sex: where rows are not people, a person of one sex is still
        // that sex's value of a column named for it.
        if (!PeopleRows && !AnyPeople(word) && Senses.NamesAPerson(word, lexicon) && ValueFor(Senses.Broader(word, lexicon)) is { } sexed
            && Language.Words.NameWords(sexed.Column.Name) is ["sex" or "gender"])
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, sexed.Column, sexed.Value, Reading: $"{sexed.Column.Name} = {sexed.Value} (WordNet: a {Language.Words.Singular(word)} is a {Senses.Broader(word, lexicon).First(b => sexed.Column.Values.GetValueOrDefault(b) == sexed.Value)})");
            return;
        }
        // "the average number of children", "have no children", "more than 5 children" of a kids column: people WordNet calls
        // by a numeric column's name in their first sense, averaged or numbered, are what that column counts on each row.
        // Counted alone ("How many children attend a Gymnasium?") they may be the rows themselves.
        if (Senses.NamesAPerson(word, lexicon) && Language.Words.Singular(word) is var called
            && (TagAt(i - 1) is { Kind: TagKind.Number } || previous is "no" or "any"
                || Word(i - 1) == "of" && Word(i - 2) is "number" && Word(i - 3) is "average" or "mean" or "median")
            && lexicon.Synsets(called, PartOfSpeech.Noun).FirstOrDefault() is { } calledSense
            && Table.Columns.Where(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name) is [var only]
                && Language.Words.Singular(only.ToLowerInvariant()) is var counted && counted != called && calledSense.Words.Contains(counted)).ToList() is [var peopleCounted])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, peopleCounted, Reading: $"{called} is {Language.Words.Singular(peopleCounted.Name.ToLowerInvariant())} (WordNet) → column {peopleCounted.Name}");
            return;
        }
        if (PeopleRows && (AnyPeople(word) || Senses.NamesAPerson(word, lexicon)))
        {
            // "Australians", "Swedes" where a column holds Australia, Sweden: the people of a place a value names are its rows.
            if (Language.Words.Singular(word) is var native
                && ValueFor([.. Senses.PertainsTo(native, lexicon), .. Senses.HomeOf(native, lexicon)], Original[i]) is { } home)
            {
                Tags[i] = new Tag(TagKind.Value, i, 1, home.Column, home.Value, Reading: $"{home.Column.Name} = {home.Value} (WordNet: {native}, of {home.Value})");
                return;
            }
            // "Which donor did the oldest patient get?": two kinds of people, and the rows are one.
            // Not where a column holds the kind ("What percentage of employees are women?": gender).
            if (!AnyPeople(word) && Tags.Any(t => t is { Reading: PeopleRowsReading }
                    && Language.Words.Singular(Words[t.Start]) is var other && other != Language.Words.Singular(word) && !AnyPeople(other))
                && ValueFor(Senses.Broader(word, lexicon)) is null)
                return;
            // "How many instructors" of course evaluations whose prof numbers the professor of each: people counted of a kind near
            // the one a column repeating its values is named for (WordNet: instructors and professors are educators) are its people.
            if ((previous is "many" or "different" || previous == "of" && Word(i - 2) == "number") && PeopleColumn(Language.Words.Singular(word), lexicon) is var (folk, near))
            {
                Tags[i] = new Tag(TagKind.Column, i, 1, folk, Reading: $"the people of {folk.Name} (WordNet: {(near is null ? "its name" : $"both are {near}s")})");
                return;
            }
            // "homeowners" of OWNRENT: people who do what a column is named by are some of the rows, not all of them.
            // Not a noun of its own that begins so ("customers", who pay, of payment_method).
            if (DoesWhatAColumnNames(word, lexicon))
                return;
            // "farmers" of occupations stored as farm: a kind of person named from a stored value, which WordNet defines by it
            // ("a person who operates a farm"), is the rows of that value; held by two columns (a man's occupation and his
            // father's), the question must say which.
            if (ValueFor(Senses.Broader(word, lexicon)) is null && Language.Words.Singular(word) is var kindOfPerson
                && lexicon.Synsets(kindOfPerson, PartOfSpeech.Noun).FirstOrDefault()?.Definition is { } definition
                && Table.Columns.Where(c => c is { Kind: ColumnKind.Text, IsFlag: false, Profile.DistinctCount: <= 20 })
                    .SelectMany(c => c.Values.Where(v => v.Key.Length >= 3 && v.Key != kindOfPerson && kindOfPerson.StartsWith(v.Key, StringComparison.Ordinal)
                        && Regex.IsMatch(definition, $@"\b{Regex.Escape(v.Key)}\b")).Select(v => (Column: c, v.Value)))
                    .Distinct().ToList() is { Count: > 0 } definers)
            {
                Tags[i] = definers is [var (definer, value)]
                    ? new Tag(TagKind.Value, i, 1, definer, value, Reading: $"{definer.Name} = {value} (WordNet: a {kindOfPerson} is \"{definition}\")")
                    : new Tag(TagKind.Unknown, i, 1, Reading: $"'{Original[i]}' is {string.Join(" or ", definers.Select(d => $"{d.Column.Name} = {d.Value}"))}; say which is meant");
                return;
            }
            // "men" where a column's name is their sex (colon's sex, 1 or 0): the rows of one of its values, which only the
            // dataset's documentation names.
            if (ValueFor(Senses.Broader(word, lexicon)) is null && Senses.Broader(word, lexicon) is var broaderPerson && (broaderPerson.Contains("male") || broaderPerson.Contains("female"))
                && Table.Columns.FirstOrDefault(c => Language.Words.NameWords(c.Name) is [var sexName]
                    && lexicon.Synsets(sexName.ToLowerInvariant(), PartOfSpeech.Noun).Any(n => n.Words.Contains("sex"))) is { } sexColumn)
            {
                Tags[i] = new Tag(TagKind.Unknown, i, 1, Reading: $"'{Original[i]}' are the rows of one {sexColumn.Name}, and its values do not say which");
                return;
            }
            // A table of people: "victims", "people" are its rows; "women" its rows of one value (female); "professors" of
            // ranks AsstProf, AssocProf and Prof all of them, the kind every other value ends with, unless an adjective
            // nothing else reads picks the kind itself ("a full professor").
            Tags[i] = ValueFor(Senses.Broader(word, lexicon)) is { } kind
                    && (!kind.Column.Values.Values.Any(v => EndsWithPart(v, kind.Value))
                        || TagAt(i - 1) is null or { Kind: TagKind.Stop } && previous is not ("the" or "a" or "an") && !KeywordWords.Contains(previous)
                            && lexicon.Knows(previous, PartOfSpeech.Adjective))
                ? new Tag(TagKind.Value, i, 1, kind.Column, kind.Value, Reading: $"{kind.Column.Name} = {kind.Value} (WordNet: a {Language.Words.Singular(word)} is a {Senses.Broader(word, lexicon).First(b => kind.Column.Values.GetValueOrDefault(b) == kind.Value)})")
                : new Tag(TagKind.TableWord, i, 1, Reading: PeopleRowsReading);
            return;
        }
        // "the tallest men" of country-by-avg-male-height: a noun whose first sense is directly a kind of a word of the table's
        // name that no column holds only restates what the whole table is about (WordNet: a man is a male).
        if (lexicon.Synsets(word, PartOfSpeech.Noun).FirstOrDefault()?.Pointing("@").Select(lexicon.Follow).SelectMany(s => s.Words).FirstOrDefault(TableOnlyWords.Contains) is { } about)
        {
            Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"what the whole table is about (WordNet: a {Language.Words.Singular(word)} is a {about})");
            return;
        }
        // "PhDs" of math-doctorates: a plural whose first sense is a kind of a word of the table's name a few steps up (a PhD
        // is a doctorate in philosophy, a doctorate) names the table's rows too. Not a word in the singular, a verb as often
        // ("did it rain" of weather).
        if (Language.Words.Singular(word) != word && TableOnlyWords.FirstOrDefault(t => Senses.IsAKindOf(Language.Words.Singular(word), t, lexicon, 3)) is { } wider)
        {
            Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"what the whole table is about (WordNet: a {Language.Words.Singular(word)} is a {wider})");
            return;
        }
        // "the tumour thickness" of melanoma: a noun whose first sense a word of the table's name is a kind of, a few steps
        // up, names what the whole table is about too (a melanoma is a cancer, a malignant tumour: a tumour).
        if (TableOnlyWords.FirstOrDefault(t => Senses.IsAKindOf(t, Language.Words.Singular(word), lexicon, 5)) is { } narrower)
        {
            Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"what the whole table is about (WordNet: a {narrower} is a {Language.Words.Singular(word)})");
            return;
        }
        // "how many people died", "how many babies were born": people are counted by the column the verb stands for (deaths,
        // births); not boys or women, whom only a column of sex would tell apart.
        var verbAt = Word(i + 1) is "were" or "was" ? i + 2 : i + 1;
        if ((word is "people" or "persons" || Senses.NamesAPerson(word, lexicon)
                && !Senses.Broader(word, lexicon).Any(b => b.Split(' ', '_')[0] is "male" or "female")) && previous == "many"
            && Word(verbAt) is var verbWord && lexicon.Knows(verbWord, PartOfSpeech.Verb)
            && NumericColumnFor(Senses.VerbMeasures(verbWord, lexicon), verbAt, wholeName: true) is { } tally)
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"counted by {tally.Column.Name}");
            if (verbAt > i + 1) Tags[i + 1] = new Tag(TagKind.Stop, i + 1, 1);
            Tags[verbAt] = new Tag(TagKind.Column, verbAt, 1, tally.Column, Reading: $"{tally.Via} (WordNet) → column {tally.Column.Name}", Predicate: true);
            return;
        }
        // "disease deaths", "deaths from wounds": a plural noun beside a numeric column names what that column counts.
        // So does a singular one after a number ("at least one silver medal").
        if ((Language.Words.Singular(word) != word || TagAt(i - 2) is { Kind: TagKind.Number }) && lexicon.Knows(word, PartOfSpeech.Noun)
            && (TagAt(i - 1) is { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } before } ? before
                : Word(i + 1) == "from" && TagAt(i + 2) is { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } after } ? after : null) is { } counting)
        {
            // "20 percent nonwhite residents": after a share, the noun is what the column is a share of, not what it counts.
            Tags[i] = (Word(i - 2) is "percent" or "percentage" || Word(i - 2)?.EndsWith('%') == true) && TagAt(i - 1)?.Column == counting
                ? new Tag(TagKind.Stop, i, 1, Reading: $"what {counting.Name}{ShareOfEnding}")
                : new Tag(TagKind.Stop, i, 1, counting, Reading: $"what {counting.Name} counts");
            // "seed sources" of Loblolly's Seed (301, 303…): a few numbers of three digits or more label rows and count
            // nothing (not a few medals, from 0); with its name the noun names what its numbers label.
            if (counting.IsCategoryNumber && !counting.CountsThings && double.TryParse(counting.Profile.Min, CultureInfo.InvariantCulture, out var least) && least >= 100
                && TagAt(i - 1) is { Length: 1 } labelling && labelling.Column == counting)
                Set(i - 1, 2, new Tag(TagKind.Column, i - 1, 2, counting, Reading: $"column {counting.Name}, what its numbers label"));
            return;
        }
        // "students who smoke heavily" of Smoke holding Heavy: an adverb after a text column's name is the value its adjective is.
        if (TagAt(i - 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } manner }
            && Senses.AdjectivesOf(word, lexicon).Where(manner.Values.ContainsKey).Select(a => manner.Values[a]).Distinct().ToList() is [var how])
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, manner, how, Reading: $"{manner.Name} = {how} (WordNet: {word}, from {how.ToLowerInvariant()})");
            return;
        }
        // "developers who work remotely" of Remote holding Remote: after a verb, an adverb whose adjective one text column holds.
        if (lexicon.Knows(previous, PartOfSpeech.Verb) && !KeywordWords.Contains(previous)
            && Senses.AdjectivesOf(word, lexicon).SelectMany(a => Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.ContainsKey(a)).Select(c => (Column: c, Value: c.Values[a])))
                .Distinct().ToList() is [var (doneSo, doneHow)])
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, doneSo, doneHow, Reading: $"{doneSo.Name} = {doneHow} (WordNet: {word}, from {doneHow.ToLowerInvariant()})");
            if (Tags[i - 1] is null or { Kind: TagKind.Unknown }) Tags[i - 1] = new Tag(TagKind.Stop, i - 1, 1, Reading: $"what is done {word}");
            return;
        }
        // "non-remote developers" of Remote holding Not remote: "non-" before a value is the value that says not.
        if (word.StartsWith("non-", StringComparison.Ordinal) && word[4..] is { Length: > 2 } denied
            && Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.ContainsKey(denied)).SelectMany(c => new[] { $"not {denied}", $"non {denied}", $"non-{denied}", $"non{denied}" }
                .Where(c.Values.ContainsKey).Select(k => (Column: c, Value: c.Values[k]))).Distinct().ToList() is [var (negated, not)])
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, negated, not, Reading: $"{negated.Name} = {not} ('non-' before {denied})");
            return;
        }
        // "the most densely populated": an adverb of degree ranks as its adjective does (dense → density); the participle
        // after it only says of what.
        if (previous is "most" or "least" && Senses.AdjectivesOf(word, lexicon).Select(a => Senses.DegreeOf(a, lexicon)).OfType<Degree>()
                .Select(d => (Degree: d, Measured: NumericColumnFor(d.Measures, i))).FirstOrDefault(d => d.Measured is not null) is { Measured: var (adverbColumn, via) } byAdverb)
        {
            var up = byAdverb.Degree.High != (previous == "least");
            var participle = i + 1 < Words.Count && Tags[i + 1] is null && lexicon.Knows(Words[i + 1], PartOfSpeech.Verb) && Words[i + 1].EndsWith("ed", StringComparison.Ordinal);
            Set(i, participle ? 2 : 1, new Tag(TagKind.Column, i, participle ? 2 : 1, adverbColumn, Pole: up ? 1 : -1, Superlative: true,
                Reading: $"{(up ? "high" : "low")} {via} (WordNet: {word}, from {byAdverb.Degree.Adjective}) → column {adverbColumn.Name}, ranked"));
            return;
        }
        // "70 inches tall": after a number's unit, the adjective of what the unit measures says no more.
        if (TagAt(i - 1) is { Kind: TagKind.Unit } && TagAt(i - 2) is { Kind: TagKind.Number } && Senses.DegreeOf(word, lexicon) is { } unitDegree
            && NumericColumnFor(unitDegree.Measures, i) is var (tallColumn, _) && (TagAt(i - 1)!.Column is null || TagAt(i - 1)!.Column == tallColumn))
        {
            Tags[i - 1] = Tags[i - 1]! with { Column = tallColumn };
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what the {Words[i - 1]} measure ({tallColumn.Name})");
            return;
        }
        var superlative = Senses.IsSuperlative(word, lexicon) || previous is "most" or "least";
        var comparative = Word(i + 1) == "than" && (Senses.IsComparative(word, lexicon) || previous is "more" or "less");
        var degree = superlative || comparative || previous == "how" ? Senses.DegreeOf(word, lexicon) : null;
        // "the longest distance": an adjective before a numeric column ranks that column, whatever its attribute; so does one
        // comparing after it ("a coastline longer than 10000"), and one before the table's own word and a column ("the
        // longest life expectancy").
        var modifiedAt = TagAt(i + 1) is null && Table.NameWords.Contains(Language.Words.Singular(Word(i + 1))) ? i + 2 : i + 1;
        // Past a verb to be ("waits were longer than 90 minutes"), only an act's measure named by its verb (waiting): the rows
        // ("days were hotter") and a count of them ("people were older than 80") are what is compared there.
        var comparedAt = Word(i - 1) is "is" or "are" or "was" or "were" or "be" or "been" ? i - 2 : i - 1;
        var beside = comparative && TagAt(comparedAt) is { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } compared }
                && (comparedAt == i - 1 || Language.Words.NameWords(compared.Name) is [var actMeasure] && actMeasure.EndsWith("ing", StringComparison.Ordinal) && actMeasure != Words[comparedAt]) ? compared
            : TagAt(modifiedAt) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } modified } modifier && !NumbersThings(modifier) ? modified
            // "Who threw the javelin farthest?": a superlative ending the question, right after a numeric column, ranks it.
            : superlative && i + 1 == Words.Count && TagAt(i - 1) is { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } lastRanked } endedTag
                && !NumbersThings(endedTag) ? lastRanked : null;
        // "the longest color name", "the shortest titles": long and short before a text column measure the text itself; the
        // column's own word then only says which text. "Which country has the longest name?" where no column is called a
        // name: the text the question asks which of; "the longest keyword": the one naming the rows.
        // "the shortest race" of hills' dist: a text that is no writing is not measured by its letters where a column measures the adjective.
        if (superlative && beside is null && degree is { } lengthDegree && lengthDegree.Measures.Contains("length")
            && (Enumerable.Range(i + 1, 2).FirstOrDefault(j => TagAt(j) is { Kind: TagKind.Column, Pole: 0, Column.Kind: ColumnKind.Text }, -1) is var textAt and >= 0
                    && Enumerable.Range(i + 1, textAt - i - 1).All(j => TagAt(j) is null or { Kind: TagKind.TableWord or TagKind.Stop })
                    && (NumericColumnFor(lengthDegree.Measures, i, begun: lengthDegree.Named) is null
                        || Words.Skip(textAt).Take(TagAt(textAt)!.Length).Any(w => Senses.NamesWriting(Language.Words.Singular(w), lexicon)))
                    ? TagAt(textAt)
                : Word(i + 1) is "name" or "names" or "title" or "titles" && TagAt(i + 1) is null or { Kind: TagKind.Unknown }
                    && Tags.Where(t => t is { Kind: TagKind.Column, Pole: 0, Column.Kind: ColumnKind.Text } && t.Column!.Profile.DistinctCount * 2 >= Table.RowCount)
                        .Select(t => t!.Column!).Distinct().ToList() is [var namesAsked]
                    ? new Tag(TagKind.Stop, i + 1, 1, namesAsked)
                // "the longest keyword": before the rows' own word, of a table with no length to measure, the text naming each.
                : TagAt(i + 1) is null or { Kind: TagKind.TableWord, Length: 1 } && Table.NameWords.Contains(Language.Words.Singular(Word(i + 1)))
                    && NumericColumnFor(lengthDegree.Measures, i, begun: lengthDegree.Named) is null
                    && Table.Columns.Where(c => c.Kind == ColumnKind.Text && TellsRowsApart(c)).ToList() is [var naming]
                    ? new Tag(TagKind.Stop, i + 1, 1, naming) : null) is { Column: { } text } textTag)
        {
            var longer = lengthDegree.High != (previous is "least" or "less");
            Tags[i] = new Tag(TagKind.Column, i, 1, text, Pole: longer ? 1 : -1, Superlative: true, OfLength: true,
                Reading: $"{(longer ? "long" : "short")} {text.Name} (WordNet: {lengthDegree.Adjective} measures length) → the length of {text.Name}, ranked");
            Set(textTag.Start, textTag.Length, new Tag(TagKind.Stop, textTag.Start, textTag.Length, Reading: "the text whose length is ranked"));
            return;
        }
        if (degree is not null && (beside is not null ? (Column: beside, Via: beside.Name) : NumericColumnFor(degree.Measures, i, previous == "how" ? Words.Count : 3, begun: degree.Named)) is { } measured)
        {
            var high = degree.High != (previous is "least" or "less");
            // "the oldest independence date": of a date or a year, the oldest is the earliest.
            if (degree.Measures.Contains("age") && (measured.Column.Kind == ColumnKind.Date || measured.Column.IsYearNumber
                    || Words.Skip(i + 1).Take(3).Any(w => w is "date" or "year")))
                high = !high;
            // "the fastest time": speed is distance per unit time, so the fastest takes the least; so does "the fastest reaction
            // time" of a column called Reaction, by the words the question names it with.
            var namedWith = TagAt(modifiedAt) is { Kind: TagKind.Column } namer && namer.Column == measured.Column ? Words.Skip(namer.Start).Take(namer.Length).ToList() : [];
            if (namedWith.Count > 0 && Word(modifiedAt + namedWith.Count) is { Length: > 0 } following && lexicon.Knows($"{string.Join(' ', namedWith)} {following}", PartOfSpeech.Noun))
                namedWith.Add(following);
            // "the fastest hurdles", "the slowest 800m" of run800m: a race is timed, so the fastest took the least time.
            if (Language.Words.NameWords(measured.Column.Name).Append(measured.Via).Concat(namedWith).Select(Language.Words.Singular).Intersect(degree.Per).Any()
                || degree.Per.Contains("time") && TimesARace(measured.Column, lexicon))
                high = !high;
            Tags[i] = new Tag(TagKind.Column, i, 1, measured.Column, Pole: high ? 1 : -1, Superlative: superlative,
                Reading: $"{(high ? "high" : "low")} {measured.Via} (WordNet: {degree.Adjective}) → column {measured.Column.Name}{(superlative ? ", ranked" : "")}");
            return;
        }
        // "the hardest sample" of rubber's hard: the superlative of a numeric column's own one-word name ranks it.
        if (superlative && previous is not ("most" or "least") && lexicon.BaseForms(word, PartOfSpeech.Adjective).Where(b => b != word).ToList() is { Count: > 0 } plain
            && Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && Language.Words.NameWords(c.Name) is [var one] && plain.Contains(one)).ToList() is [var ownName])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, ownName, Pole: 1, Superlative: true, Reading: $"high {ownName.Name} ('{word}', of {ownName.Name}) → column {ownName.Name}, ranked");
            return;
        }
        // "the driest city" of precipitation: where no column measures the adjective's attribute (wetness), the one numeric
        // column whose noun WordNet defines by a noun the adjective is defined by (water). Not days or hours ("the slowest
        // subject" of sleep-deprivation's Days): when each row was measured.
        if (superlative && degree is { } alike && Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && Language.Words.NameWords(c.Name) is [var one]
                    && !TimeUnits.Contains(one.EndsWith('s') ? one : one + "s"))
                .Select(c => (Column: c, Shared: Senses.DefinedAlike(alike.Adjective, Language.Words.NameWords(c.Name)[0], lexicon)))
                .Where(c => c.Shared is not null).ToList() is [var (definedAlike, shared)])
        {
            var high = alike.High != (previous is "least" or "less");
            Tags[i] = new Tag(TagKind.Column, i, 1, definedAlike, Pole: high ? 1 : -1, Superlative: true,
                Reading: $"{(high ? "high" : "low")} {definedAlike.Name} (WordNet: {alike.Adjective} and {definedAlike.Name} are both defined by {shared}) → column {definedAlike.Name}, ranked");
            return;
        }
        // "the longest marriage in years" of yearsmarried: where no column measures length, long and short of a thing are how
        // long it lasted, in the one number column named with a unit of time.
        if (superlative && degree is { } span && span.Measures.Contains("length")
            && Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && NamedWithUnitOfTime(c, lexicon)).ToList() is [var lasting])
        {
            var longer = span.High != (previous is "least" or "less");
            Tags[i] = new Tag(TagKind.Column, i, 1, lasting, Pole: longer ? 1 : -1, Superlative: true,
                Reading: $"{(longer ? "long" : "short")} in time (WordNet: {span.Adjective} measures length) → column {lasting.Name}, ranked");
            return;
        }
        // "How long does the cheetah sleep?": how much of the one measure the question names. Not a count of things ("How
        // long did the average call last?" of calls: a call's length is not their number).
        if (previous == "how" && degree is not null && !superlative
            && Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }).Select(t => t!.Column!).Distinct().ToList() is [var howMuch]
            && !(Language.Words.NameWords(howMuch.Name) is [var counts] && Language.Words.Singular(counts.ToLowerInvariant()) is var thing && thing != counts.ToLowerInvariant()
                && lexicon.Knows(thing, PartOfSpeech.Noun)))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"how much: {howMuch.Name}");
            return;
        }
        // "the oldest athlete" with no age column but a date of birth: the earliest born is the oldest; "the oldest journal"
        // of a founding year too (WordNet: a founding is a beginning).
        if (superlative && degree is { } ageDegree && ageDegree.Measures.Contains("age")
            && !Table.Columns.Any(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name).Contains("age"))
            && Table.Columns.Where(c => c.Kind == ColumnKind.Date && Language.Words.NameWords(c.Name).Any(w => w is "birth" or "born" or "dob" or "birthday" or "birthdate")
                || c.IsYearNumber && ageDegree.Adjective is not ("early" or "late") && c.Aliases.SelectMany(a => a).Distinct()
                    .Any(w => lexicon.KindsOf(lexicon.Synsets(w, PartOfSpeech.Noun).Take(1), 1).Any(kind => kind.Words.Contains("beginning")))).ToList() is [var born])
        {
            var older = ageDegree.High != (previous is "least" or "less");
            Tags[i] = new Tag(TagKind.Column, i, 1, born, Pole: older ? -1 : 1, Superlative: true,
                Reading: $"{(older ? "early" : "late")} {born.Name} (WordNet: {ageDegree.Adjective} measures age; begun earlier is older), ranked");
            return;
        }
        if (ValueFor(Senses.PertainsTo(word, lexicon), Original[i]) is { } place)
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, place.Column, place.Value, Reading: $"{place.Column.Name} = {place.Value} (WordNet: pertains to {place.Value})");
            return;
        }
        // "Democrats" of a party column holding Democratic: a member (WordNet) of the group a value and the column's noun name.
        if (GroupValue(word, lexicon) is { } group)
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, group.Column, group.Value, Reading: $"{group.Column.Name} = {group.Value} (WordNet: a member of the {group.Value} {group.Noun})");
            return;
        }
        // "how many states", "by state": the names one text column holds are, in WordNet, states (Alabama is an American state).
        var namedBy = lexicon.Knows(word, PartOfSpeech.Noun)
            ? Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.Count > 0 && Senses.NamesInstancesOf(word, c.Values.Values.Order(StringComparer.Ordinal), lexicon)).ToList()
            : [];
        if (namedBy is [var named])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, named, Reading: $"its names are {word} (WordNet) → column {named.Name}");
            return;
        }
        // "Which city is closest to Paris?" of a route's origin and destination, both cities: the side the question does not
        // hold to a value. Where it holds neither ("how many cities"), the word is theirs, read as no rows.
        if (namedBy.Count == 2 && Table.Sides is var (first, second) && namedBy.Contains(first) && namedBy.Contains(second))
        {
            var sidesHeld = Tags.Where(t => t is { Kind: TagKind.Value } && (t.Column == first || t.Column == second)).Select(t => t!.Column!).Distinct().ToList();
            // Of routes listed both ways, either side holds every one of them ("how many cities", "how many cities are within
            // 1000 km of Munich").
            Tags[i] = sidesHeld is [var side] && (Word(i - 1) is "which" or "what" || Table.SymmetricSides)
                ? new Tag(TagKind.Column, i, 1, side == first ? second : first, Reading: $"its names are {word} (WordNet): the side not held → column {(side == first ? second : first).Name}")
                : sidesHeld is [] && Table.SymmetricSides
                ? new Tag(TagKind.Column, i, 1, first, Reading: $"its names are {word} (WordNet): each on both sides → column {first.Name}")
                : new Tag(TagKind.Unknown, i, 1, Reading: $"both {first.Name} and {second.Name} name {word}");
            return;
        }
        // A verb by its form ("made", "lives") or its subject ("penguins live", "do they come"); "dividend yield of" is a noun.
        var inflected = lexicon.BaseForms(word, PartOfSpeech.Verb).Any(b => b != word);
        var verbal = inflected || Language.Words.Singular(previous) != previous
            || previous is "do" or "does" or "did" or "they" or "that" or "which" or "who" || BeWords.Contains(previous) || ModalWords.Contains(previous)
            // "people hold": after the rows of a table of people.
            || TagAt(i - 1) is { Reading: PeopleRowsReading }
            // "When did Jammy Jellyfish reach…": after the value the question asks about.
            || TagAt(i - 1) is { Kind: TagKind.Value } && Words.Take(i).Any(w => w is "do" or "does" or "did")
            // "women in Quebec work part time": after the place that says which of a plural's things.
            || TagAt(i - 1) is { Kind: TagKind.Value } placed && Word(placed.Start - 1) is "in" or "from" && Word(placed.Start - 2) is { Length: > 2 } things
                && Language.Words.Singular(things) != things
            // "respondents with a bachelor's degree live in": a word only a verb, after the value that says which of them.
            || TagAt(i - 1) is { Kind: TagKind.Value } && lexicon.Knows(word, PartOfSpeech.Verb) && !lexicon.Knows(word, PartOfSpeech.Noun);
        // "Number of plots by block", "Total shoots": a plural noun right after "of" or a summary is what it is of, whatever
        // verb it also is.
        if (previous is "of" or "total" or "average" && Language.Words.Singular(word) is var ofNoun && ofNoun != word && lexicon.Knows(ofNoun, PartOfSpeech.Noun)) verbal = false;
        // "which route has": the word asked for is a noun, whatever verb it also is.
        var asked = previous is "which" or "what" && !inflected && lexicon.Knows(word, PartOfSpeech.Noun);
        var stands = lexicon.Knows(word, PartOfSpeech.Verb) && !asked ? Senses.VerbMeasures(word, lexicon) : [];
        // "How many applicants were called?" of a yes-or-no call column: a form of the verb that is its one-word name says yes.
        // "How many eyes were treated?" of trt: or the verb's letters, shortened, where the name is no word.
        if (inflected && Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && lexicon.BaseForms(word, PartOfSpeech.Verb)
                .Any(b => b == name || name.Length >= 3 && name[^1] == b[^1] && Shortens(name, b) && !lexicon.IsWord(name))).ToList() is [var verbFlag])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, verbFlag, Reading: $"'{word}', of the verb {verbFlag.Name} → column {verbFlag.Name}", Predicate: true);
            return;
        }
        // "How many patients died?", "withdrew" of an event column holding death and withdraw: a verb said of the rows whose
        // base form, or a noun WordNet derives from its first sense, is one text column's value names that value; not where
        // a column is named by it (la-riots' death_date: every row died).
        if (verbal && inflected && Tags.Take(i).Any(t => t is { Kind: TagKind.TableWord }) && lexicon.BaseForms(word, PartOfSpeech.Verb) is var bases
            && bases.Concat(bases.SelectMany(b => lexicon.Synsets(b, PartOfSpeech.Verb).Take(1)).SelectMany(s => s.Pointing("+").Where(p => p.Pos == PartOfSpeech.Noun))
                    .Select(lexicon.Follow).SelectMany(n => n.Words)).Distinct().ToList() is var said
            && !Table.Columns.Any(c => Language.Words.NameWords(c.Name).Intersect(said).Any())
            && said.SelectMany(form => Table.Columns.Where(c => c is { Kind: ColumnKind.Text, IsFlag: false } && c.Values.ContainsKey(form)).Select(c => (Column: c, Value: c.Values[form])))
                .Distinct().ToList() is [var (happened, outcome)])
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, happened, outcome, Reading: $"{happened.Name} = {outcome} (WordNet: '{word}', of the verb {bases[0]})");
            return;
        }
        // "How many people paid the user fee?", "water skiers paid": a verb between the people of the rows (of any kind) and a
        // yes-or-no column, its object, says it holds for them; not a verb of lacking, refusing or failing.
        if (verbal && (TagAt(i - 1) is { Reading: PeopleRowsReading } || PeopleRows && Language.Words.Singular(previous) is var payer && payer != previous && Senses.NamesAPerson(payer, lexicon))
            && TagAt(Word(i + 1) is "the" or "a" or "an" ? i + 2 : i + 1) is { Kind: TagKind.Column, Column: { IsFlag: true } heldObject }
            && !Senses.Negates(word, lexicon))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"relates them to {heldObject.Name}");
            return;
        }
        // "How many women participate?" of a yes-or-no participation column: a verb WordNet derives the column's one-word name from
        // (a verb of thinking is read below, with who thought it); not one whose preposition leads to another column ("live in
        // urban areas" is of urban, not of home).
        // "Average shortening by concentration": a noun in -ing after nothing but words of the question's form is grouped by
        // what follows "by", not done by it.
        var groupedNoun = Word(i + 1) == "by" && word.EndsWith("ing", StringComparison.Ordinal) && lexicon.Knows(word, PartOfSpeech.Noun)
            && Words.Take(i).All(w => Language.Words.StopWords.Contains(w) || KeywordWords.Contains(w));
        var prepositionsObject = Senses.RelatingPrepositions.Contains(Word(i + 1)) && !groupedNoun ? TagAt(Word(i + 2) is "the" or "a" or "an" ? i + 3 : i + 2) : null;
        if (verbal && prepositionsObject is not { Kind: TagKind.Column or TagKind.Value } && lexicon.BaseForms(word, PartOfSpeech.Verb) is { Count: > 0 } verbForms && !verbForms.Any(v => Senses.Thinks(v, lexicon))
            && Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && lexicon.Synsets(name, PartOfSpeech.Noun).Take(2)
                .SelectMany(n => n.Pointing("+").Where(p => p.Pos == PartOfSpeech.Verb)).Select(lexicon.Follow).Any(v => v.Words.Intersect(verbForms).Any())).ToList() is [var nounFlag])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, nounFlag, Reading: $"'{word}' (WordNet: the verb of {nounFlag.Name}) → column {nounFlag.Name}", Predicate: true);
            return;
        }
        // "How many condos were sold?": a passive ending a question of "how many" counts the rows its words pick; what the verb
        // may stand for (a price) is not what is counted.
        // Not a verb of judging where a yes-or-no column could be the judgement ("How many applications were accepted?" of
        // card, whether each got one).
        if (inflected && previous is "were" or "was" && i + 1 == Words.Count && i >= 4 && Words[0] == "how" && Words[1] == "many"
            && Enumerable.Range(2, i - 3).All(j => Tags[j] is null or { Kind: TagKind.Value or TagKind.TableWord or TagKind.Stop })
            && !JudgedByAFlag(word, lexicon))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "what happened to the rows counted");
            return;
        }
        // "When was version 18.0.0 released?" of node-releases: the verb of the rows' own noun only says they happened; not
        // where a yes-or-no column is called by it ("customers who churned" of wa-churn's churn: its yes).
        if (!asked && lexicon.BaseForms(word, PartOfSpeech.Verb).Any(b => b != word && Table.NameWords.Contains(b)
                && !Table.Columns.Any(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var name] && name == b)))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "what each row is, as a verb");
            return;
        }
        // "players play for the Celtics", "where do the Nuggets play": the verb of the people the rows are only relates.
        if (stands.Select(Language.Words.Singular).Any(n => Table.NameWords.Contains(n) && Senses.NamesAPerson(n, lexicon)))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "what the rows do, as a verb");
            return;
        }
        // "When was Adlam added?", "scripts added per year": of a table with one date, a participle asked about in time says
        // what that date is the time of.
        if (!asked && word.EndsWith("ed", StringComparison.Ordinal) && lexicon.BaseForms(word, PartOfSpeech.Verb).Any(b => b != word)
            && Table.Columns.Count(c => c.Kind == ColumnKind.Date) == 1 && !Table.Columns.Any(c => c.IsYearNumber)
            && Words.Any(w => w is "when" or "year" or "years" or "month" or "months" or "latest" or "earliest" or "newest" or "oldest" or "recently" or "first" or "last"))
        {
            var dated = Table.Columns.Single(c => c.Kind == ColumnKind.Date);
            Tags[i] = new Tag(TagKind.Column, i, 1, dated, Reading: $"when it was {word} → column {dated.Name}", Predicate: true);
            return;
        }
        if (word is "make" or "makes" or "made" or "take" or "takes" or "give" or "gives" && LightVerbObject(i) is { } acted)
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"relates to {acted.Name} (a light verb)");
            return;
        }
        // "written right to left" (rtl): a participle before a yes-or-no column only says how.
        if (inflected && BeWords.Contains(previous) && TagAt(i + 1) is { Kind: TagKind.Column, Column.IsFlag: true })
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"says how: {TagAt(i + 1)!.Column!.Name}");
            return;
        }
        // "rated PG-13": the verb's noun names the column of the value after it, so it only relates them.
        if (TagAt(i + 1) is { Kind: TagKind.Value, Column: { } valued } && stands.Any(n => valued.Aliases.Any(a => a.Contains(Language.Words.Singular(n)))))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"relates to {valued.Name} (WordNet)");
            return;
        }
        // "which source category": the noun asked for is a word of one column's name.
        if (asked && ColumnFor([word], i) is { } wordOf)
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, wordOf.Column, Reading: $"a word of {wordOf.Column.Name} → column {wordOf.Column.Name}");
            return;
        }
        // "Which units are used for speed?", "Which category uses kilowatt-hour?": a verb before a value of another column
        // than the one its noun names (usage) only relates the rows asked for to that value.
        var valueAfter = TagAt(i + 1) is { Kind: TagKind.Value } next ? next
            : Language.Words.StopWords.Contains(Word(i + 1)) && TagAt(i + 2) is { Kind: TagKind.Value } afterPreposition ? afterPreposition : null;
        if (inflected && valueAfter is not null && ColumnFor(stands, i) is { } related && valueAfter.Column != related.Column && !AmountAsked(related.Column))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"relates to {valueAfter.Column!.Name}");
            return;
        }
        // "How many features does IE support?", "features not supported by Safari": a verb ending the question, done by a column
        // of text left empty where it does not do it, says the column is held.
        var doneAtEnd = i + 1 == Words.Count && Words.Take(i).Any(w => w is "do" or "does" or "did");
        if (lexicon.Knows(word, PartOfSpeech.Verb) && (doneAtEnd || i + 3 == Words.Count && inflected && Word(i + 1) == "by")
            && DoneBy(i) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, HasEmptyCells: true } } doer && (doneAtEnd || doer.Length == 1))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: DoneByReading);
            return;
        }
        // "How much was spent on personal care in 1955?": asked how much, a verb standing for a measure is that measure, whatever
        // value its preposition leads to.
        bool AmountAsked(LanguageColumn measure) => Words is ["how", "much", ..] && measure is { Kind: ColumnKind.Number, IsYearNumber: false };
        // "Who won the heptathlon?": where nothing names a winner, the one who won has the highest of the one number column
        // WordNet defines as what a contest is won by (score).
        if (Words[0] == "who" && i == 1 && ColumnFor(stands, i) is null && Senses.SaysWon(word, lexicon)
            && Words.Skip(2).All(w => Language.Words.StopWords.Contains(w) || Table.NameWords.Contains(Language.Words.Singular(w)))
            && Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && Language.Words.NameWords(c.Name) is [var one]
                && Senses.ScoresAContest(Language.Words.Singular(one.ToLowerInvariant()), lexicon)).ToList() is [var score])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, score, Pole: 1, Superlative: true, Reading: $"who {word}: the highest {score.Name} (WordNet: what a contest is won by), ranked");
            return;
        }
        // "Who designed the most emojis?", "Who drew the pizza emoji?": the verb after "who" is what the one column of people
        // (WordNet: an author is a person) did.
        if (Words[0] == "who" && i == 1 && ColumnFor(stands, i) is null && PeopleColumn(lexicon) is { } people)
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, people, Reading: $"who {word}: the column of people {people.Name}");
            return;
        }
        // "can't be traded", "discovered" of a column tradeable, discoverable: the yes-or-no column of the verb's "-able".
        if (lexicon.BaseForms(word, PartOfSpeech.Verb) is { Count: > 0 } done
            && Table.Columns.Where(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var able]
                && done.Any(v => able == v + "able" || able == v.TrimEnd('e') + "able" || able == v.TrimEnd('e') + "ible")).ToList() is [var doable])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, doable, Reading: $"{word} → column {doable.Name} (what can be {word})");
            return;
        }
        // "per route" of canada-migration's source and destination: a noun WordNet reads as one of two columns holding the
        // same values, the two sides of each row, names the rows.
        if (Table.Sides is var (one, other) && lexicon.Knows(Language.Words.Singular(word), PartOfSpeech.Noun) && ColumnFor(stands, i) is { } sideOf
            && (sideOf.Column == one || sideOf.Column == other) && !Language.Words.NameWords(sideOf.Column.Name).Contains(Language.Words.Singular(word)))
        {
            Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: each a {Language.Words.Singular(word)} from {one.Name} to {other.Name}", Rows: true);
            return;
        }
        // "respondents live in Santiago", "students live in urban areas": a verb before a preposition and a value (or another
        // column) relates them, whatever column it may stand for.
        // Not "appeals decided by each judge", "did Judge Heald decide" of a decision of yes or no: a verb of thinking with
        // the one who thought it relates them; every appeal was decided, some to yes ("Which mode was chosen" is the choice).
        // "weigh" of HeadWt: a measure the verb stands for may be shortened in a name no dictionary knows, as an adjective's may.
        if ((ColumnFor(stands, i) ?? NumericColumnFor(stands, i, begun: stands.Where(n => Senses.NamesAMeasure(n, lexicon)).ToHashSet())) is { } verb
            && !(verbal && !AmountAsked(verb.Column) && (prepositionsObject is { Kind: TagKind.Value }
                || prepositionsObject is { Kind: TagKind.Column } && prepositionsObject.Column != verb.Column))
            && !(verb.Column.IsFlag && lexicon.BaseForms(word, PartOfSpeech.Verb).Any(thought => Senses.Thinks(thought, lexicon))
                && (Word(i + 1) == "by" || doneAtEnd && Tags.Take(i).Any(t => t is { Kind: TagKind.Value }))))
        {
            // "use a local" of uses_local: the verb and its object together are the column's name, said once.
            Tags[i] = verbal && TagAt(Word(i + 1) is "a" or "an" or "the" ? i + 2 : i + 1) is { Kind: TagKind.Column } verbObject && verbObject.Column == verb.Column
                ? new Tag(TagKind.Stop, i, 1, Reading: $"with what follows, column {verb.Column.Name}")
                : new Tag(TagKind.Column, i, 1, verb.Column, Reading: $"{verb.Via} (WordNet) → column {verb.Column.Name}", Predicate: true);
            return;
        }
        // "strikes involved large wildlife", "countries use the Euro", "starlings were hit", "what currency does Canada use": a
        // verb before a value (or a column's name and its value), ending a passive, or ending a question asked with "does"
        // after the value, only relates.
        // "Which party did Thomas Jefferson belong to?": the same, before a preposition that ends it.
        // "How many emojis did Lisa Schulz make?": the same, counting rows (not "how many gold medals did the USA lose").
        var endsAskingOfValue = (i + 1 == Words.Count || i + 2 == Words.Count && Senses.RelatingPrepositions.Contains(Word(i + 1)))
            && (Words[0] is "what" or "which" || Senses.RelatingPrepositions.Contains(Words[0]) && Word(1) is "what" or "which"
                || Words[0] == "how" && (!Tags.Take(i).Any(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number })
                    // "How many properties does the slider role support?": the amount a row holds, unless the verb says it is
                    // without it ("how many gold medals did the USA lose").
                    || Word(1) == "many" && TagAt(2) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number } && !Senses.Lacks(word, lexicon)))
            // "In which generation was Intimidate introduced?": asked in the passive too.
            && (TagAt(i - 1) is { Kind: TagKind.Value } || TagAt(i - 1) is { Kind: TagKind.Column, Column: { } ofValue } && TagAt(i - 2) is { Kind: TagKind.Value } picked && picked.Column == ofValue)
            && Words.Take(i).Any(w => w is "do" or "does" or "did" || inflected && BeWords.Contains(w))
            && Tags.Take(i).Any(t => t is { Kind: TagKind.Column });
        // "use the abbreviation CET", "use Node 16.17.1": the value may follow its column's name; "stand for the character é":
        // after a preposition too.
        var objectAt = Word(i + 1) is "the" or "a" or "an" ? i + 2 : i + 1;
        var prepositionObjectAt = Senses.RelatingPrepositions.Contains(Word(i + 1)) || Word(i + 1) == "for" ? Word(i + 2) is "the" or "a" or "an" ? i + 3 : i + 2 : -1;
        foreach (var at in new[] { objectAt, prepositionObjectAt })
            if (at > 0 && TagAt(at) is { Kind: TagKind.Column } objectNamed && TagAt(at + objectNamed.Length) is { Kind: TagKind.Value } namedValue && namedValue.Column == objectNamed.Column)
            {
                objectAt = at + objectNamed.Length;
                break;
            }
        if (lexicon.Knows(word, PartOfSpeech.Verb) && (endsAskingOfValue || verbal && (TagAt(objectAt) is { Kind: TagKind.Value }
                || BeWords.Contains(previous) && (i + 1 == Words.Count || Senses.RelatingPrepositions.Contains(Word(i + 1))) && !JudgedByAFlag(word, lexicon)
                    // "How many foods are cooked?" of foods named Cooked Beef, Cooked Cod: the word the names hold is a condition;
                    // so is a verb denied ("can't be traded"), and one ending a question of which rows that holds them to
                    // nothing else ("Which animals are endangered?").
                    && !InsideValues(word) && !Words.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).Contains("not")
                    && (Words[0] is not ("which" or "what") || i + 1 < Words.Count || Tags.Any(t => t is { Kind: TagKind.Value or TagKind.Number })
                        // "What concentrations were tested?": asked of a column's few values, each on many rows (not of the rows,
                        // nor of what names them), it only says what was done with them.
                        || TagAt(1) is { Kind: TagKind.Column, Column: { IsFlag: false } few } valuesAsked && valuesAsked.Start + valuesAsked.Length + 1 == i
                            && few.Profile.DistinctCount * 2 <= Table.RowCount))))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "relates (a verb)");
            return;
        }
        // "the distance flown", "the miles driven": a participle after a column only describes it; not after a column named
        // with a preposition at its end, whose object follows ("name from contents"), nor after people in the plural, who did it
        // ("first class passengers died").
        if (TagAt(i - 1) is { Kind: TagKind.Column } described && inflected && !Senses.RelatingPrepositions.Contains(previous)
            && !(Language.Words.Singular(previous) != previous && Senses.NamesAPerson(Language.Words.Singular(previous), lexicon)))
        {
            // "grades increased" of a grade column holding increase and decrease: the verb's own form is the value.
            if (described.Column is { Kind: ColumnKind.Text } holding
                && lexicon.BaseForms(word, PartOfSpeech.Verb).FirstOrDefault(holding.Values.ContainsKey) is { } baseValue)
            {
                Tags[i] = new Tag(TagKind.Value, i, 1, holding, holding.Values[baseValue], Reading: $"{holding.Name} = {holding.Values[baseValue]} ('{word}')");
                return;
            }
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"describes {described.Column!.Name}");
            return;
        }
        // "the year the most artworks were made": a thing the rows are was made, as each of them was; it picks none.
        // "How many artworks did Joseph Beuys make?": so after who made them.
        if (i == Words.Count - 1 && lexicon.BaseForms(word, PartOfSpeech.Verb).Any(made => Senses.Makes(made, lexicon))
            && (inflected && TagAt(previous is "were" or "was" ? i - 2 : i - 1) is { Kind: TagKind.TableWord, Reading: not PeopleRowsReading }
                || Words.Take(i).Any(w => w is "did" or "do" or "does") && Tags.Any(t => t is { Kind: TagKind.TableWord, Reading: not PeopleRowsReading })))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "says they were made, as each row's was");
            return;
        }
        // "the most articles any student published", "any married student": a verb ending the question after the people of
        // the rows (of some kind or not), said of the column before them, relates them to it.
        var whose = i - 2;
        while (TagAt(whose) is { Kind: TagKind.Value, Length: 1 } or { Kind: TagKind.Column, Length: 1, Column.IsFlag: true }) whose--;
        if (Word(whose) is "any" or "a" or "one" or "each" or "every" or "single") whose--;
        if (i == Words.Count - 1 && lexicon.Knows(word, PartOfSpeech.Verb) && TagAt(i - 1) is { Reading: PeopleRowsReading }
            && TagAt(whose) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } did })
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"relates them to their {did.Name}");
            return;
        }
        // "Which country won the most gold medals", "did the USA win": a verb of getting or winning only relates who to what.
        if ((verbal || i == Words.Count - 1 && Words.Take(i).Any(w => w is "did" or "do" or "does")) && Senses.Gains(word, lexicon)
            && !(i + 2 == Words.Count && Senses.RelatingPrepositions.Contains(Word(i + 1))) && !JudgedByAFlag(word, lexicon))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "relates (a verb of getting)");
            return;
        }
        // "lie north of 40" too: a point of the compass is where a thing is, as a preposition would say; "reach end of
        // life" (eol): a date column after the verb is when it happened.
        // A preposition ending the question ("What does margin apply to?") relates to nothing it says.
        // "Total spending by year": a form in -ing after nothing but words of the question's form (no one who does it, no "is"),
        // is a noun.
        var subjectless = word.EndsWith("ing", StringComparison.Ordinal) && lexicon.Knows(word, PartOfSpeech.Noun)
            && Words.Take(i).All(w => Language.Words.StopWords.Contains(w) || KeywordWords.Contains(w)) && !BeWords.Contains(previous);
        if (verbal && !subjectless && (Senses.RelatingPrepositions.Contains(Word(i + 1)) && i + 2 < Words.Count || Word(i + 1) is "north" or "south" or "east" or "west"
                || TagAt(i + 1) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Date }) && Senses.Relates(word, lexicon))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"relates what comes before to what follows '{Word(i + 1)}'");
            return;
        }
        // "people who speak French" of a language column: a verb WordNet defines by the column's name ("use language"),
        // before one of its values, only relates the rows to it.
        if (TagAt(i + 1) is { Kind: TagKind.Value, Column: { } spoken } && lexicon.Knows(word, PartOfSpeech.Verb)
            && Language.Words.NameWords(spoken.Name).Select(Language.Words.Singular).ToHashSet() is var spokenName
            && lexicon.Synsets(word, PartOfSpeech.Verb).Take(3).Any(s => Language.Words.Tokens(s.Definition).Any(spokenName.Contains)))
        {
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"relates the rows to their {spoken.Name} (WordNet: to {word} is to use {spoken.Name})");
            return;
        }
        // "came out in 2020": a verb and its particle before a preposition.
        if (verbal && Word(i + 1) is "out" or "up" or "off" or "back" && Tags[i + 1] is null && Senses.RelatingPrepositions.Contains(Word(i + 2)) && i + 3 < Words.Count
            && Senses.Relates(word, lexicon))
        {
            Set(i, 2, new Tag(TagKind.Stop, i, 2, Reading: $"relates what comes before to what follows '{Word(i + 2)}'"));
            return;
        }
        // "rain" is precipitation; a thing is not a measure ("the highest mountain" is no elevation of a country's). A column
        // the word's own letters begin with comes first: "subscriptions" of subs, not price (a subscription is a payment).
        // "the number of loans" is no liability: a kind of what an amount measures is counted, not summed, in anything but whole numbers.
        if (NumericColumnFor([word, .. Senses.Broader(word, lexicon, notThings: true)], i, wholeName: true) is { } noun
            && !(noun.Via != word && lexicon.Knows(word, PartOfSpeech.Noun) && AbbreviatedColumn(Language.Words.Singular(word)) is { } begun && begun != noun.Column)
            && !(noun.Via != word && Word(i - 1) == "of" && Word(i - 2) is "number" or "count" && !ColumnTypes.IsInteger(noun.Column.Type)))
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, noun.Column, Reading: noun.Via == word ? $"column {noun.Column.Name}" : $"{word} is a kind of {noun.Via} (WordNet) → column {noun.Column.Name}");
            return;
        }
        // "country" of a nationality column: WordNet derives nationality from national, and national from nation, a country.
        if (lexicon.Knows(word, PartOfSpeech.Noun) && !inflected && Senses.Broader(word, lexicon) is var kinds
            && Table.Columns.Where(c => c.Kind == ColumnKind.Text && Language.Words.NameWords(c.Name) is [var name] && Senses.DerivedFrom(name, lexicon).Intersect(kinds).Any()).ToList() is [var derivedColumn])
        {
            // "artworks" of an artist column: a person is not the thing named; what a creator of that thing is named for is
            // what each row holds one of, with its creator.
            var creator = Language.Words.NameWords(derivedColumn.Name)[0];
            if (!Senses.NamesAPerson(creator, lexicon) || Senses.NamesAPerson(Language.Words.Singular(word), lexicon))
            {
                Tags[i] = new Tag(TagKind.Column, i, 1, derivedColumn, Reading: $"{derivedColumn.Name} is derived from a word for {word} (WordNet) → column {derivedColumn.Name}");
                return;
            }
            if (Senses.Broader(creator, lexicon).Contains("creator"))
            {
                Tags[i] = new Tag(TagKind.TableWord, i, 1, Reading: $"what each row's {derivedColumn.Name} made: the rows (WordNet: {creator}, a creator of {word})");
                return;
            }
        }
        // "orange crabs" of a species column holding B and O: a word is the one-letter code of its initial where its kind
        // (a colour) has a kind beginning with each other code (blue); "big" is no code of a B. Not what is counted ("how many
        // animals"), nor beside a code the question gives ("treatment B").
        if (word.Length >= 3 && !(Language.Words.Singular(word) != word && IsCounted(i)) && Table.Columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: >= 2 and <= 4 }
                && c.Values.Values.All(v => v.Length == 1 && char.IsAsciiLetterUpper(v[0])) && !Tags.Any(t => t is { Kind: TagKind.Value } && t.Column == c)
                && c.Values.Values.Contains(char.ToUpperInvariant(word[0]).ToString())
                && Senses.Siblings(Language.Words.Singular(word), lexicon).Any(kinds => c.Values.Values.Where(v => v[0] != char.ToUpperInvariant(word[0]))
                    .All(code => kinds.Any(k => !k.Contains(' ') && char.ToUpperInvariant(k[0]) == code[0])))).ToList() is [var coded])
        {
            var code = char.ToUpperInvariant(word[0]).ToString();
            // "by opening size" of Opening's L, M and S: after the column's own name, what kind of thing its codes are.
            Tags[i] = TagAt(i - 1) is { Kind: TagKind.Column } owner && owner.Column == coded
                ? new Tag(TagKind.Stop, i, 1, Reading: $"what {coded.Name} holds (each code begins a kind of {word}, WordNet)")
                : new Tag(TagKind.Value, i, 1, coded, code, Reading: $"{coded.Name} = {code} (its initial, each code beginning a kind of what {word} is, WordNet)");
            return;
        }
        // "unemployment" of an unemployed column: WordNet defines it as "the state of being unemployed".
        if (lexicon.Synsets(word, PartOfSpeech.Noun).FirstOrDefault() is { } defined && StateOfBeing().Match(defined.Definition) is { Success: true } being
            && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var name] && name == being.Groups[1].Value).ToList() is [var state])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, state, Reading: $"{word} is the state of being {being.Groups[1].Value} (WordNet) → column {state.Name}");
            return;
        }
        // "measured in milliseconds", "in kilobytes": after "in", a unit is the value of a column of units written short (ms, kB).
        if (previous == "in" && Senses.UnitSymbols(word, lexicon) is { Count: > 0 } symbols
            && Table.Columns.SelectMany(c => symbols.Select(v => c.Values.GetValueOrDefault(v.ToLowerInvariant())).OfType<string>().Select(v => (Column: c, Value: v)))
                .Distinct().ToList() is [var written])
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, written.Column, written.Value, Reading: $"{written.Column.Name} = {written.Value} ({word} written short)");
            return;
        }
        // "boolean" → bool, "enumerated" → enum: a word that begins with a value of one column, that is no word of its own.
        if (word.Length >= 5 && ShortenedValue(word, lexicon) is { } shortenedValue)
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, shortenedValue.Column, shortenedValue.Value, Reading: $"{shortenedValue.Column.Name} = {shortenedValue.Value} ('{word}' shortened)");
            return;
        }
        // "autolander" of the shuttle's use holding auto and noauto: a word no dictionary knows, run together from a value of
        // one column and a noun, is that value.
        if (!lexicon.IsWord(word) && ValueBeforeNoun(Language.Words.Singular(word), lexicon) is { } joined)
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, joined.Column, joined.Value, Reading: $"{joined.Column.Name} = {joined.Value} ('{word}' begins with it)");
            return;
        }
        // "banks" of Ornstein's BNK, "holding" of HLD: a noun whose first letter and the consonants after it begin with a
        // code of three or more letters that is no word.
        if (lexicon.Knows(word, PartOfSpeech.Noun) && SkeletonValue(Language.Words.Singular(word), lexicon) is { } skeleton)
        {
            Tags[i] = new Tag(TagKind.Value, i, 1, skeleton.Column, skeleton.Value, Reading: $"{skeleton.Column.Name} = {skeleton.Value} (the consonants of '{word}')");
            return;
        }
        // "bedrooms" of beds: a compound WordNet makes a kind of its own last part (a bedroom is a room), whose first part the
        // one numeric column is named for, is what that column counts.
        if (lexicon.Knows(word, PartOfSpeech.Noun) && Language.Words.Singular(word) is var compound && compound.Length >= 6
            && Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && Language.Words.NameWords(c.Name) is [_])
                .Select(c => (Column: c, Head: Language.Words.Singular(Language.Words.NameWords(c.Name)[0]) is { Length: >= 3 } part
                    && compound.Length > part.Length + 2 && compound.StartsWith(part, StringComparison.Ordinal) ? compound[part.Length..] : null))
                .Where(c => c.Head is not null && lexicon.KindsOf(lexicon.Synsets(compound, PartOfSpeech.Noun).Take(1), 1).Any(kind => kind.Words.Contains(c.Head)))
                .ToList() is [var (roomsOf, head)])
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, roomsOf, Reading: $"'{word}' (WordNet: a {compound} is a {head}) → column {roomsOf.Name}");
            return;
        }
        // "return" → ret, "temperature" → temp: a noun that begins with the whole one-word name of exactly one column. Not a
        // person's of a number ("travellers" are no travel time). A verb's form only where a plural is read as a noun, after
        // the question's own words ("in experiments 2 to 4" of Expt).
        if (lexicon.Knows(word, PartOfSpeech.Noun) && (!inflected || Language.Words.Singular(word) != word && (KeywordWords.Contains(previous) || Language.Words.StopWords.Contains(previous)))
            && AbbreviatedColumn(Language.Words.Singular(word)) is { } shortened
            && !(shortened.Kind == ColumnKind.Number && Senses.NamesAPerson(Language.Words.Singular(word), lexicon)))
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, shortened, Reading: shortened.CountedStem is { } stem && word.StartsWith(stem, StringComparison.Ordinal)
                ? $"'{word}' begins with {stem}, and {shortened.Name} counts them → column {shortened.Name}" : $"'{word}' begins with {shortened.Name} → column {shortened.Name}");
            return;
        }
        // "relapsed" of rel, 1 or 0: a verb's form whose base, a noun too, begins with the whole name of a yes or no says it happened.
        if (inflected && lexicon.BaseForms(word, PartOfSpeech.Verb).FirstOrDefault(b => b != word && lexicon.Knows(b, PartOfSpeech.Noun)) is { } happening
            && AbbreviatedColumn(happening) is { IsFlag: true, Kind: ColumnKind.Number } flagged)
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, flagged, Reading: $"'{word}': '{happening}' begins with {flagged.Name} → column {flagged.Name}", Predicate: true);
            return;
        }
        // "weight" of Wt: a noun written as some of its consonants.
        if (lexicon.Knows(word, PartOfSpeech.Noun) && word.Length >= 4 && !KeywordWords.Contains(word) && (ConsonantsNamed(word, Table.Columns) ?? ConsonantsNamed(Language.Words.Singular(word), Table.Columns)) is { } consonants)
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, consonants, Reading: $"'{word}' written short → column {consonants.Name}");
            return;
        }
        // "variety", "block" of the oats trial's V and B: in a table naming several columns by one letter each (not x and y, a
        // plot's axes), a noun nothing else reads is the column its initial names. Not a person of a number, nor things
        // counted of a yes-or-no column (npk's "plots" are its rows, P whether each was given phosphate).
        if (lexicon.Knows(word, PartOfSpeech.Noun) && word.Length >= 3 && !KeywordWords.Contains(word) && LetterNamed(word[0]) is { } lettered
            && !(lettered.Kind == ColumnKind.Number && Senses.NamesAPerson(Language.Words.Singular(word), lexicon))
            && !(lettered.IsFlag && Language.Words.Singular(word) != word))
        {
            Tags[i] = new Tag(TagKind.Column, i, 1, lettered, Reading: $"'{word}' begins with {lettered.Name} → column {lettered.Name}");
            return;
        }
        // "votes" of Florida's counties' GORE, BUSH… and Total: a noun nothing else reads is what parts and their total count,
        // a part's where the question names one ("did Bush get"), else the total's ("the most votes").
        // "in total", "the total number of votes for Nader" then add up the part, as they would any column.
        if (Table.CountedTotal is { } total && lexicon.Knows(word, PartOfSpeech.Noun) && !Senses.NamesAPerson(Language.Words.Singular(word), lexicon)
            && (Language.Words.Singular(word) != word || previous is "average" or "mean" or "median" or "total"))
        {
            var parts = Tags.Where(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number } && t.Column != total).Select(t => t!.Column!).Distinct().ToList();
            Tags[i] = parts switch
            {
                [] => new Tag(TagKind.Column, i, 1, total, Reading: $"what {total.Name} and its parts count → column {total.Name}"),
                [var part] => new Tag(TagKind.Column, i, 1, part, Reading: $"what {part.Name} counts, a part of {total.Name} → column {part.Name}"),
                _ => new Tag(TagKind.Stop, i, 1, Reading: $"what {total.Name} and its parts count"),
            };
            if (parts.Count > 0)
                for (var j = 0; j < Words.Count; j++)
                    if (Words[j] == "total" && Tags[j]?.Column == total || Words[j] == "number" && Word(j - 1) == "total" && Tags[j] is { Kind: TagKind.Stop or TagKind.Column })
                        Tags[j] = new Tag(TagKind.Keyword, j, 1);
        }
    }

    /// <summary>
    /// "block I" of a block column holding I to VI: right after a text column's name (or "litter genotype I"), a word read as a
    /// common one ("I", "A") is the value of that column it is written as, in capitals ("group a" is not group A, "attribute is"
    /// no value "is").
    /// </summary>
    private void LinkStopWordValuesAfterColumn()
    {
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is null or { Kind: TagKind.Stop, Column: null, Reading: null, Length: 1 } && ColumnNamedBefore(i) is { Kind: ColumnKind.Text } named
                && !Original[i].Any(char.IsLower) && named.Values.GetValueOrDefault(Words[i]) is { } value && value == Original[i])
                Tags[i] = new Tag(TagKind.Value, i, 1, named, value, Reading: $"{named.Name} = {value} (after its column's name)");
            else if (Tags[i] is null or { Kind: TagKind.Stop or TagKind.Keyword, Column: null, Reading: null, Length: 1 } && !Original[i].Any(char.IsLower))
                LinkValueOfBoth(i, 1, Table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Values.GetValueOrDefault(Words[i]) == Original[i]).ToList());
    }

    /// <summary>
    /// "where litter and mother genotype are both A": a value two columns named together hold is each one's ("both" stands
    /// for the first).
    /// </summary>
    private void LinkValueOfBoth(int start, int length, IReadOnlyCollection<LanguageColumn> holders)
    {
        if (Word(start - 1) == "both" && Word(start - 2) is "are" or "were"
            && TagNamedBefore(start - 2) is { Column: { } second } secondTag && holders.Contains(second) && Word(secondTag.Start - 1) == "and"
            && TagAt(secondTag.Start - 2) is { Kind: TagKind.Column, Column: { } first } && first != second && holders.Contains(first)
            && first.Values.TryGetValue(string.Join(' ', Words.Skip(start).Take(length)), out var value))
        {
            SetValueOfPair(start, length, second);
            Set(start - 1, 1, new Tag(TagKind.Value, start - 1, 1, first, value, Reading: $"{first.Name} = {value} (both)"));
        }
    }

    /// <summary>
    /// "location M" where M is a farm (Loc) and a variety (Var): a value several columns hold, right after the name of one of
    /// them once every word naming a column is read, is that column's; so is "mother of genotype J", "litter genotype I" of a
    /// Litter and a Mother of the same genotypes, the words between saying what the values are (the table's name, "type").
    /// </summary>
    private void LinkValuesOfManyAfterTheirColumn()
    {
        foreach (var (start, length, holders) in _heldByMany)
            if (Tags[start] is { Kind: TagKind.Unknown } && ColumnNamedBefore(start) is { } named && holders.Contains(named))
                SetValueOfPair(start, length, named);
            else if (Tags[start] is { Kind: TagKind.Unknown }) LinkValueOfBoth(start, length, holders);
    }

    /// <summary>
    /// "weeks worked", "worked 52 weeks", "how many weeks did mothers work" of a work column: a unit of time nothing read, where
    /// one number column (named by no unit) is said by its verb, is the unit that column counts in.
    /// </summary>
    private void LinkTimeUnitsOfAVerbsColumn(Lexicon lexicon)
    {
        if (lexicon is not { Available: true }) return;
        var units = Enumerable.Range(0, Words.Count).Where(i => TimeUnits.Contains(Words[i]) && Tags[i] is null or { Kind: TagKind.Unknown }).ToList();
        if (units.Count == 0) return;
        var said = NumberColumnsSaidByVerb(lexicon);
        if (said.Select(s => s.Column).Distinct().ToList() is not [var counted]) return;
        foreach (var (at, _) in said.Where(s => Tags[s.At] is not { Kind: TagKind.Column }))
            Tags[at] = new Tag(TagKind.Column, at, 1, counted, Reading: $"'{Original[at]}', of the verb {counted.Name} → column {counted.Name}");
        foreach (var i in units)
            Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"the unit {counted.Name} counts in");
    }

    /// <summary>The number columns of a one-word name (no unit of time) the question says as a verb, and where ("worked" of work).</summary>
    private List<(int At, LanguageColumn Column)> NumberColumnsSaidByVerb(Lexicon lexicon) => Enumerable.Range(0, Words.Count)
        .SelectMany(k => Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false }
                && Language.Words.NameWords(c.Name) is [var name] && !TimeUnits.Contains(name) && SaysVerb(k, name, lexicon))
            .Select(c => (At: k, Column: c))).ToList();

    /// <summary>Whether the word at <paramref name="k"/> is the verb <paramref name="verb"/>: inflected ("worked"), or bare after "did".</summary>
    private bool SaysVerb(int k, string verb, Lexicon lexicon) => Words[k] != verb ? lexicon.BaseForms(Words[k], PartOfSpeech.Verb).Contains(verb)
        : lexicon.Knows(verb, PartOfSpeech.Verb) && Words.Take(k).Any(w => w is "did" or "do" or "does");

    /// <summary>
    /// "high satisfaction", "low influence" of housing's Sat, Infl and Cont, each Low, Medium or High: a word nothing placed,
    /// right before a column once every word naming one is read, is that column's value where it holds it.
    /// </summary>
    private void LinkValuesBeforeTheirColumn()
    {
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is null or { Kind: TagKind.Unknown } && Tags[i + 1] is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } named } next && next.Start == i + 1
                && named.Values.ContainsKey(Words[i]))
                SetValueOfPair(i, 1, named);
    }

    /// <summary>
    /// The column named right before the word at <paramref name="at"/>, or before words between saying what its values are:
    /// "of genotype", "with genotype", "was of genotype" (the table's name), "type".
    /// </summary>
    private LanguageColumn? ColumnNamedBefore(int at) => TagNamedBefore(at)?.Column;

    private Tag? TagNamedBefore(int at)
    {
        var before = at - 1;
        if (before > 0 && (Tags[before] is { Kind: TagKind.TableWord, Length: 1 } or null or { Kind: TagKind.Unknown, Reading: null } && Table.NameWords.Contains(Language.Words.Singular(Words[before]))
                || Tags[before] is { Kind: TagKind.Stop, Reading: { } kind } && kind.StartsWith("what ", StringComparison.Ordinal)))
        {
            before--;
            if (Word(before) is "of" or "with" && Tags[before] is null or { Kind: TagKind.Stop or TagKind.Keyword }) before--;
            // "the mother was of genotype A"
            if (Word(before + 1) == "of" && Word(before) is { } be && BeWords.Contains(be)) before--;
        }
        return TagAt(before) is { Kind: TagKind.Column, Column: not null } named ? named : null;
    }

    /// <summary>The column named by one letter, <paramref name="initial"/>, of a table naming at least two so (x and y aside).</summary>
    private LanguageColumn? LetterNamed(char initial) =>
        LanguageSchema.LetterNamedColumns(Table.Columns).Where(c => char.ToLowerInvariant(c.Name[0]) == initial).ToList() is [var one] ? one : null;

    private (LanguageColumn Column, string Value)? ValueBeforeNoun(string word, Lexicon lexicon)
    {
        var found = Table.Columns.Where(c => c.Kind == ColumnKind.Text && !c.HoldsLists && c.Profile.DistinctCount * 2 < Table.RowCount)
            .SelectMany(c => c.Values.Where(v => v.Key.Length >= 3 && v.Key.All(char.IsAsciiLetter) && word.Length >= v.Key.Length + 3
                    && word.StartsWith(v.Key, StringComparison.Ordinal) && lexicon.Knows(word[v.Key.Length..], PartOfSpeech.Noun))
                .Select(v => (Column: c, v.Value))).Distinct().ToList();
        return found is [var one] ? one : null;
    }

    /// <summary>
    /// "weight" of Theoph's Wt: the one column whose whole name, two to four consonants no dictionary knows, is the word's first
    /// letter, later letters of it in order, and its last ("latest" is no lts).
    /// </summary>
    private static LanguageColumn? ConsonantsNamed(string word, IEnumerable<LanguageColumn> columns) => Lexicon.Shared is { Available: true } lexicon
        && columns.Where(c => Language.Words.NameWords(c.Name) is [{ Length: >= 2 and <= 4 } name] && name.All(l => char.IsAsciiLetterLower(l) && !"aeiouy".Contains(l))
            && !lexicon.IsWord(name) && Shortens(name, word) && name[^1] == word[^1]).ToList() is [var one] ? one : null;

    private (LanguageColumn Column, string Value)? ShortenedValue(string word, Lexicon lexicon) =>
        CodeBegun(word, code => word.Length >= code.Length + 2 && code.All(char.IsLetter), lexicon);

    private (LanguageColumn Column, string Value)? SkeletonValue(string word, Lexicon lexicon) =>
        CodeBegun(word[0] + new string(word[1..].Where(c => char.IsAsciiLetterLower(c) && !"aeiouy".Contains(c)).ToArray()), code => code.All(char.IsAsciiLetterLower), lexicon);

    /// <summary>
    /// The one value of the columns of a few text values, three letters or more and no word, that begins <paramref name="form"/>
    /// and fits.
    /// </summary>
    private (LanguageColumn Column, string Value)? CodeBegun(string form, Func<string, bool> fits, Lexicon lexicon)
    {
        var found = Table.Columns.Where(c => c.Kind == ColumnKind.Text && !c.HoldsLists && c.Profile.DistinctCount * 2 < Table.RowCount)
            .SelectMany(c => c.Values.Where(v => v.Key.Length >= 3 && form.StartsWith(v.Key, StringComparison.Ordinal) && fits(v.Key) && !lexicon.IsWord(v.Key))
                .Select(v => (Column: c, v.Value))).Distinct().ToList();
        return found is [var one] ? one : null;
    }

    /// <summary>The columns named by a short form of the word (three letters or more) run together with a word: pop + total.</summary>
    private List<(LanguageColumn Column, string Joined)> PrefixedColumns(string word, Lexicon lexicon)
    {
        var found = new List<(LanguageColumn Column, string Joined)>();
        foreach (var column in Table.Columns.Where(c => c.Kind == ColumnKind.Number))
            if (Language.Words.NameWords(column.Name) is [var name])
                for (var shortForm = 3; shortForm <= Math.Min(name.Length - 3, word.Length - 2); shortForm++)
                    if (name[..shortForm] == word[..shortForm] && lexicon.IsWord(name[shortForm..]))
                    {
                        found.Add((column, name[shortForm..]));
                        break;
                    }
        return found;
    }

    /// <summary>
    /// "the maximum number of channels" of chmax, "the minimum main memory" of mmin: a name run together from a short form
    /// of the words (its letters in order, or their initials) and the summary after whose word they come.
    /// </summary>
    private void LinkSummarisedColumns(Lexicon lexicon)
    {
        if (!lexicon.Available) return;
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is null && SummarisedColumn(i, lexicon) is var (summarised, width))
                Set(i, width, new Tag(TagKind.Column, i, width, summarised, Reading: $"'{string.Join(' ', Original.Skip(i).Take(width))}' shortened, with its summary → column {summarised.Name}"));
    }

    /// <summary>
    /// The column a summary's word and the words after it name, where it begins at <paramref name="i"/>: two letters are
    /// the short form of one word or two words' initials, one letter a noun's initial after at most one adjective ("main").
    /// </summary>
    private (LanguageColumn Column, int Width)? SummarisedColumn(int i, Lexicon lexicon)
    {
        var before = i - 1;
        while (Word(before) is "the" or "number" or "of" or "total") before--;
        var summary = SummaryNamed(Word(before));
        // "the minimum main memory of the CPU with the highest performance": the summary may be the column's own, of one row.
        if (summary is null || Words.Where((w, k) => k != before && (SummaryNamed(w) is "max" or "min" || w is "top" or "best" or "worst"
                || w.EndsWith("est", StringComparison.Ordinal) && k > 0 && Words[k - 1] == "the")).Any())
            return null;
        var word = Language.Words.Singular(Words[i]);
        var second = Tags.ElementAtOrDefault(i + 1) is null ? Language.Words.Singular(Word(i + 1)) : "";
        var found = Table.Columns.Where(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name) is [var name] && name.Length > summary.Length
                && (name.EndsWith(summary, StringComparison.Ordinal) || summary == "avg" && name.EndsWith("mean", StringComparison.Ordinal)) && !lexicon.IsWord(name))
            .Select(c => (Column: c, Short: Language.Words.NameWords(c.Name)[0] is var name ? name[..^(name.EndsWith("mean", StringComparison.Ordinal) ? 4 : 3)] : ""))
            .Select(c => (c.Column, Width: c.Short.Length switch
            {
                1 => word[0] == c.Short[0] && lexicon.Knows(word, PartOfSpeech.Noun) && !lexicon.Knows(second, PartOfSpeech.Noun) ? 1
                    : second.Length > 0 && second[0] == c.Short[0] && lexicon.Knows(word, PartOfSpeech.Adjective) && lexicon.Knows(second, PartOfSpeech.Noun) ? 2 : 0,
                2 when second.Length > 0 && lexicon.Knows(second, PartOfSpeech.Noun) && word[0] == c.Short[0] && second[0] == c.Short[1] => 2,
                _ => Shortens(c.Short, word) || c.Short == word[..Math.Min(word.Length, c.Short.Length)] ? 1 : 0,
            }))
            .Where(c => c.Width > 0).ToList();
        return found is [var one] ? one : null;
    }

    /// <summary>The short form a summary's word is written with in run-together names: "maximum" → max.</summary>
    private static string? SummaryNamed(string? word) => word switch
    {
        "maximum" or "max" or "highest" or "largest" or "most" => "max",
        "minimum" or "min" or "lowest" or "smallest" or "fewest" or "least" => "min",
        "average" or "mean" => "avg",
        _ => null,
    };

    private LanguageColumn? AbbreviatedColumn(string word)
    {
        var matches = Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var name] && Stems(name, c).Any(stem => stem.Length >= 3 && word.Length >= stem.Length + 2
            && word.StartsWith(stem, StringComparison.Ordinal))).ToList();
        // "highway" → hwy, "city" → cty: a name no dictionary knows, the word's letters in order; "brain" → brainwt: a name
        // the word begins, run together with a short form no dictionary knows. "species" → sp: two letters in lower case
        // begin a word (two in capitals are two words' initials, CL a carapace length).
        if (matches.Count == 0 && Lexicon.Shared is { Available: true } lexicon)
            matches = Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [{ Length: >= 2 } name] && name.All(char.IsAsciiLetterLower) && !lexicon.IsWord(name)
                && (name.Length >= 3 && (Shortens(name, word) && !lexicon.Knows(word, PartOfSpeech.Adjective) || word.Length >= 4 && name.Length - word.Length is >= 2 and <= 3
                        && name.StartsWith(word, StringComparison.Ordinal) && !lexicon.IsWord(name[word.Length..]))
                    || c.Name == name && word.Length >= 5 && word.StartsWith(name, StringComparison.Ordinal))).ToList();
        return matches.Count == 1 ? matches[0] : null;

        // "expenditure" of AVGEXP: a run-together name may begin with the summary its numbers already are; "pregnancies" of
        // npreg, with what a count counts.
        static IEnumerable<string> Stems(string name, LanguageColumn column) =>
            [name, .. SummaryPrefixes.Where(p => name.StartsWith(p, StringComparison.Ordinal)).Select(p => name[p.Length..]), .. column.CountedStem is { } stem ? [stem] : Array.Empty<string>()];
    }

    private static readonly string[] SummaryPrefixes = ["avg", "mean", "max", "min", "tot", "total"];

    private static readonly Dictionary<string, string> ComparedAsMost = new()
    {
        ["higher"] = "highest", ["lower"] = "lowest", ["larger"] = "largest", ["smaller"] = "smallest", ["bigger"] = "biggest", ["greater"] = "greatest",
    };

    [GeneratedRegex(@"^[12][0-9]{3}[-–]([0-9]{2}|[12][0-9]{3})$")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"(?<![0-9])[0-9]{2,}$")]
    private static partial Regex EndingNumber();

    [GeneratedRegex(@"^(\w+)-letters?$")]
    private static partial Regex LetterCount();

    [GeneratedRegex(@"^(?:the )?(?:state|condition|quality) of being (\w+)")]
    private static partial Regex StateOfBeing();

    private static readonly HashSet<string> BeWords = ["is", "are", "was", "were", "be", "been"];

    /// <summary>A verb in the passive before the word ("were made … by"): a form of be, then a participle.</summary>
    public bool PassiveBefore(int i) => Lexicon.Shared is { Available: true } lexicon && Enumerable.Range(1, Math.Max(0, i - 1))
        .Any(j => BeWords.Contains(Words[j - 1]) && lexicon.BaseForms(Words[j], PartOfSpeech.Verb) is { Count: > 0 } bases && !bases.Contains(Words[j]));

    /// <summary>Words that say the rows hold what follows: "languages that have more than 8 periods".</summary>
    public static readonly HashSet<string> HoldingWords = ["have", "has", "had", "with", "having"];

    /// <summary>Words after which the next is a verb: "rules that can fix whitespace".</summary>
    private static readonly HashSet<string> ModalWords = ["can", "could", "may", "might", "must", "shall", "should", "will", "would"];

    /// <summary>How a word taken for the rows of a table of people reads: a comparison after it ("under 30") is of their age.</summary>
    public const string PeopleRowsReading = "the rows of a table of people";

    /// <summary>Whether "who" asks for someone: not where it follows the people it is said of ("students who participated").</summary>
    public bool AsksWho => Enumerable.Range(0, Words.Count).Any(i => Words[i] == "who" && TagAt(i - 1) is not { Kind: TagKind.TableWord or TagKind.Value });

    /// <summary>How a word read as only saying which kind of the column after it reads ("vehicle fatalities", "a university degree").</summary>
    public const string QualifiesReading = "qualifies";

    /// <summary>The rows' own noun before a column's name: whose the column is.</summary>
    public const string RowsOwnReading = "whose: the rows' own";

    /// <summary>The reading of "a year", "per year" where each row is a year: over the rows, no group.</summary>
    public const string RowAYearReading = "each row is a year";

    /// <summary>How a unit asked for reads ("how many hours"): the unit the answer is in.</summary>
    public const string AnswerUnitReading = "the answer's unit";

    /// <summary>How a word ends that says what a column of shares is a share of ("vote" of "Trump's vote share").</summary>
    public const string ShareOfEnding = " is a share of";

    /// <summary>How a share word ends that a column of shares is ("share" of "Trump's vote share"): no share to compute.</summary>
    public const string IsTheShareEnding = " is the share";

    /// <summary>"time zones" of country-timezones: a column right after the table's word, named by nothing but the table's words, repeats it.</summary>
    public bool RepeatsTableWord(Tag tag) => tag is { Kind: TagKind.Column, Column: { } column } && TagAt(tag.Start - 1) is { Kind: TagKind.TableWord }
        && Language.Words.NameWords(column.Name).All(w => Table.NameWords.Contains(Language.Words.Singular(w)));

    /// <summary>
    /// "nightly releases" of a package column holding electron, electron-nightly and electron-prebuilt: the one value, among
    /// a column's few, that a word follows a hyphen in.
    /// </summary>
    private (LanguageColumn Column, string Value)? HyphenedPart(string word) => word.Length < 4 ? null
        : Table.Columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 0 } && c.Profile.DistinctCount <= 100)
            .SelectMany(c => c.Values.Values.Distinct().Where(v => v.Split('-').Skip(1).Contains(word, StringComparer.OrdinalIgnoreCase)).Select(v => (c, v)))
            .ToList() is [var (column, value)] ? (column, value) : null;

    private (LanguageColumn Column, string Value)? ValueHyphenedToColumn(string word) => word.Split('-') is [{ Length: > 0 } value, { Length: > 2 } name]
        && Table.Columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 0 } && Language.Words.NameWords(c.Name).Select(Language.Words.Singular).LastOrDefault() == Language.Words.Singular(name)
            && c.Values.ContainsKey(value)).ToList() is [var column] ? (column, column.Values[value]) : null;

    /// <summary>A verb that says what the rows before it hold a count of ("languages use more than one script").</summary>
    public const string HoldsReading = "says what they hold";

    /// <summary>How a verb reads whose doer is a column left empty where it does not do it ("does IE support", "supported by Safari").</summary>
    public const string DoneByReading = "what a column does where it is not empty";

    /// <summary>The words naming who does what the verb at <paramref name="i"/> says: "supported by Safari", "does Firefox (not) support".</summary>
    public Tag? DoneBy(int i) => Word(i + 1) == "by" ? TagAt(i + 2) : TagAt(Word(i - 1) == "not" ? i - 2 : i - 1);

    private static readonly HashSet<string> CountingWords = ["to", "more", "less", "fewer", "than", "at", "least", "most", "over", "under", "exactly", "only", "just"];

    /// <summary>
    /// "languages use more than one script", "presidents served two terms", "strikes lasted more than 50 days": a verb between
    /// the rows or their groups and a count of a column, of the rows, or of a column's unit.
    /// </summary>
    private bool HoldsCount(int i) => TagAt(i - 1) is { Kind: TagKind.Column or TagKind.TableWord } && Lexicon.Shared is { Available: true } verbs && verbs.Knows(Words[i], PartOfSpeech.Verb)
        && Enumerable.Range(i + 1, 5).FirstOrDefault(k => TagAt(k) is { Kind: TagKind.Number }) is var number and > 0
        && Enumerable.Range(i + 1, number - i - 1).All(k => CountingWords.Contains(Words[k])) && (TagAt(number + 1) is { Kind: TagKind.Column } or { Kind: TagKind.Unit, Column: not null } || Table.NameWords.Contains(Language.Words.Singular(Word(number + 1))));

    /// <summary>
    /// Whether the table's rows are people: it names them and tells their age, gender or sex; or it tells their gender
    /// or age (not "sex": animals have one, and an age) and another thing only people have; or their sex and height (not
    /// an age and a height: trees have both); or their sex or their pay and, yes or no, kinds of person they may be.
    /// </summary>
    public bool PeopleRows => AgedRows || Table.Columns.Any(c => Language.Words.NameWords(c.Name).Contains("name"))
        && Table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(w => w is "age" or "gender" or "sex"))
        || (Table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(w => w is "gender" or "age" or "sex")) || Table.Columns.Any(c => c.IsFlag && Language.Words.NameWords(c.Name) is ["female" or "male"]))
        && Table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(w => w is "race" or "ethnicity" or "occupation" or "education" or "educ" or "wage" or "salary" or "income" or "married" or "marital"
            or "dependents" or "partner" or "spouse"))
        || Table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(w => w is "gender" or "sex")) && Table.Columns.Any(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name) is ["height"])
        // school-absences' pupils: a sex and an age each, counting no one.
        || Table.Frequency is null && Table.Columns.Any(c => Language.Words.NameWords(c.Name) is ["gender" or "sex"]) && Table.Columns.Any(c => Language.Words.NameWords(c.Name) is ["age"])
        // Cowles's volunteers: a sex, and a yes-or-no column for a kind of person each may be.
        || Table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(w => w is "gender" or "sex"))
            && Lexicon.Shared is { Available: true } kinds && Table.Columns.Any(c => c.IsFlag && Language.Words.NameWords(c.Name) is [var kind] && Senses.NamesAPerson(kind, kinds))
        // Stack Overflow's respondents: a salary, and yes-or-no columns for the kinds of person each may be (Data_scientist, Web_developer).
        || Table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(w => w is "salary" or "wage" or "wages"))
            && Lexicon.Shared is { Available: true } lexicon && Table.Columns.Count(c => c.IsFlag && Language.Words.NameWords(c.Name) is [.., var kind] && Senses.NamesAPerson(kind, lexicon)) >= 2
        // Boaters' trips and income, pupils' test scores: rows nothing names, each with a number only a person has, a
        // test's result, or scores the table's name says they hold (depression-scores' patients).
        // Not where a column numbers people, each on several rows (travel-mode's individual, one row per way to travel).
        || Table.RowsUnnamed && !Table.Columns.Any(c => Language.Words.NameWords(c.Name) is [var person] && Lexicon.Shared is { Available: true } people
                && (Senses.NamesAPerson(person, people) || people.Synsets(person, PartOfSpeech.Noun).FirstOrDefault() is { } sense && sense.Words.Contains("person")))
            && (Table.Columns.Any(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name) is [.., var measure]
                && (measure is "income" or "salary" or "wage" or "wages" or "education" or "educ" || measure.EndsWith("score", StringComparison.Ordinal)))
                || Table.Columns.Any(c => c.Kind == ColumnKind.Number && Language.Words.NameWords(c.Name).Any(w => w is "test" or "exam" or "quiz" or "pretest" or "posttest" or "midterm"))
                || Table.NameWords.Any(w => Language.Words.Singular(w).EndsWith("score", StringComparison.Ordinal)) && Table.Columns.All(c => c.Kind == ColumnKind.Number));

    /// <summary>
    /// "patients" of heart transplants' survival and age: a column named age alone, of ages a person may have, makes the
    /// rows people as the question names them (a noun for a person); not rows that count people of an age.
    /// </summary>
    private bool AgedRows => Table.Frequency is null && Table.Columns.Any(c => c is { Kind: ColumnKind.Number } && Language.Words.NameWords(c.Name) is ["age"]
        && double.TryParse(c.Profile.Max, CultureInfo.InvariantCulture, out var oldest) && oldest <= 120);

    /// <summary>
    /// The numeric column the first of these nouns names that names any: one column, or of several the one the
    /// question names within <paramref name="reach"/> words ("longest flipper": length is beak's and flipper's; flipper's is meant).
    /// </summary>
    /// <param name="wholeName">Only a column the noun names whole ("rain" is a kind of precipitation, not of "Production Budget").</param>
    /// <param name="begun">Nouns a name no dictionary knows may begin ("distance" of dist): those WordNet names for a measure, not read from definitions.</param>
    private (LanguageColumn Column, string Via)? NumericColumnFor(IReadOnlyList<string> nouns, int at, int reach = 3, bool wholeName = false, IReadOnlySet<string>? begun = null) =>
        ColumnFor(nouns, at, reach, wholeName, Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false }).ToList(), begun);

    /// <summary>
    /// "the second son" where a measure was read as l2: the ordinal, and the noun after it (whose measures they are), say
    /// which of the numbered columns.
    /// </summary>
    private void LinkOrdinalOfLetteredColumns()
    {
        if (OrdinalOfLetteredColumns is not { } nth || !Tags.Any(t => t is { Kind: TagKind.Column, Column: { } c } && LetterAndNumber(c)?.Number == nth)) return;
        var at = Words.ToList().IndexOf(CountingOrdinals[nth - 1]);
        if (Tags[at] is not (null or { Kind: TagKind.Unknown or TagKind.Stop or TagKind.Unit or TagKind.Keyword })) return;
        var length = at + 1 < Words.Count && Tags[at + 1] is null or { Kind: TagKind.Unknown } && Lexicon.Shared.Knows(Language.Words.Singular(Words[at + 1]), PartOfSpeech.Noun) ? 2 : 1;
        Set(at, length, new Tag(TagKind.Stop, at, length, Reading: $"which of the numbered columns: those ending in {nth}"));
    }

    /// <summary>A column named by a letter and a digit (l1, b2): both, in lower case.</summary>
    private static (char Letter, int Number)? LetterAndNumber(LanguageColumn column) =>
        column.Name is [var letter, var digit] && char.IsAsciiLetter(letter) && char.IsAsciiDigit(digit) ? (char.ToLowerInvariant(letter), digit - '0') : null;

    /// <summary>
    /// The one ordinal the question says ("the second son"), where two or more columns share a letter and are numbered (l1,
    /// l2): which of each letter's columns it means.
    /// </summary>
    private int? OrdinalOfLetteredColumns => Table.Columns.Select(LetterAndNumber).OfType<(char Letter, int Number)>().GroupBy(c => c.Letter).Any(g => g.Count() >= 2)
        && Words.Select(w => CountingOrdinals.IndexOf(w)).Where(n => n >= 0).Distinct().ToList() is [var index] ? index + 1 : null;

    /// <summary>As <see cref="NumericColumnFor"/>, among all columns ("release" → Release Date, "direct" → Director).</summary>
    private (LanguageColumn Column, string Via)? ColumnFor(IReadOnlyList<string> nouns, int at) => ColumnFor(nouns, at, 3, false, Table.Columns.ToList(), null);

    private (LanguageColumn Column, string Via)? ColumnFor(IReadOnlyList<string> nouns, int at, int reach, bool wholeName, List<LanguageColumn> columns, IReadOnlySet<string>? begun)
    {
        foreach (var noun in nouns)
        {
            var words = noun.Split(' ').Select(Language.Words.Singular).ToArray();
            // A name run together ("foundingyear") by the words it is read as ("founding year"). Not a word before the person a
            // yes-or-no column says the row is ("quality" of Quality_assurance_engineer).
            bool InName(LanguageColumn c) => !wholeName && (Language.Words.NameWords(c.Name).Select(Language.Words.Singular).Intersect(words).Count() == words.Length
                || Language.Words.NameWords(c.Name) is [var joined] && c.Aliases.Any(a => a.Length > 1 && string.Concat(a) == joined && words.All(a.Contains)))
                && !(c.IsFlag && Language.Words.NameWords(c.Name) is [_, .., var kind] && !words.Contains(Language.Words.Singular(kind))
                     && Lexicon.Shared is { Available: true } people && Senses.NamesAPerson(Language.Words.Singular(kind), people));
            var named = columns.Where(c => c.Aliases.Any(a => a.SequenceEqual(words)) || InName(c)).ToList();
            // "the farthest" of hills' dist, "the longest" of len: a name no dictionary knows that begins the noun.
            if (named.Count == 0 && begun?.Contains(noun) == true && words is [var single])
                named = columns.Where(c => Language.Words.NameWords(c.Name) is [{ Length: >= 3 } start] && single.Length > start.Length
                    && single.StartsWith(start, StringComparison.Ordinal) && !Lexicon.Shared.IsWord(start)).ToList();
            // "weigh", "heavier" of HeadWt: the last part of a name, no dictionary's word, whose letters the noun holds in order
            // from its first, after words a dictionary knows.
            if (named.Count == 0 && begun?.Contains(noun) == true && words is [{ Length: >= 4 } measure])
                named = columns.Where(c => Language.Words.NameWords(c.Name) is [_, .., { Length: >= 2 } last] parts && !Lexicon.Shared.IsWord(last) && Shortens(last, measure)
                    && parts[..^1].All(Lexicon.Shared.IsWord)).ToList() is [var shortened] ? [shortened] : [];
            // "weighing" of Wt: a measure the verb stands for, written short.
            if (named.Count == 0 && words is [{ Length: >= 4 } skeletal] && Senses.NamesAMeasure(skeletal, Lexicon.Shared) && ConsonantsNamed(skeletal, columns) is { } consonants)
                named = [consonants];
            // "head length of the first son" of l1 beside l2, b1 and b2: a measure's first letter and the one ordinal said.
            if (named.Count == 0 && words is [{ Length: >= 4 } lettered] && OrdinalOfLetteredColumns is { } nth && Senses.NamesAMeasure(lettered, Lexicon.Shared, senses: 2))
                named = columns.Where(c => LetterAndNumber(c) is var (letter, number) && letter == lettered[0] && number == nth).ToList();
            if (named.Count == 0) continue;
            // Columns whose own name says it come before those whose unit does ("Beak Depth (mm)" is a length too).
            var inName = named.Where(InName).ToList();
            if (inName.Count > 0) named = inName;
            if (named.Count == 1) return (named[0], noun);
            // "mass" of mass and mass_number: the column it names whole.
            if (named.Where(c => Language.Words.NameWords(c.Name).Select(Language.Words.Singular).SequenceEqual(words)).ToList() is [var whole]) return (whole, noun);
            var near = Enumerable.Range(at - reach, 2 * reach + 1).Select(TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column } && named.Contains(t.Column!));
            if (near is not null) return (near.Column!, noun);
            // "the longest beak": "beak" names two columns, the adjective two others; together they name one.
            for (var j = Math.Max(0, at - reach); j <= Math.Min(Words.Count - 1, at + reach); j++)
            {
                if (j == at || Tags[j] is not null || Language.Words.StopWords.Contains(Words[j])) continue;
                var singular = Language.Words.Singular(Words[j]);
                var both = named.Where(c => c.Aliases.Any(a => a.Contains(singular))).ToList();
                if (both.Count != 1) continue;
                Tags[j] = new Tag(TagKind.Column, j, 1, both[0], Reading: $"column {both[0].Name}, with '{Original[at]}'");
                return (both[0], noun);
            }
            return null;
        }
        // "the heaviest animal" of Animals' body and brain, in kilograms and grams, or of bodywt and brainwt: a weight no
        // column names is the body's, asked by "weight" itself or an adjective or verb of it ("heaviest", "weigh"), not by a
        // noun whose kinds reach a weight ("diet"); "weighing" is the verb's participle, whatever noun it also is.
        if (!nouns.Any(n => n is "weight" or "mass") || Language.Words.Singular(Word(at)) is not ("weight" or "mass") && Lexicon.Shared.Knows(Word(at), PartOfSpeech.Noun)
                && !(Word(at).EndsWith("ing", StringComparison.Ordinal) && Lexicon.Shared.BaseForms(Word(at), PartOfSpeech.Verb).Any(b => b != Word(at)))
            || TagAt(at - 1) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number }) return null;
        var weighed = Language.Words.Singular(Word(at + 1));
        // "the heaviest heart" of cats' Hwt: the thing named after the adjective, weighed.
        if (at + 1 < Words.Count && Tags[at + 1] is null && WeightOf(weighed, nouns, columns) is { } thing)
        {
            Tags[at + 1] = new Tag(TagKind.Column, at + 1, 1, thing, Reading: $"column {thing.Name}, the {weighed}'s weight, with '{Original[at]}'");
            return (thing, $"weight of the {weighed}");
        }
        return WeightOf("body", nouns, columns) is { } body && !WeighsAnotherThing(body) ? (body, "weight of the body") : null;
    }

    /// <summary>
    /// A weight's column whose initial the table's name spells out as another thing than the body: birthwt's bwt is the
    /// birth's weight, so "the weight of the mothers" is not it.
    /// </summary>
    private bool WeighsAnotherThing(LanguageColumn weight) => Lexicon.Shared is { Available: true } lexicon
        && Language.Words.NameWords(weight.Name) is [var name] && Table.NameWords.Any(word => Enumerable.Range(3, Math.Max(0, word.Length - 4))
            .Any(k => word[0] == name[0] && word[..k] != "body" && lexicon.IsWord(word[..k]) && Shortens(word[k..], "weight")));

    /// <summary>
    /// The one column named by a thing's weight: the thing whole ("body") or its beginning or initial before a short form of
    /// weight (bodywt, Bwt; "the heaviest heart" of Hwt).
    /// </summary>
    private static LanguageColumn? WeightOf(string thing, IReadOnlyList<string> nouns, List<LanguageColumn> columns) => thing.Length < 3 ? null
        : columns.Where(c => Language.Words.NameWords(c.Name) is [var name] && (name == thing && thing == "body"
            || Enumerable.Range(1, Math.Max(0, Math.Min(thing.Length, name.Length - 2))).Any(k => name.StartsWith(thing[..k], StringComparison.Ordinal)
                && (k == thing.Length || k == 1) && nouns.Any(n => n is "weight" or "mass" && Shortens(name[k..], n))))).ToList() is [var weighed] ? weighed : null;

    /// <summary>
    /// The words from <paramref name="start"/> as the question wrote them with the signs between and around them ("A > B",
    /// ":has()"), in lower case like the value index; null where nothing but spaces stands between them.
    /// </summary>
    private string? WrittenWithSigns(int start, int length)
    {
        if (!Text.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c is not ('?' or '.' or ',' or '!' or '\'' or '’'))) return null;
        var words = Original.Skip(start).Take(length).Select(Regex.Escape);
        var match = Regex.Match(Text, $@"(?<![\w])[^\s\w]*{string.Join(@"[^\w]+", words)}[^\s\w]*", RegexOptions.IgnoreCase);
        if (!match.Success) return null;
        var written = match.Value.TrimEnd('?', '.', ',', '!', ';', ':').ToLowerInvariant();
        return written == string.Join(' ', Original.Skip(start).Take(length)).ToLowerInvariant() ? null : written;
    }

    /// <summary>A word WordNet knows is not a slip of the keyboard for another ("athletes" is not "athletics"); its own forms are ("totals").</summary>
    private static bool IsAnotherWord(string word, string meant) =>
        Lexicon.Shared.Available && Enum.GetValues<PartOfSpeech>().Any(pos => Lexicon.Shared.BaseForms(word, pos) is { Count: > 0 } forms && !forms.Contains(meant));

    /// <summary>"weight" is not a slip for the column <c>height</c>, both being words; "coastline" may be for <c>costline</c>, which is none.</summary>
    private static bool SlipBetweenWords(string word, string name) =>
        IsAnotherWord(word, name) && Lexicon.Shared.IsWord(name);

    /// <summary>
    /// A word of the table's name for an illness, not the noun it ends with (kidney-catheter-infections' rows may be
    /// infections), asked in the plural or as one ("a tumour"), where no column's name holds it.
    /// </summary>
    private bool IllnessOfTheRows(int i) => Language.Words.Singular(Words[i]) is var illness
        && Language.Words.NameWords(Table.Name).Select(Language.Words.Singular).ToList() is [.., var head] name && name.Contains(illness) && illness != head
        && (illness != Words[i] || Word(i - 1) is "a" or "an") && NoColumnHolds(illness)
        && Lexicon.Shared is { Available: true } lexicon && Senses.NamesAnIllness(illness, lexicon);

    /// <summary>The column that only counts what each row stands for (not people, who are the rows themselves).</summary>
    private LanguageColumn? ThingsCounted => Table.Frequency is { } counts && Language.Words.NameWords(counts.Name) is not (["people"] or ["persons"]) ? counts : null;

    /// <summary>
    /// The table's own word in the plural, after "had", "have", "has" or "with" (and a comparison or "no") later in the
    /// question, where the word at <paramref name="i"/> is another plural noun; or before it, where it is one ("per farm"):
    /// what those rows have.
    /// </summary>
    private string? HasTheTablesThings(int i)
    {
        if (KeywordWords.Contains(Words[i]) || Language.Words.StopWords.Contains(Words[i]) || Table.NameWords.Contains(Language.Words.Singular(Words[i]))
            || !NoColumnHolds(Language.Words.Singular(Words[i])) || Lexicon.Shared is not { Available: true } lexicon || !lexicon.Knows(Words[i], PartOfSpeech.Noun)) return null;
        bool Own(int j) => Language.Words.Singular(Words[j]) is var own && own != Words[j] && Table.NameWords.Contains(own);
        // "the number of depredations per farm", "at each farm", "ticks on a chick": one of them, after the table's own word,
        // ending the phrase.
        if (Language.Words.Singular(Words[i]) == Words[i])
            return (Word(i - 1) is "per" or "each" or "every" || Word(i - 1) == "a" && Word(i - 2) is "on" or "in" or "for" or "per") && (i + 1 == Words.Count || Language.Words.StopWords.Contains(Words[i + 1]) || KeywordWords.Contains(Words[i + 1]))
                && Enumerable.Range(0, i).FirstOrDefault(Own) is var before && Own(before) ? Words[before] : null;
        return Enumerable.Range(i + 2, Math.Max(0, Words.Count - i - 2)).FirstOrDefault(j => Own(j) && Words.Skip(i + 1).Take(j - i - 1).Any(w => w is "had" or "have" or "has" or "with"))
            is > 0 and var at ? Words[at] : null;
    }

    /// <summary>Whether the word at <paramref name="i"/> is what is counted: after "many" or "number of".</summary>
    private bool IsCounted(int i) => Word(i - 1) == "many" || Word(i - 1) == "of" && Word(i - 2) == "number";

    /// <summary>Read for what the rows of a table named for its measurements are measurements of.</summary>
    public const string MeasuredThingsReading = "what the rows measure";

    /// <summary>
    /// The one column labelling rows whose values each keep some number the same on all their rows (an event and its
    /// magnitude). Not one named by a group (WordNet): rat-pup-weights' <c>Litter</c> keeps its size on every pup's row,
    /// but the pups weighed are the rows, each a member of a litter.
    /// </summary>
    private LanguageColumn? ThingsMeasured => Table.RepeatedWithin?.Select(p => p.Label).Distinct().ToList() is [var label]
        && Table.Columns.FirstOrDefault(c => c.Name == label) is { } column
        && !(Lexicon.Shared is { Available: true } lexicon && Language.Words.NameWords(column.Name) is [var named] && Senses.NamesAGroup(Language.Words.Singular(named), lexicon))
        ? column : null;

    /// <summary>
    /// "How many earthquakes" of earthquake-accelerations: a word of the table's name before its last, counted in the plural
    /// where the last is a measure (WordNet) in the plural, counts what the rows (accelerations) are measurements of, not the rows.
    /// </summary>
    private bool CountsWhatRowsAreOf(int i) => IsCounted(i) && Language.Words.Singular(Words[i]) != Words[i] && NamesWhatRowsAreOf(i);

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a word of the table's name before its last, where the last is a measure
    /// (WordNet) in the plural: what the rows are measurements of ("boys" of oxford-boys-heights).
    /// </summary>
    private bool NamesWhatRowsAreOf(int i) => Language.Words.Singular(Words[i]) is var thing
        && Language.Words.NameWords(Table.Name) is [_, .., var head] name && Language.Words.Singular(head) is var rows && rows != head && rows != thing
        && name.Take(name.Count - 1).Any(w => Language.Words.Singular(w) == thing)
        // Not country-data's countries, nor resume-callbacks' resumes: the last word is no measure there.
        && Lexicon.Shared is { Available: true } lexicon && Senses.NamesAMeasure(rows, lexicon);

    /// <summary>
    /// "Which boy was the tallest?" of oxford-boys-heights, a row per boy and occasion numbered by <c>Subject</c>: people the
    /// measurements are of are the one column numbering people, each on several rows.
    /// </summary>
    private LanguageColumn? PeopleMeasured(int i) => NamesWhatRowsAreOf(i) && Lexicon.Shared is { Available: true } lexicon
        && Senses.NamesAPerson(Language.Words.Singular(Words[i]), lexicon) ? BuiltinEngine.PersonId(Table) : null;

    /// <summary>
    /// "How many dialyzers" of dialyzer-ultrafiltration, numbered by <c>Subject</c>, each measured at seven pressures: a word
    /// of the table's name before its last, where the one column numbering what is studied (a subject) numbers things each
    /// measured on several rows, names those things.
    /// </summary>
    private LanguageColumn? ThingsNumberedAsSubjects(int i) => Language.Words.Singular(Words[i]) is var thing
        && Language.Words.NameWords(Table.Name) is [_, .., var head] name && Language.Words.Singular(head) != thing
        && name.Take(name.Count - 1).Any(w => Language.Words.Singular(w) == thing)
        && !Table.Columns.Any(c => Language.Words.NameWords(c.Name).Select(Language.Words.Singular).Contains(thing))
        // Not "bacteria" of children-bacteria-trial: where the name says whose the rows are (children), the subjects are those.
        && !(Lexicon.Shared is { Available: true } lexicon && (name.Select(Language.Words.Singular).Any(w => w != thing && Senses.NamesAPerson(w, lexicon))
            // Nor "seizures" of epilepsy-seizure-counts: rows that count them (WordNet: a count is a number) are not measurements of them.
            || Senses.NamesANumber(Language.Words.Singular(head), lexicon)))
        && BuiltinEngine.PersonId(Table) is { } subject && Table.MeasuredAtLevels?.Contains(subject.Name) == true ? subject : null;

    /// <summary>
    /// "How many measles cases were there in California in 1960?" of us_contagious_diseases, whose rows are a disease in a
    /// state in a year and whose <c>count</c> holds the cases: a noun in the plural that nothing in the question or the
    /// table is, where one column counts what each row stands for under a name saying only that it counts.
    /// </summary>
    private LanguageColumn? CountedByFrequency(int i) =>
        ThingsCounted is { } counts
        // "people", a plural WordNet files as its own noun, too.
        && (Language.Words.Singular(Words[i]) != Words[i] || Words[i] == "people") && Words[i] is not ("rows" or "records" or "entries" or "lines" or "data")
        && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i]) && Lexicon.Shared is { Available: true } lexicon && lexicon.Knows(Words[i], PartOfSpeech.Noun)
        // "How many plots had zero insects?": where another word is what the column counts, this one is not; nor where the
        // table's name ends with what it counts, which no column names ("farms" of wolf-depredations' number; diseases' cases
        // are counted by disease).
        && !Tags.Any(t => t is { Kind: TagKind.Column } && t.Column == counts)
        // Nor a place ("How many plots are there?" of sugar-cane-disease's shoots per plot): where things were counted.
        && !Senses.NamesAPlace(Language.Words.Singular(Words[i]), lexicon)
        && !(Language.Words.NameWords(Table.Name) is [.., var head] && Language.Words.Singular(head) is var counted && counted != head
             && counted != Language.Words.Singular(Words[i]) && NoColumnHolds(counted) && lexicon.Knows(counted, PartOfSpeech.Noun))
            ? counts : null;

    /// <summary>
    /// "Democrats" of a party column holding Democratic: the one value that, with its column's noun, names a group the
    /// word's person is a member of (WordNet: a Democrat is a member of the Democratic Party).
    /// </summary>
    private (LanguageColumn Column, string Value, string Noun)? GroupValue(string word, Lexicon lexicon)
    {
        var found = (from groupName in Senses.GroupsOf(Language.Words.Singular(word), lexicon)
                     from column in Table.Columns
                     where column.Kind == ColumnKind.Text
                     let noun = Language.Words.NameWords(column.Name).LastOrDefault()
                     where noun is not null && groupName.EndsWith(" " + noun, StringComparison.Ordinal)
                     let name = groupName[..^(noun.Length + 1)]
                     where column.Values.ContainsKey(name)
                     select (column, column.Values[name], noun)).Distinct().ToList();
        return found is [var one] ? one : null;
    }

    /// <summary>
    /// "more than 300 assaults per 100,000 residents" of USArrests, whose numbers are each a rate per 100,000: a round
    /// base of people after "per", where no column is named a population to divide by (<c>UrbanPop</c> is a share of it),
    /// only says what the numbers are.
    /// </summary>
    private string? RateBase(int i) =>
        Words[i] == "per" && TagAt(i + 1) is { Kind: TagKind.Number, IsYear: false, Number: 100 or 1_000 or 10_000 or 100_000 or 1_000_000 } rate
        && Word(i + 2) is { Length: > 0 } people && TagAt(i + 2) is null && Lexicon.Shared is { Available: true } lexicon
        && (people is "people" or "population" || Senses.NamesAPerson(Language.Words.Singular(people), lexicon))
        && !Table.Columns.Any(c => c.Kind == ColumnKind.Number && c.Aliases.Any(a => a is ["population"] or ["people"]))
            ? $"{rate.Number.ToString("N0", CultureInfo.InvariantCulture)} {people}" : null;

    private bool RowsOfValue(int i) =>
        TagAt(i - 1) is { Kind: TagKind.Value, Column.Kind: ColumnKind.Text } && Language.Words.Singular(Words[i]) != Words[i]
        && Lexicon.Shared.Available && Lexicon.Shared.Knows(Words[i], PartOfSpeech.Noun)
        && (i + 1 >= Words.Count || Language.Words.StopWords.Contains(Words[i + 1]) || KeywordWords.Contains(Words[i + 1]));

    /// <summary>
    /// The one text value among these words ("Europe", "USA"), when exactly one column holds one of them; of several, the
    /// one capitalised as the question's word is written.
    /// </summary>
    private (LanguageColumn Column, string Value)? ValueFor(IReadOnlyList<string> words, string? written = null)
    {
        var found = Table.Columns.SelectMany(c => words.Where(c.Values.ContainsKey).Select(w => (Column: c, Value: c.Values[w]))).Distinct().ToList();
        // "African" of a region holding Africa and a group holding africa: the value capitalised as the question's word is.
        if (found.Count > 1 && written is { Length: > 0 } && found.Where(f => f.Value.Length > 0 && char.IsUpper(f.Value[0]) == char.IsUpper(written[0])).ToList() is [var cased]) return cased;
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// "Where does the Affenpinscher come from?": a verb of being or coming before a preposition ending a question that
    /// asks where only says that a place is asked (see <see cref="PlaceColumns"/>).
    /// </summary>
    private void LinkWhere(Lexicon lexicon)
    {
        if (Words.Count < 3 || Words[0] != "where" || Words[^1] is not ("from" or "in" or "at") || Tags[^2] is not null || !Senses.Relates(Words[^2], lexicon)) return;
        Tags[^2] = new Tag(TagKind.Stop, Words.Count - 2, 1, Reading: "asks where");
        Tags[^1] = new Tag(TagKind.Stop, Words.Count - 1, 1);
    }

    /// <summary>
    /// The text columns whose names are, in one of WordNet's first two senses, a place (origin, city, country), and that
    /// hold more than one: what "where" asks.
    /// </summary>
    public List<LanguageColumn> PlaceColumns(IReadOnlyCollection<LanguageColumn> except) => Lexicon.Shared is { Available: true } lexicon
        ? Table.Columns.Where(c => c.Kind == ColumnKind.Text && !except.Contains(c) && c.Profile.DistinctCount > 1
            && Language.Words.NameWords(c.Name) is [.., var last] && Senses.NamesAPlace(Language.Words.Singular(last), lexicon)).ToList()
        : [];

    /// <summary>
    /// "How many counties have …" of breast-cancer's rows of two numbers: a thing in the plural (or one after "which",
    /// "each") that nothing else in the question or the table is names the rows, where nothing in the table names them,
    /// the question names no other such thing, and the table's words call its rows no other kind of thing ("flowers" of
    /// iris: a plant both).
    /// </summary>
    private bool NamesUnnamedRows(int i)
    {
        if (!Table.RowsUnnamed || Lexicon.Shared is not { Available: true } lexicon) return false;
        var singular = Language.Words.Singular(Words[i]);
        // "sales", "the highest sale price" of home sales: an act (WordNet: a sale is a selling) whose verb stands for one
        // numeric column (to sell is to give for a price) is what each row records, in the singular before that column.
        if (ActMeasured(singular, i, lexicon) is { } measured && (singular != Words[i] || TagAt(i + 1) is { Kind: TagKind.Column } next && next.Column == measured))
            return !NamesAnotherPlural(i, other => Senses.NamesAnActOrEvent(other, lexicon));
        // "Which borough": one of them, named by the column that names each ("Which county" of rows no text names is not).
        // "the tallest tree": the one a superlative ranks is a row.
        // "the average price of a home": one of the rows, any of them.
        // "the state with the highest income": the one a superlative after it ranks.
        if (singular == Words[i] && TagAt(i - 1) is not { Superlative: true } && !(Word(i - 1) is "a" or "an" && Word(i - 2) == "of")
            && !(Word(i + 1) is "with" or "whose" && Words.Skip(i + 2).Take(3).Any(w => w is "most" or "least" or "fewest" || Senses.IsSuperlative(w, lexicon)))
            && (Word(i - 1) is not ("which" or "what" or "each" or "every" or "per")
                || !Table.Columns.Any(c => c.Kind == ColumnKind.Text && c.Profile.DistinctCount * 2 >= Table.RowCount))
            || Senses.ThingKinds(singular, lexicon) is not { Count: > 0 } kinds) return false;
        var named = NameWordsNoColumnHolds.SelectMany(w => Senses.ThingKinds(w, lexicon)).ToList();
        // What a column counts, if of the asked noun's kind in any sense, may be what is asked rather than the rows (doors
        // beside cars' cylinders); Ornstein's firms are no kind of its assets or interlocks.
        var counted = Table.Columns.Where(c => c.CountsThings).Select(c => Language.Words.Singular(Language.Words.NameWords(c.Name)[^1])).ToList();
        // A kind of one of the kinds a column sorts the rows into is the rows, whatever else the table counts (a home's beds).
        if (KindOfAValue(singular, lexicon)) return !NamesAnotherPlural(i, other => Senses.ThingKinds(other, lexicon).Count > 0);
        return (named.Count == 0 || named.Intersect(kinds).Any() || CompoundOfTableWordIsA(singular, lexicon))
            && !counted.Any(c => c == singular || lexicon.Synsets(c, PartOfSpeech.Noun).Any(s => kinds.Contains(s.LexFile)))
            && !NamesAnotherPlural(i, other => Senses.ThingKinds(other, lexicon).Count > 0);
    }

    /// <summary>Whether people called so do what a column is named by ("homeowners" of OWNRENT; not "customers", who pay, of payment_method).</summary>
    private bool DoesWhatAColumnNames(string word, Lexicon lexicon) => Senses.PersonDoes(word, lexicon) is { Length: >= 3 } does
        && Table.Columns.Any(c => Language.Words.NameWords(c.Name).Any(n => n == does || n.StartsWith(does, StringComparison.Ordinal) && !lexicon.Knows(n, PartOfSpeech.Noun)));

    /// <summary>
    /// "How many plots of Victory", "How many groups were anonymous?", "the number of tests by load": where nothing in the
    /// table names its rows, a plural noun nothing else reads, counted and then said of (by a verb, "of", "with", "by"…, or
    /// nothing more), is what the rows are, whatever kind of thing WordNet makes it (a plot of land, a group, a test, a case).
    /// Not what a column counts, a span of time, or the object of a verb after it ("How many words did they know?").
    /// </summary>
    private bool CountsUnnamedRows(int i)
    {
        if (!Table.RowsUnnamed || Lexicon.Shared is not { Available: true } lexicon) return false;
        var singular = Language.Words.Singular(Words[i]);
        if (singular == Words[i] && Words[i] != "people" || singular.Length < 3 || !lexicon.Knows(singular, PartOfSpeech.Noun) || Senses.NamesATimePeriod(singular, lexicon)
            // "How many engine runs" of ethanol-engine-emissions: the table's own word may say whose they are.
            || !(Word(i - 1) == "many" && Word(i - 2) == "how" || Word(i - 1) == "of" && Word(i - 2) == "number"
                 || Table.NameWords.Contains(Word(i - 1)) && TagAt(i - 1) is null or { Kind: TagKind.TableWord } && Word(i - 2) == "many" && Word(i - 3) == "how")) return false;
        var next = Word(i + 1);
        var saidOf = i + 1 == Words.Count || next is "are" or "were" or "is" or "was" or "have" or "had" or "has" or "with" or "of" or "by" or "in" or "from"
                or "that" or "which" or "who" or "whose" or "for" or "per" or "without"
            // A verb in the past ("received", "got").
            || TagAt(i + 1) is not { Kind: TagKind.Value or TagKind.Number } && (next.EndsWith("ed", StringComparison.Ordinal) && lexicon.Knows(next, PartOfSpeech.Verb)
                || !next.EndsWith('s') && lexicon.BaseForms(next, PartOfSpeech.Verb).Any(b => b != next));
        // Not people who do what a column is named by ("homeowners" are some of the rows), nor a word inside values ("digits"
        // of unicode-characters' categories are some of the rows); not where the table's name is the things its rows are
        // ("manufacturers" of cars), nor of rows tallying things by date ("sales" of pizza's orders); "of" says which only
        // before a value.
        if (!saidOf || DoesWhatAColumnNames(Words[i], lexicon)
            || Language.Words.NameWords(Table.Name) is [var only] && Language.Words.Singular(only) is var rows && rows != only && rows != singular
            || Table.Columns.Any(c => c.Kind == ColumnKind.Date) && Table.Columns.Any(c => c.CountsThings)
            || next == "of" && TagAt(i + 2) is not { Kind: TagKind.Value }
            // "travellers" of travel-mode, a row per individual and mode: people a column numbers are not the rows.
            || (Words[i] == "people" || Senses.NamesAPerson(singular, lexicon)) && Table.Columns.Any(c => Language.Words.NameWords(c.Name) is [var kind]
                && (kind is "individual" or "person" or "subject" || Senses.NamesAPerson(kind, lexicon)))
            || Table.Columns.Any(c => c.Kind == ColumnKind.Text && c.Values.Keys.Any(v => Language.Words.Tokens(v).Any(w => w == singular || w == Words[i])))) return false;
        return !Table.Columns.Any(c => c.CountsThings && Language.Words.Singular(Language.Words.NameWords(c.Name)[^1]) == singular)
            && !NamesAnotherPlural(i, other => lexicon.Knows(other, PartOfSpeech.Noun));
    }

    /// <summary>
    /// A thing in the plural (or one after "which", "each") that the people one text column names made, by the verb their
    /// definition begins with, for one column only; no column named for the thing.
    /// </summary>
    private (LanguageColumn Maker, string Verb)? MadeByPeopleOfAColumn(int i)
    {
        var singular = Language.Words.Singular(Words[i]);
        if (Lexicon.Shared is not { Available: true } lexicon || singular == Words[i] && Word(i - 1) is not ("which" or "each" or "per")
            || Table.Columns.Any(c => Language.Words.NameWords(c.Name).Contains(singular))) return null;
        var makers = Table.Columns.Where(c => c.Kind == ColumnKind.Text && Language.Words.NameWords(c.Name) is [_])
            .Select(c => (Maker: c, Verb: Senses.MadeBy(Language.Words.Singular(Language.Words.NameWords(c.Name)[0]), singular, lexicon)))
            .Where(m => m.Verb is not null).ToList();
        return makers is [var (maker, verb)] ? (maker, verb!) : null;
    }

    /// <summary>
    /// The column of a table of people named by a person (prof, driver), repeating its values, that a person noun asked is
    /// or is near: the two are kinds of one kind of person within two steps (an instructor and a professor are educators).
    /// </summary>
    private (LanguageColumn Column, string? Kind)? PeopleColumn(string noun, Lexicon lexicon)
    {
        // Not a person itself, nor what a person is a kind of (an organism), nor a grown-up or a worker: every kind of people is.
        var anyone = lexicon.KindsOf(lexicon.Synsets("person", PartOfSpeech.Noun).Take(1), 8).Select(kind => kind.Words[0]).Concat(["person", "adult", "worker"]).ToHashSet();
        HashSet<string> Near(string person) => lexicon.KindsOf(lexicon.Synsets(person, PartOfSpeech.Noun).Take(1), 2)
            .Select(kind => kind.Words[0]).Where(kind => !anyone.Contains(kind)).ToHashSet();
        var asked = Near(noun);
        // A column numbering them, each on several rows, and many of them: not a count of a household's kids (1 to 6).
        var found = Table.Columns.Where(c => c.Kind is ColumnKind.Text or ColumnKind.Number && !c.IsFlag && c.Profile.DistinctCount * 2 < Table.RowCount && c.Profile.DistinctCount > 2
                && (c.Kind == ColumnKind.Text || c.Profile.DistinctCount * 10 >= Table.RowCount)
                && Language.Words.NameWords(c.Name) is [_])
            .Select(c => (Column: c, Person: Language.Words.Singular(Language.Words.NameWords(c.Name)[0])))
            .Where(c => Senses.NamesAPerson(c.Person, lexicon) && (c.Person == noun || Near(c.Person).Overlaps(asked))).ToList();
        return found is [var (column, person)] ? (column, person == noun ? null : Near(person).Intersect(asked).First()) : null;
    }

    /// <summary>
    /// The one numeric column the verb an act (or the act it is a kind of) is named from stands for ("a sale is a selling":
    /// to sell, for a price).
    /// </summary>
    private LanguageColumn? ActMeasured(string noun, int at, Lexicon lexicon) => !Senses.NamesAnActOrEvent(noun, lexicon)
        // Not where a date says when each row's acts happened: there a row may add up several (a pizza's orders of a day).
        || Table.Columns.Any(c => c.Kind == ColumnKind.Date) ? null
        : lexicon.Synsets(noun, PartOfSpeech.Noun).Take(1).SelectMany(sense => lexicon.KindsOf([sense], 1).Prepend(sense))
            .SelectMany(sense => sense.Pointing("+").Where(p => p.Pos == PartOfSpeech.Verb)).Select(lexicon.Follow)
            .SelectMany(verb => verb.Words).Distinct().Select(verb => NumericColumnFor(Senses.VerbMeasures(verb, lexicon), at)?.Column)
            .OfType<LanguageColumn>().Distinct().ToList() is [var only] ? only : null;

    /// <summary>
    /// "homes" of Sacramento's sales, whose type is Condo, Residential or Multi_Family: a noun WordNet makes a kind of a
    /// kind of one value of a column of a few (a condo is a dwelling, a home) names the rows those values sort.
    /// </summary>
    private bool KindOfAValue(string noun, Lexicon lexicon) => Table.Columns.Any(c => c is { Kind: ColumnKind.Text, IsFlag: false, Values.Count: > 1 and <= 20 }
        && c.Profile.DistinctCount * 2 < Table.RowCount && c.Values.Values.Distinct().Any(v => v.All(char.IsAsciiLetter) && v.ToLowerInvariant() != noun
            && lexicon.KindsOf(lexicon.Synsets(v.ToLowerInvariant(), PartOfSpeech.Noun).Take(1), 2).Any(kind => kind.Words.Contains(noun))));

    /// <summary>
    /// "the trees" of Loblolly (WordNet's loblolly is a gruel): a noun of two words the table's name begins is a kind of a
    /// kind of the asked one (a loblolly pine is a pine, a conifer, a tree).
    /// </summary>
    private bool CompoundOfTableWordIsA(string noun, Lexicon lexicon) => NameWordsNoColumnHolds.Any(word => lexicon.CompoundsBeginning(word)
        .Select(compound => lexicon.Synsets(compound, PartOfSpeech.Noun).Take(1).ToList())
        // A kind of a kind: a car maker is directly a maker (of cars), not a kind of maker the cars are.
        .Any(sense => !lexicon.KindsOf(sense, 1).Any(kind => kind.Words.Contains(noun)) && lexicon.KindsOf(sense, 5).Any(kind => kind.Words.Contains(noun))));

    /// <summary>
    /// "How many matches were played in 2014?" of football, whose rows happen on dates: an event in the plural (WordNet)
    /// that nothing else in the question or the table is names the rows, where the table's name is an act or an event
    /// (a game of football) and the question names no other event.
    /// </summary>
    private bool NamesEventRows(int i)
    {
        if (!Table.RowsAreEvents || Lexicon.Shared is not { Available: true } lexicon) return false;
        var singular = Language.Words.Singular(Words[i]);
        return singular != Words[i] && Senses.NamesAnEvent(singular, lexicon) && NameWordsNoColumnHolds.Any(w => Senses.NamesAnActOrEvent(w, lexicon))
            && !NamesAnotherPlural(i, other => Senses.NamesAnActOrEvent(other, lexicon));
    }

    /// <summary>
    /// "matchups" of a type chart whose rows pair an attacking type with a defending one: a plural noun that WordNet says
    /// pairs two things, where two text columns hold the same values and each row is one pair of them.
    /// </summary>
    /// <returns>The two text columns holding the same values, together telling the rows apart: the two sides of each pair.</returns>
    private (LanguageColumn First, LanguageColumn Second)? PairedRows(int i) =>
        Language.Words.Singular(Words[i]) is var singular && singular != Words[i] && Lexicon.Shared is { Available: true } lexicon
        && (singular is "pair" or "pairing" || lexicon.Synsets(singular, PartOfSpeech.Noun).FirstOrDefault() is { } sense
            && Language.Words.Tokens(sense.Definition).Any(w => w is "pair" or "pairing" or "pairs"))
        && Table.Sides is var (first, second) && first.Profile.DistinctCount * second.Profile.DistinctCount >= Table.RowCount ? (first, second) : null;

    /// <summary>The words of the table's name and of what its rows are ("bird", "strike" of birdstrikes) that no column's name holds.</summary>
    private IEnumerable<string> NameWordsNoColumnHolds => Table.NameWords.Where(NoColumnHolds);

    /// <summary>Whether a word of the question other than the one at <paramref name="i"/>, not yet read, is another noun in the plural of this kind.</summary>
    private bool NamesAnotherPlural(int i, Func<string, bool> ofKind) => Words.Where((w, j) => j != i && Tags[j] is null or { Kind: TagKind.Unknown })
        .Any(w => !Language.Words.StopWords.Contains(w) && !KeywordWords.Contains(w) && Language.Words.Singular(w) is var other && other != w
            && other != Language.Words.Singular(Words[i]) && ofKind(other));

    /// <summary>
    /// "Which monarch started last?", "Which version ends last?": "first" or "last" at the end, after a verb that stands
    /// for a column of dates or years, ranks the rows by it (the earliest or the latest one).
    /// </summary>
    private void LinkOrderOfEvents()
    {
        var end = Words.Count - 1;
        if (end < 2 || Words[end] is not ("first" or "last" or "earliest" or "latest") || Tags[end] is not { Kind: TagKind.Keyword or TagKind.Unknown }
            || Lexicon.Shared is not { Available: true } lexicon) return;
        // "became independent most recently": a column of when a state was come to is read as a verb of it.
        if (Enumerable.Range(Math.Max(0, end - 3), Math.Min(3, end)).Reverse().Select(TagAt)
                .FirstOrDefault(t => t is { Kind: TagKind.Column }) is not { Column: { } dated } verb
            || !verb.Predicate && !lexicon.BaseForms(Words[verb.Start], PartOfSpeech.Verb).Any(b => b != Words[verb.Start])
            || !(dated.Kind == ColumnKind.Date || dated.IsYearNumber || dated.HoldsYears)
            // "Which release was released first?" of a release date: the rows' word and the verb name the same column; the rows are asked.
            || Tags.Any(t => t is { Kind: TagKind.Column } && t.Column == dated && t.Start != verb.Start))
        {
            LinkOrderOfRows(end, lexicon);
            return;
        }
        var first = Words[end] is "first" or "earliest";
        Set(verb.Start, verb.Length, verb with { Pole = first ? -1 : 1, Superlative = true, Reading = $"{(first ? "early" : "late")} {dated.Name}, ranked ({Words[verb.Start]} {Words[end]})" });
        Tags[end] = new Tag(TagKind.Stop, end, 1);
    }

    /// <summary>
    /// "Which release came out first?", "Which feature became baseline high first?": where no verb stands for a time, the
    /// rows asked for are ranked by the time the rest names — the date whose name holds the words said of them, else the one
    /// the rows' own word names (release of releases), else the table's only one.
    /// </summary>
    private void LinkOrderOfRows(int end, Lexicon lexicon)
    {
        if (Words[0] is not ("which" or "what") || end < 3) return;
        var dates = Table.Columns.Where(c => c.Kind == ColumnKind.Date || c.IsYearNumber).ToList();
        var subject = 1;
        var said = Enumerable.Range(subject + 1, end - subject - 1).ToList();
        // Only a verb, its particle and words of the date's name come between: "which player scored first" names no time.
        if (dates.Count == 0 || !said.Any(j => lexicon.Knows(Words[j], PartOfSpeech.Verb) && TagAt(j) is null or { Kind: TagKind.Unknown or TagKind.Stop or TagKind.Column })
            || said.Any(j => TagAt(j) is { Kind: TagKind.Number or TagKind.Month or TagKind.Unit or TagKind.Day or TagKind.Weekday or TagKind.Quarter })) return;
        var saidWords = said.Where(j => !Language.Words.StopWords.Contains(Words[j])).Select(j => Language.Words.Singular(Words[j])).ToHashSet();
        var rowsWord = Language.Words.Singular(Words[subject]);
        var named = dates.Select(c => (Column: c, Shared: Language.Words.NameWords(c.Name).Select(Language.Words.Singular).Count(saidWords.Contains)
                + (said.Any(j => TagAt(j) is { Kind: TagKind.Column } verb && verb.Column == c) ? 1 : 0)))
            .Where(d => d.Shared > 0).ToList();
        var dated = named.Count > 0 ? named.Where(d => d.Shared == named.Max(n => n.Shared)).Select(d => d.Column).ToList() is [var most] ? most : null
            : dates.Where(c => Language.Words.NameWords(c.Name).Select(Language.Words.Singular).Any(w => w == rowsWord || Table.NameWords.Contains(w))).ToList() is [var ofRows] ? ofRows
            : dates is [var only] ? only : null;
        // "became baseline high": a column between is a part of the date's name ("baseline" of baseline_high_date).
        if (dated is null || said.Any(j => TagAt(j) is { Kind: TagKind.Column, Column: { } between } && between != dated
                && !Language.Words.NameWords(between.Name).All(Language.Words.NameWords(dated.Name).Contains))) return;
        // The rows are what is asked: their own word, or a column of text naming them ("Which codename").
        var asksRows = Table.NameWords.Contains(rowsWord) || TagAt(subject) is { Kind: TagKind.TableWord }
            || TagAt(subject) is { Kind: TagKind.Column, Column: { } subjectColumn } && (subjectColumn == dated || subjectColumn.Kind == ColumnKind.Text);
        if (!asksRows) return;
        var first = Words[end] is "first" or "earliest";
        if (TagAt(subject) is { Kind: TagKind.Column } asked && asked.Column == dated) Set(asked.Start, asked.Length, new Tag(TagKind.TableWord, asked.Start, asked.Length));
        foreach (var j in said.Where(j => TagAt(j) is null or { Kind: TagKind.Unknown or TagKind.Value or TagKind.Column }))
            Tags[j] = new Tag(TagKind.Stop, j, 1, Reading: $"what happened at {dated.Name}");
        Tags[end] = new Tag(TagKind.Column, end, 1, dated, Pole: first ? -1 : 1, Superlative: true,
            Reading: $"{(first ? "early" : "late")} {dated.Name}, ranked ({Words[end]}: when {string.Join(' ', said.Select(j => Original[j]))})");
    }

    /// <summary>The verbs WordNet derives a noun from, in its first two senses: depend of "dependencies", manage of "managers".</summary>
    private static HashSet<string> VerbsOf(string noun, Lexicon lexicon) =>
        lexicon.Synsets(Language.Words.Singular(noun), PartOfSpeech.Noun).Take(2).SelectMany(s => s.Pointing("+").Where(p => p.Pos == PartOfSpeech.Verb))
            .Select(lexicon.Follow).SelectMany(v => v.Words).ToHashSet();

    /// <summary>Of those, the verbs the noun is formed from: cite of "citations", not its synonym quote; not check of "arrests".</summary>
    private static List<string> VerbsFormedInto(string noun, Lexicon lexicon) =>
        VerbsOf(noun, lexicon).Where(verb => Language.Words.Singular(noun).StartsWith(verb.TrimEnd('e'), StringComparison.Ordinal)).ToList();

    /// <summary>
    /// The column named by a form of the verb WordNet derives a noun from: depends of "dependencies", admitted of "admission";
    /// first the verb the noun is formed from, whatever its form: advance of "advancement", not raises (to raise is to advance);
    /// not of one who does it ("traders" of a trade column are the people, some of whom traded).
    /// </summary>
    private LanguageColumn? ColumnOfVerbOf(string noun, Lexicon lexicon) =>
        !Senses.NamesAPersonInSomeSense(Language.Words.Singular(noun), lexicon) && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var name] && VerbsFormedInto(noun, lexicon) is var formedFrom
            && (formedFrom.Contains(name) || lexicon.BaseForms(name, PartOfSpeech.Verb).Any(formedFrom.Contains))).ToList() is [var formed] ? formed
        : VerbsOf(noun, lexicon) is { Count: > 0 } verbs
        && Table.Columns.Where(c => Language.Words.NameWords(c.Name) is [var name]
            && lexicon.BaseForms(name, PartOfSpeech.Verb).Any(b => b != name && name.StartsWith(b, StringComparison.Ordinal) && verbs.Contains(b))).ToList() is [var acting]
            ? acting : null;

    /// <summary>
    /// The one text column's value that is the verb WordNet derives a noun from: manage of "managers" and "management"; not
    /// of a word that is itself a verb ("use"), nor a value written in capitals (a code: DO).
    /// </summary>
    private (LanguageColumn Column, string Value)? ValueOfVerbOf(string noun, Lexicon lexicon) => lexicon.BaseForms(noun, PartOfSpeech.Verb).Count > 0 ? null
        : VerbsOf(noun, lexicon).SelectMany(verb => Table.Columns.Where(c => c.Kind == ColumnKind.Text).Select(c => (Column: c, Value: c.Values.GetValueOrDefault(verb))))
            .Where(v => v.Value is { Length: > 2 } value && !value.All(char.IsUpper)).Distinct().ToList() is [var (column, value)]
            ? (column, value!) : null;

    private void LinkRest()
    {
        // "in a day", "per day" of a table whose rows are the days of its years: each row, not its day's number.
        for (var i = 1; i < Words.Count; i++)
            if (Words[i] == "day" && Words[i - 1] is "a" or "per" or "each" or "every" or "single" && Tags[i] is { Kind: TagKind.Column } && Table.DailyRowsOfNumbers)
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: "each row is a day");
        // "the fewest lynx trapped in a year" of a table with a row a year: each row ("per year" lists each year's, averaged
        // or not).
        for (var i = 1; i < Words.Count; i++)
            if (Words[i] == "year" && Words[i - 1] is "a" or "single" && Tags[i] is { Kind: TagKind.Column, Column: { IsYearNumber: true } year }
                && year.Profile.DistinctCount == Table.RowCount && year.Profile.NullCount == 0
                && Words.Any(w => w is "average" or "mean" or "median" or "fewest" or "most" or "least" or "highest" or "lowest" or "maximum" or "minimum" or "max" or "min")
                && !Words.Any(w => w is "total" or "sum" or "many" or "which" or "what" or "when"))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: RowAYearReading);
        // "fuel price" of airline-costs' one price: a substance or a thing before the one column named for a kind of number
        // says what that number is of.
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is null && Tags[i + 1] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } priced } && Language.Words.NameWords(priced.Name) is [var kind]
                && kind == Words[i + 1] && MeasureNouns.Contains(kind) && Table.Columns.Count(c => Language.Words.NameWords(c.Name).Contains(kind)) == 1
                && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i]) && Lexicon.Shared is { Available: true } things
                && (Senses.NamesASubstance(Words[i], things) || Senses.NamesAPhysicalThing(Words[i], things)))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {priced.Name} is the {kind} of");
        // "moral integration" of moral: a noun after a numeric column named by an adjective says what it measures.
        for (var i = 0; i + 1 < Words.Count; i++)
            if (Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number, IsFlag: false } described } && Language.Words.NameWords(described.Name) is [var adjective]
                && adjective == Words[i] && Tags[i + 1] is null && !KeywordWords.Contains(Words[i + 1]) && !Language.Words.StopWords.Contains(Words[i + 1])
                && !Table.NameWords.Contains(Language.Words.Singular(Words[i + 1]))
                && Lexicon.Shared is { Available: true } describing && describing.Knows(adjective, PartOfSpeech.Adjective) && describing.Knows(Words[i + 1], PartOfSpeech.Noun))
                Tags[i + 1] = new Tag(TagKind.Stop, i + 1, 1, Reading: WhatItMeasures(described));
        // "days absent" of Days: an adjective after a column named for what it counts only says which of them it counts.
        for (var i = 1; i < Words.Count; i++)
            if (Tags[i] is null && TagAt(i - 1) is { Kind: TagKind.Column, Length: 1, Column: { CountsThings: true } counted } && Language.Words.NameWords(counted.Name) is [var things]
                && things == Words[i - 1] && !KeywordWords.Contains(Words[i]) && !Language.Words.StopWords.Contains(Words[i])
                // Not "students enrolled" beside allstudents: the word may tell two columns apart.
                && Table.Columns.Count(c => c.Name.Contains(things, StringComparison.OrdinalIgnoreCase)) == 1
                && Lexicon.Shared is { Available: true } saying && !saying.Knows(Words[i], PartOfSpeech.Noun) && saying.Knows(Words[i], PartOfSpeech.Adjective))
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"which {things} {counted.Name} counts");
        // "southern versus non-southern": between a yes-or-no column's two sides, "versus" only sets them side by side.
        for (var i = 1; i + 1 < Words.Count; i++)
            if (Words[i] is "versus" or "vs" && Tags[i] is null or { Kind: TagKind.Unknown } && Tags[i - 1] is { Kind: TagKind.Column, Column.IsFlag: true } side
                && Tags[i + 1] is { Kind: TagKind.Column } other && other.Column == side.Column && other.Pole != side.Pole)
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"{side.Column!.Name}'s two sides, side by side");
        // "zero insects", "the average number of insects" of InsectSprays' count: the table's own word after a number, or as
        // the number of them averaged, is what a column that only counts holds (each row is a plot, not an insect).
        for (var i = 1; i < Words.Count; i++)
            if ((Tags[i] is { Kind: TagKind.TableWord, Length: 1 } || Tags[i] is null && Table.NameWords.Contains(Language.Words.Singular(Words[i]))) && ThingsCounted is { } counts
                && Language.Words.Singular(Words[i]) != Words[i])
            {
                // "total seizures", "the most seizures", "no seizures" of epilepsy-seizure-counts, a table named for counts of them
                // (WordNet: a count is a number): summed, ranked or none, what the column counts. Not carnivore-scat's scats, each
                // a row, beside the pieces of each.
                if (TagAt(i - 1) is { Kind: TagKind.Number, IsYear: false } || Word(i - 1) is "total" or "average" or "mean" or "median" or "most" or "fewest" or "no"
                    && Lexicon.Shared is { Available: true } counting && Language.Words.NameWords(Table.Name) is [_, .., var countsOf] && Senses.NamesANumber(Language.Words.Singular(countsOf), counting))
                    Tags[i] = new Tag(TagKind.Column, i, 1, counts, Reading: $"the {Words[i]} each row counts → column {counts.Name}");
                // "the average number of insects": averaged per row, "the highest number of accidents" ranked by row; "the number
                // of flights" alone is their total, read below.
                // "the median number of daily accidents" where each row is a day.
                else if ((Words[i - 1] == "daily" && Table.DailyRowsOfNumbers ? i - 2 : i - 1) is var of && of >= 2 && Words[of] == "of" && Words[of - 1] == "number"
                         && Tags[of - 1] is null or { Kind: TagKind.Keyword }
                         && Word(of - 2) is "average" or "mean" or "median" or "highest" or "lowest" or "largest" or "smallest" or "greatest" or "maximum" or "minimum")
                    Set(of - 1, i - of + 2, new Tag(TagKind.Column, of - 1, i - of + 2, counts, Reading: $"the {Words[i]} each row counts → column {counts.Name}"));
            }
        // "the average seizure count" of epilepsy-seizure-counts: the table's own word and "count" are what the column that
        // counts holds; after another number column ("baseline seizure count"), they say what kind of number that is.
        for (var i = 1; i < Words.Count; i++)
            if (Words[i] is "count" or "counts" && ThingsCounted is { } counted && Tags[i - 1] is null or { Kind: TagKind.TableWord, Length: 1 }
                && Language.Words.Singular(Words[i - 1]) is var thing && thing == Words[i - 1] && Table.NameWords.Contains(thing) && Word(i - 2) != "many")
            {
                if (TagAt(i - 2) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } number } && number != counted)
                    Set(i - 1, 2, new Tag(TagKind.Column, i - 1, 2, number, Reading: $"a count of the {thing}: what kind of number {number.Name} is"));
                else Set(i - 1, 2, new Tag(TagKind.Column, i - 1, 2, counted, Reading: $"the {thing} each row counts → column {counted.Name}"));
            }
        // "How many times was the concentration measured?" of a conc column empty where a dose was given: the rows that hold one.
        if (Word(0) == "how" && Word(1) == "many" && Word(2) == "times" && Word(3) is "was" or "were" && Word(4) is "the" or "a"
            && TagAt(5) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, HasEmptyCells: true } measured } measuredTag && measuredTag.Start + measuredTag.Length == Words.Count - 1
            && Lexicon.Shared is { Available: true } measuring && measuring.BaseForms(Words[^1], PartOfSpeech.Verb).Any(v => v != Words[^1] && Senses.VerbOfMeasuring(v, measuring)))
        {
            Tags[2] = new Tag(TagKind.Column, 2, 1, measured, Reading: $"the times {measured.Name} was {Words[^1]}: its rows that hold one");
            Tags[^1] = new Tag(TagKind.Stop, Words.Count - 1, 1);
        }
        // "the most seizures in one period" of a patient's row in each period: one row, not the periods' totals ranked.
        for (var i = 3; i < Words.Count; i++)
            if (Word(i - 1) is "one" or "single" && Word(Word(i - 2) == "a" ? i - 3 : i - 2) is "in" or "during" or "on" or "over"
                && Tags[i] is { Kind: TagKind.Column, Length: 1, Column: { } period } && BuiltinEngine.OneRowPerUnitAt(Table, period) is { } unit
                && Words.Take(i).Any(w => w is "most" or "fewest" or "least" || IsSuperlative(w)))
            {
                Tags[i - 1] = new Tag(TagKind.Stop, i - 1, 1, Reading: $"one {Words[i]}: one row");
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"each row is one {period.Name} of one {unit.Name}");
            }
        // "population density" of Freedman's population and density: two numeric columns' names, the second a measure
        // (WordNet) and the first not, are the second measured of the first.
        for (var i = 1; i < Words.Count; i++)
            if (TagAt(i - 1) is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } of } && TagAt(i) is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number } measure }
                && of != measure && Language.Words.NameWords(of.Name) is [var ofWord] && ofWord == Words[i - 1] && Language.Words.NameWords(measure.Name) is [var measureWord]
                && measureWord == Words[i] && Lexicon.Shared is { Available: true } measures && Senses.NamesAMeasure(measureWord, measures) && !Senses.NamesAMeasure(ofWord, measures))
                Set(i - 1, 2, new Tag(TagKind.Column, i - 1, 2, measure, Reading: $"'{Original[i - 1]} {Original[i]}': the {measureWord} of {ofWord} → column {measure.Name}"));
        // "population" of midwest's poptotal, popasian, popblack…: a noun several columns' names begin a short form of, each
        // run together with a word, is the one of the total; before "of" a word, or after a word, the one of that word ("the
        // percentage of black residents": percblack; "the Asian population": popasian).
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is not (null or { Kind: TagKind.Keyword }) || Tags[i] is { Kind: TagKind.Keyword } && !ShareWords.Contains(Words[i])
                || Lexicon.Shared is not { Available: true } lexicon || !lexicon.Knows(Words[i], PartOfSpeech.Noun) || PrefixedColumns(Words[i], lexicon) is not { Count: > 1 } prefixed)
                continue;
            if (Word(i + 1) == "of" && TagAt(i + 2) is null or { Kind: TagKind.Column, Length: 1 } && prefixed.Where(p => p.Joined == Words[i + 2]).ToList() is [var joinedAfter])
            {
                Set(i, 3, new Tag(TagKind.Column, i, 3, joinedAfter.Column, Reading: $"{joinedAfter.Column.Name}: a short form of {Words[i]} run together with {Words[i + 2]}"));
                // "… of black residents", "… of college educated people": the people the share is of, and what is said of them.
                var end = i + 3;
                while (end < Words.Count && (Tags[end] is { Kind: TagKind.Stop } || Tags[end] is null && !lexicon.Knows(Words[end], PartOfSpeech.Noun)
                       && (lexicon.Knows(Words[end], PartOfSpeech.Adjective) || lexicon.BaseForms(Words[end], PartOfSpeech.Verb).Any(b => b != Words[end])))) end++;
                if (end < Words.Count && Tags[end] is null && (Words[end] == "people" || Senses.NamesAPerson(Language.Words.Singular(Words[end]), lexicon)))
                    Set(i + 3, end - i - 2, new Tag(TagKind.Stop, i + 3, end - i - 2, Reading: $"whose share {joinedAfter.Column.Name} is"));
            }
            else if (i > 0 && !KeywordWords.Contains(Words[i - 1]) && TagAt(i - 1) is null or { Kind: TagKind.Column, Length: 1 }
                     && prefixed.Where(p => p.Joined == Words[i - 1]).ToList() is [var joinedBefore])
                Set(i - 1, 2, new Tag(TagKind.Column, i - 1, 2, joinedBefore.Column, Reading: $"{joinedBefore.Column.Name}: a short form of {Words[i]} run together with {Words[i - 1]}"));
            else if (Tags[i] is null && prefixed.Where(p => p.Joined is "total" or "tot" or "all").ToList() is [var total])
                Tags[i] = new Tag(TagKind.Column, i, 1, total.Column, Reading: $"{total.Column.Name}: a short form of {Words[i]} run together with {total.Joined}, the {Words[i]} in all");
        }
        // "Clinton's share of the vote", "Trump's vote share", "more votes than Trump" of columns of each candidate's percent:
        // beside a share (or between "more" and "than" another share), a column that is none says what the share named
        // is of, and is not itself asked (electoral_votes).
        for (var i = 0; i < Words.Count; i++)
        {
            if (TagAt(i) is not { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number, IsShare: false } whole }) continue;
            var shareAt = Word(i + 1) is "share" or "shares" ? i + 1
                : Word(i - 1) == "of" && ShareWords.Contains(Language.Words.Singular(Word(i - 2) ?? "")) ? i - 2
                : Word(i - 1) == "the" && Word(i - 2) == "of" && ShareWords.Contains(Language.Words.Singular(Word(i - 3) ?? "")) ? i - 3 : -1;
            var compared = Word(i - 1) is "more" or "fewer" or "less" && Word(i + 1) == "than" && TagAt(i + 2) is { Kind: TagKind.Column, Column.IsShare: true };
            if ((shareAt >= 0 || compared) && Tags.Where((t, j) => j != i && t is { Kind: TagKind.Column, Column.IsShare: true }).Select(t => t.Column!).FirstOrDefault() is { } share)
            {
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: $"what {share.Name}{ShareOfEnding}");
                if (shareAt >= 0) Tags[shareAt] = new Tag(TagKind.Stop, shareAt, 1, Reading: $"{share.Name}{IsTheShareEnding}");
            }
        }
        for (var i = 0; i < Words.Count; i++)
        {
            if (Tags[i] is not null) continue;
            var word = Words[i];
            // "the admission rate" of admissions' admitted (a percent): the table's own word before a word that only says what
            // kind of number follows is the numeric column its verb names.
            if (MeasureNouns.Contains(word) && TagAt(i - 1) is { Kind: TagKind.TableWord, Length: 1 } && Lexicon.Shared is { Available: true } verbs
                && ColumnOfVerbOf(Words[i - 1], verbs) is { Kind: ColumnKind.Number } done)
            {
                Tags[i - 1] = new Tag(TagKind.Column, i - 1, 1, done, Reading: $"{Words[i - 1]} (WordNet: of the verb {done.Name} is a form of) → column {done.Name}");
                Tags[i] = new Tag(TagKind.Stop, i, 1, Reading: WhatItMeasures(done));
                continue;
            }
            // "oleic acid", "arachidic acid" of olive's fatty acids: after a column's one-word name, a noun WordNet joins with it or
            // with another column's name into one word ("oleic acid", "palmitic acid") says what the column holds.
            if (TagAt(i - 1) is { Kind: TagKind.Column, Length: 1, Column: { } acid } && Language.Words.NameWords(acid.Name) is [var acidWord] && acidWord == Words[i - 1]
                && Lexicon.Shared is { Available: true } compounds && Language.Words.Singular(word) is var head
                && Table.Columns.Select(c => Language.Words.NameWords(c.Name)).Where(n => n is [_]).Select(n => n[0]).Prepend(acidWord)
                    .FirstOrDefault(other => compounds.Knows($"{other} {head}", PartOfSpeech.Noun)) is { } joined)
            {
                Set(i - 1, 2, new Tag(TagKind.Column, i - 1, 2, acid, Reading: $"'{Original[i - 1]} {Original[i]}' (WordNet: {joined} {head} is one word) → column {acid.Name}"));
                continue;
            }
            // "on the top shelf" of shelves 1 to 3: after a preposition, the top or bottom of a few numbered kinds is the highest
            // or lowest of them, as if its number were written.
            if (word is "top" or "bottom" && Word(i - 1) == "the" && Word(i - 2) is "on" or "in" or "at" && TagAt(i + 1) is { Kind: TagKind.Column, Column: { IsCategoryNumber: true } kinds }
                && double.TryParse(word == "top" ? kinds.Profile.Max : kinds.Profile.Min, NumberStyles.Float, CultureInfo.InvariantCulture, out var end))
            {
                _words[i] = end.ToString(CultureInfo.InvariantCulture);
                Tags[i] = new Tag(TagKind.Number, i, 1, Number: end, Reading: $"the {word} {kinds.Name}: {_words[i]}, its {(word == "top" ? "highest" : "lowest")}");
                continue;
            }
            // "Which race has the higher rate": of two or more, the comparative after "the" is the superlative.
            if (Word(i - 1) == "the" && Word(i + 1) != "than" && ComparedAsMost.TryGetValue(word, out var most)) _words[i] = word = most;
            // A slip of the keyboard in a word the engine knows ("avrage") is read as that word, and so is a form of it ("totals");
            // another word ("frequency" is not "frequent") is not a slip.
            if (!KeywordWords.Contains(word) && KeywordWords.FirstOrDefault(k => k.Length >= 5 && Language.Words.NearlyEqual(k, word)) is { } meant
                && !IsAnotherWord(word, meant))
                _words[i] = word = meant;
            // "the most sunspots", "no sunspots" of a yearly count of sunspots: the table's word in the plural is its one measure.
            Tags[i] = Table.NameWords.Contains(Language.Words.Singular(word)) && Language.Words.Singular(word) != word && Table is { RowsAreTimes: true, OnlyMeasure: { } counts }
                    ? new Tag(TagKind.Column, i, 1, counts, Reading: $"the {word} of each row → column {counts.Name}")
                // "the most murders" of murders, whose rows are states: the act the table is named by, in the plural, is what its
                // one column called total or count counts.
                : Table.NameWords.Contains(Language.Words.Singular(word)) && Language.Words.Singular(word) != word && ActsCounted(Language.Words.Singular(word)) is { } acts
                    ? new Tag(TagKind.Column, i, 1, acts, Reading: $"the {word} each row counts → column {acts.Name}")
                // "the fewest fatalities" of traffic-fatalities, a row per state and year: the plural the table's name ends with is
                // what the number column it begins with counts, not the rows nor the states.
                : CountedByPanel(word) is { } panelCounts ? new Tag(TagKind.Column, i, 1, panelCounts, Reading: $"the {word} each row counts → column {panelCounts.Name}")
                // "investment" of grunfeld-investment's invest: a word of the table's name that begins with the whole name of one
                // number column is that column, as it would be of any other table.
                : Table.NameWords.Contains(Language.Words.Singular(word)) && AbbreviatedColumn(Language.Words.Singular(word)) is { Kind: ColumnKind.Number } begun
                    && Language.Words.Singular(word).StartsWith(begun.Name.ToLowerInvariant(), StringComparison.Ordinal)
                    ? new Tag(TagKind.Column, i, 1, begun, Reading: $"'{word}' begins with {begun.Name} → column {begun.Name}")
                // "How many airlines", "Which airline" of airline-costs, a row per firm and year: the table's word names the firms,
                // not its rows (unless it qualifies a column: "airline costs").
                : Table.NameWords.Contains(Language.Words.Singular(word)) && Table.PanelUnit is { } unit && TagAt(i + 1) is not { Kind: TagKind.Column }
                    && !Language.Words.NameWords(unit.Name).Contains(Language.Words.Singular(word))
                    ? new Tag(TagKind.Column, i, 1, unit, Reading: $"the {word}, each a row a year → column {unit.Name}")
                // "citations" of equation-citations' cites: a plural whose verb (WordNet: to cite) is the one whole-number column's
                // name is what that column counts, not the rows.
                : CountedByItsVerb(word) is { } cited ? new Tag(TagKind.Column, i, 1, cited, Reading: $"the {word} each row counts → column {cited.Name}")
                // "fatalism score" of depression-scores: a word of the table's name saying what kind of number a column is.
                : PeopleMeasured(i) is { } measuredPeople
                    ? new Tag(TagKind.Column, i, 1, measuredPeople, Reading: $"{MeasuredThingsReading}: the {word}, each numbered by {measuredPeople.Name}")
                : ThingsNumberedAsSubjects(i) is { } numberedThings
                    ? new Tag(TagKind.Column, i, 1, numberedThings, Reading: $"{MeasuredThingsReading}: the {word}, each numbered by {numberedThings.Name} and measured on several rows")
                // "tumours", "a tumour" of rat-tumour-litters, whose rats are followed for tumours: an illness the table is named for
                // is what the rows' subjects may have had, not the rows, and no column here is named for it.
                : IllnessOfTheRows(i) ? new Tag(TagKind.Unknown, i, 1, Reading: $"'{Original[i]}' names the illness {Table.Name} is about, not its rows, and no column says who had one")
                : Table.NameWords.Contains(Language.Words.Singular(word)) && !SaysKindOfNumberAfterColumn(i) && !CountsWhatRowsAreOf(i) ? new Tag(TagKind.TableWord, i, 1)
                // "How many earthquakes" of earthquake-accelerations: the one column whose values each keep a number of their
                // own on all their rows (an event's magnitude) tells the things measured apart.
                : CountsWhatRowsAreOf(i) && ThingsMeasured is { } measuredThings
                    ? new Tag(TagKind.Column, i, 1, measuredThings, Reading: $"{MeasuredThingsReading}: the {word}, each with numbers of its own → column {measuredThings.Name}")
                // "earthquakes" of quakes: a noun whose first sense WordNet also calls by a word of the table's name.
                : SynonymOfTableWord(Language.Words.Singular(word)) is { } synonym ? new Tag(TagKind.TableWord, i, 1, Reading: $"the table's word {synonym}, in other words (WordNet)")
                // "marriage" of marital-affairs: the noun an adjective of the table's name pertains to (WordNet: marital, of marriage).
                : NameWordsNoColumnHolds.FirstOrDefault(w => Lexicon.Shared is { Available: true } pertaining && Senses.DescribesFirst(w, pertaining).Contains(word)) is { } pertainer
                    ? new Tag(TagKind.TableWord, i, 1, Reading: $"what the table's word {pertainer} pertains to (WordNet)")
                // "olive oil" of olive: the table's word and a noun WordNet knows as one word for a thing (not a measure: "interest
                // rate") are what the rows are of.
                : TagAt(i - 1) is { Kind: TagKind.TableWord, Length: 1 } && Lexicon.Shared is { Available: true } joins
                    && Senses.ThingKinds($"{Language.Words.AmericanSpelling(Words[i - 1])} {Language.Words.Singular(word)}", joins).Count > 0
                    ? new Tag(TagKind.TableWord, i, 1, Reading: $"'{Original[i - 1]} {Original[i]}' is one word (WordNet): what the rows are of")
                // "at-rules" of css-at-rules: the table's words written with a hyphen.
                : word.Contains('-') && word.Split('-').All(part => Table.NameWords.Contains(Language.Words.Singular(part)))
                    ? new Tag(TagKind.TableWord, i, 1)
                // "languages" of langs: a word of the table's name that no dictionary knows may shorten the rows' noun.
                : ShortenedTableWord(word) is { } shortened ? new Tag(TagKind.TableWord, i, 1, Reading: $"the table's word {shortened}, shortened")
                // "How many icons does Material Design Icons have?" of iconify-collections: what the table's name grows from, in the
                // plural, is what its one whole-number column called total or count counts.
                : Language.Words.Singular(word) is var one && one != word && TableWordGrownFrom(one) is not null
                    && TotalColumn is { } total
                    ? new Tag(TagKind.Column, i, 1, total, Reading: $"the {word} each row counts → column {total.Name}")
                // "icon sets" of iconify-collections: before the rows' own word, a noun a word of the table's name grows from.
                : TagAt(i + 1) is { Kind: TagKind.TableWord } && TableWordGrownFrom(word) is { } grown
                    ? new Tag(TagKind.TableWord, i, 1, Reading: $"the table's word {grown} grows from it")
                // "the average value" of a table whose one measure is named by a code (Eurostat's STS.M.I7…): that measure.
                : word is "value" or "values" && Table.OnlyMeasure is { } valued && !Table.Columns.Any(c => Language.Words.NameWords(c.Name).Contains("value"))
                    ? new Tag(TagKind.Column, i, 1, valued, Reading: $"the table's one measure → column {valued.Name}")
                : word == "hours" && Table.HourlyRows ? new Tag(TagKind.TableWord, i, 1, Reading: "the rows, one per hour", Rows: true)
                // "weeks" of co2-weekly: the rows, one a week, as the table's name says.
                : Table.RowsAreTimes && Language.Words.Singular(word) is var period && period != word && Table.NameWords.Contains(period == "day" ? "daily" : period + "ly")
                    ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows, one per {period}", Rows: true)
                : GatheredTheData(i) ? new Tag(TagKind.Stop, i, 1, Reading: $"the {word}: the whole table")
                // "number of readings" where no column is called so: what a table of measurements holds in each row; so do
                // tests in the plural (WordNet: an assay is a kind of trial, "the act of testing something").
                : RowNouns.Contains(word) || NamesTests(word) ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: each is one of the {word}", Rows: true)
                // "the specimen with the highest urea": one of them.
                : RowNouns.Contains($"{word}s") && (Word(i - 1) is "the" or "a" or "which" or "each" or "every" or "per" || Word(i - 2) == "the" && IsSuperlative(Word(i - 1)))
                    ? new Tag(TagKind.TableWord, i, 1, Reading: $"a row: each is a {word}", Rows: true)
                // "patients" of anorexia: a table named for an illness, no column of which is named for it (as a count of its cases
                // would be; not depression-scores' depression, each patient's score, a fraction, nor kyphosis' present or absent,
                // each patient's), is of its patients.
                : Lexicon.Shared is { Available: true } ill && Table.NameWords.FirstOrDefault(w => Senses.NamesAnIllness(w, ill)) is { } illness
                    // "children" too, where a yes-or-no column named for the illness says each row is one person who had it or not.
                    && (Senses.NamesAPatient(Language.Words.Singular(word), ill) || Language.Words.Singular(word) != word && Senses.NamesAPerson(Language.Words.Singular(word), ill)
                        && Table.Columns.Any(c => c.IsFlag && Language.Words.NameWords(c.Name).Contains(illness)))
                    && !Table.Columns.Any(c => Language.Words.NameWords(c.Name).Contains(illness) && !(c.Kind == ColumnKind.Number && !ColumnTypes.IsInteger(c.Type) || c.IsFlag))
                    ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: a table of {illness} is of its patients", Rows: true)
                // "policyholders" of Holders: a compound WordNet makes a kind of its own last part, that part a number column's
                // whole name, is what that column counts.
                : CountedByCompoundEnding(word) is { } heldBy
                    ? new Tag(TagKind.Column, i, 1, heldBy, Reading: $"WordNet: a {Language.Words.Singular(word)} is a {Language.Words.Singular(Language.Words.NameWords(heldBy.Name)[0])} → column {heldBy.Name}")
                // "pupils" of dutch-schools: a kind of person WordNet defines by what a word of the table's name is (a pupil is
                // enrolled in an educational institution, as a school is one) is the rows, where none is named, no people are
                // counted and most measures are no shares (california-schools' districts hold shares of their pupils).
                : Table.RowsUnnamed && !KeywordWords.Contains(word) && Lexicon.Shared is { Available: true } counting
                    && !Table.Columns.Any(c => c.CountsThings && Senses.NamesAPerson(Language.Words.Singular(Language.Words.NameWords(c.Name)[^1]), counting))
                    && Table.Columns.Count(c => c.IsShare) * 2 < Table.Columns.Count(c => c.Kind == ColumnKind.Number) && Lexicon.Shared is { Available: true } members
                    && Table.NameWords.FirstOrDefault(w => Senses.DefinedBy(Language.Words.Singular(word), w, members)) is { } institution
                    ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: WordNet defines a {Language.Words.Singular(word)} by a {institution}", Rows: true)
                // "How many weeks had ice?" of a cartel's weeks, with no column of dates or years: a plural of a unit of time is the rows.
                : Language.Words.Singular(word) is "week" or "day" or "month" or "quarter" && Language.Words.Singular(word) != word
                    && !Table.Columns.Any(c => c.Kind == ColumnKind.Date || c.IsYearNumber || c.IsMonthNumber || c.Type == "TIME")
                    // Not a measure's unit ("TV news days", "reduced activity days"), nor that of a number column said by its verb
                    // ("weeks worked" of a work column).
                    && (i == 0 || Language.Words.StopWords.Contains(Words[i - 1]) || KeywordWords.Contains(Words[i - 1]))
                    && !(Lexicon.Shared is { Available: true } doing && NumberColumnsSaidByVerb(doing).Count > 0)
                    ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: each a {Language.Words.Singular(word)} (no column of dates)", Rows: true)
                // "How many farms had depredations?" of wolf-depredations: a plural that has the table's own word is the rows.
                : HasTheTablesThings(i) is { } having ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows, each with its {having}", Rows: true)
                // "measles cases", "the most polio cases": of a table of counts, what its count column counts.
                : CountedByFrequency(i) is { } counted ? new Tag(TagKind.Column, i, 1, counted, Reading: $"the {word} each row counts → column {counted.Name}")
                // "snow tiles", "Japanese restaurants": a plural noun after a value names the rows that value picks.
                : RowsOfValue(i) ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows, {Words[i]} by their {TagAt(i - 1)!.Column!.Name}", Rows: true)
                // "violent crime rate" of statecrime: after the table's own word, too.
                : SaysKindOfNumberAfterColumn(i) || SaysKindOfNumber(word) && (TagAt(i - 1) is { Kind: TagKind.TableWord } && TagAt(i - 2) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number }) ? new Tag(TagKind.Stop, i, 1)
                // "brain weight" of Animals' brain: a measure (WordNet) after a numeric column named for a thing is what it measures
                // of it; so is its using up ("gas consumption", "gas use" of whiteside's Gas, "energy use").
                : TagAt(i - 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } thing } && Language.Words.NameWords(thing.Name) is [var thingWord] && thingWord == Words[i - 1]
                    && Lexicon.Shared is { Available: true } things
                    && (Senses.NamesAPhysicalThing(thingWord, things)
                            && (Senses.NamesAMeasure(word, things)
                                // "How much does the human brain weigh?": a verb of a measure ending the question.
                                || i + 1 == Words.Count && things.Knows(word, PartOfSpeech.Verb) && Senses.VerbMeasures(word, things).Any(m => m != word && Senses.NamesAMeasure(m, things)))
                        || (Senses.NamesAPhysicalThing(thingWord, things) || Senses.NamesASubstance(thingWord, things) || Senses.NamesAPhenomenon(thingWord, things))
                            && Senses.NamesUsingUp(word, things)
                        // "urea concentration": a substance's measure.
                        || Senses.NamesASubstance(thingWord, things) && Senses.NamesAMeasure(word, things))
                    ? new Tag(TagKind.Stop, i, 1, Reading: WhatItMeasures(thing))
                // "highway mileage" of hwy: a measure (WordNet) after a numeric column's short name only says what it measures.
                : TagAt(i - 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } shortName } && Language.Words.NameWords(shortName.Name) is [var shortWord]
                    && shortWord != Words[i - 1] && Lexicon.Shared is { Available: true } measures && !measures.IsWord(shortWord) && Senses.NamesAMeasure(word, measures)
                    ? new Tag(TagKind.Stop, i, 1, Reading: WhatItMeasures(shortName))
                // "the physical ability rating" of PHYS: a verb's form after what a column measures describes it, as after its
                // name ("the integrity rating").
                : TagAt(i - 1) is { Kind: TagKind.Stop, Reading: { } measuredBy } && TagAt(i - 2) is { Kind: TagKind.Column, Column: { } rated }
                    && measuredBy == WhatItMeasures(rated) && Lexicon.Shared is { Available: true } forms && forms.BaseForms(word, PartOfSpeech.Verb).Any(b => b != word)
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"describes {rated.Name}")
                // The same words before "of" or "in" and the column.
                : SaysKindOfNumberBeforeColumn(i) ? new Tag(TagKind.Stop, i, 1)
                : SortWords.Contains(Language.Words.Singular(word)) && Word(i + 1) == "of" ? new Tag(TagKind.Stop, i, 1)
                // "the authentication method", "the base class": after a text column's name, a word that only says it holds kinds or ways.
                : (SortWords.Contains(Language.Words.Singular(word)) || WayWords.Contains(Language.Words.Singular(word)))
                    && TagAt(i - 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, IsFlag: false } sorted }
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"what {sorted.Name} holds")
                // "dealer status", "cartel status", "OECD membership", "oil producers": after a yes-or-no column's name, a state, a
                // person or a body of people (WordNet) says whether it holds.
                : TagAt(i - 1) is { Kind: TagKind.Column, Column: { IsFlag: true } flagged } && Word(i + 1) != "of"
                    && (word == "status" || Lexicon.Shared is { Available: true } flagKinds && !flagKinds.Knows(word, PartOfSpeech.Verb)
                        && Senses.NamesAPersonBodyOrState(Language.Words.Singular(word), flagKinds))
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"whether {flagged.Name} holds")
                // "a preferred neighbourhood" of a prefer column of yes and no: the noun a yes-or-no column's verb, as a participle,
                // is said of only says what of the row it is.
                : TagAt(i - 1) is { Kind: TagKind.Column, Length: 1, Column: { IsFlag: true } participle } && Words[i - 1].EndsWith("ed", StringComparison.Ordinal)
                    && Language.Words.NameWords(participle.Name) is [var verb] && verb != Words[i - 1]
                    && Lexicon.Shared is { Available: true } participles && participles.BaseForms(Words[i - 1], PartOfSpeech.Verb).Contains(verb) && participles.Knows(word, PartOfSpeech.Noun)
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"what is {Words[i - 1]} ({participle.Name})")
                // "each treatment group", "the FT group": after a text column's name or one of its values, the rows it sorts.
                : Language.Words.Singular(word) == "group" && TagAt(i - 1) is { Kind: TagKind.Column or TagKind.Value, Column: { Kind: ColumnKind.Text, IsFlag: false } grouping }
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"the rows {grouping.Name} sorts")
                // "the construction period 1960-64": a time period after a column of spans of years only says what it holds.
                : TagAt(i - 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, Values.Count: > 0 } spans } && spans.Values.Values.All(v => YearSpan().IsMatch(v))
                    && Lexicon.Shared is { Available: true } periods && Language.Words.Singular(word) is var spanned
                    && (Senses.NamesATimePeriod(spanned, periods) || periods.Synsets(spanned, PartOfSpeech.Noun).FirstOrDefault()?.Words.Contains("time period") == true)
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"what {spans.Name} holds")
                // "the release date" of a release column of dates: the word only says what the column holds.
                : word is "date" or "dates" && TagAt(i - 1) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Date } ? new Tag(TagKind.Stop, i, 1, Reading: $"what {TagAt(i - 1)!.Column!.Name} holds")
                // "the codename Hydrogen": a word between an article and a value says what kind of thing the value is ("the
                // earliest morning1 start" ranks).
                // Not an adjective ("the active drug" of a trt holding drug): it may pick other rows than the value's.
                : Word(i - 1) is "the" or "a" or "an" && TagAt(i + 1) is { Kind: TagKind.Value } named && !KeywordWords.Contains(word) && !IsSuperlative(word)
                    && !(Lexicon.Shared is { Available: true } adjectives && adjectives.Knows(word, PartOfSpeech.Adjective))
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"says what {named.Value} is")
                // "added in version 6.1.0", "per version added": a word that only says what the value after it is, or what the
                // column of versions after it holds.
                : HolderWords.Contains(word) && TagAt(i + 1) is { Kind: TagKind.Value } held ? new Tag(TagKind.Stop, i, 1, Reading: $"says what {held.Value} is")
                : word is "version" or "versions" && TagAt(i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, MostlyDigits: true } versions }
                    ? new Tag(TagKind.Column, i, 1, versions, Reading: $"part of '{Original[i]} {Original[i + 1]}' → column {versions.Name}")
                // "use a local variable" of uses_local: the noun ending the question after the adjective a yes-or-no column's name
                // ends in is what that adjective is said of.
                : i == Words.Count - 1 && TagAt(i - 1) is { Kind: TagKind.Column, Length: 1, Column: { IsFlag: true } qualified }
                    && Language.Words.NameWords(qualified.Name) is [_, var adjective] && adjective == Words[i - 1]
                    && Lexicon.Shared is { Available: true } qualifying && qualifying.Knows(adjective, PartOfSpeech.Adjective) && qualifying.Knows(word, PartOfSpeech.Noun)
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"what {qualified.Name} says is {adjective}")
                // "admin1 region 40": a noun between a column and its value says what kind of thing the column holds.
                : TagAt(i - 1) is { Kind: TagKind.Column, Column: { } holder } && TagAt(i + 1) is { Kind: TagKind.Value } value && value.Column == holder
                    && !KeywordWords.Contains(word) && Lexicon.Shared is { Available: true } nouns && nouns.Knows(word, PartOfSpeech.Noun)
                    ? new Tag(TagKind.Stop, i, 1, Reading: $"says what {holder.Name} holds")
                // "the first president", "the most recent president" of terms from one date to another: ranked by when each began.
                : word is "first" or "earliest" or "last" or "latest" && Word(i - 1) == "the" && Table.Term is var (began, _)
                    && TagAt(i + 1) is { Kind: TagKind.TableWord } or { Kind: TagKind.Column, Column.Kind: ColumnKind.Text }
                    ? new Tag(TagKind.Column, i, 1, began, Pole: word is "first" or "earliest" ? -1 : 1, Superlative: true,
                        Reading: $"{(word is "first" or "earliest" ? "early" : "late")} {began.Name}, ranked (the {word} term)")
                : KeywordWords.Contains(word) ? new Tag(TagKind.Keyword, i, 1)
                // "larger than", "smaller than": comparatives the comparisons read, where no column of size took them.
                : word is "larger" or "bigger" or "smaller" && Word(i + 1) == "than" ? new Tag(TagKind.Keyword, i, 1)
                : word == "standard" && Word(i + 1) == "deviation" ? new Tag(TagKind.Keyword, i, 1)
                // "in a single year": the totals per year, read with the time words.
                : word == "single" && Language.Words.Singular(Word(i + 1)) is "year" or "quarter" or "month" or "week" or "day" or "hour" ? new Tag(TagKind.Keyword, i, 1)
                // "the earliest date", "the oldest independence date": read like "first" when WordNet linked it to no numeric column
                // ("earliest start").
                : (word is "earliest" or "latest" || word is "oldest" or "newest" && TagAt(i + 1) is { Kind: TagKind.Column }) && (TagAt(i + 1) is { Kind: TagKind.Column, Column: { } next } && (next.Kind == ColumnKind.Date || next.IsYearNumber)
                    || Table.NameWords.Contains(Language.Words.Singular(Word(i + 1))) && TagAt(i + 2) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Date }
                    || TagAt(i + 1) is { Kind: TagKind.Value } picking && TagAt(i + 1 + picking.Length) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Date })
                    ? new Tag(TagKind.Keyword, i, 1)
                : Language.Words.StopWords.Contains(word) || Language.Words.StopWords.Contains(Language.Words.Singular(word)) ? new Tag(TagKind.Stop, i, 1)
                : HoldsCount(i) ? new Tag(TagKind.Stop, i, 1, Reading: HoldsReading)
                : Word(i - 1) != "how" && HyphenedPart(word) is var (partOf, whole) ? new Tag(TagKind.Value, i, 1, partOf, whole, Reading: $"{partOf.Name} = {whole} (after its hyphen)")
                // "single-credit courses" of credits holding single: a value joined to its column's name.
                : ValueHyphenedToColumn(word) is var (joinedColumn, joinedValue) ? new Tag(TagKind.Value, i, 1, joinedColumn, joinedValue, Reading: $"{joinedColumn.Name} = {joinedValue} (joined to its column's name)")
                // "the 16th president": a number written as an ordinal.
                : word is "th" or "st" or "nd" or "rd" && TagAt(i - 1) is { Kind: TagKind.Number } ? new Tag(TagKind.Stop, i, 1, Reading: "an ordinal")
                : CountedOccurrences(word) is { } countedBy
                    ? new Tag(TagKind.Column, i, 1, countedBy, Reading: $"the {word} {countedBy.Name} counts (WordNet: {countedBy.Name} is the frequency of what a {Language.Words.Singular(word)} is) → column {countedBy.Name}")
                : ValueBegunBy(i) is var (begunColumn, begunValue) ? new Tag(TagKind.Value, i, 1, begunColumn, begunValue, Reading: $"{begunColumn.Name} = {begunValue} (begun by '{Original[i]}')")
                : NamesUnnamedRows(i) ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: {word} (nothing in the table names them)", Rows: true)
                : CountsUnnamedRows(i) ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: {word}, counted (nothing in the table names them)", Rows: true)
                // "papers" of equation-citations' authors: what the people a column names made (WordNet: an author writes; a
                // paper is written) are the rows.
                : MadeByPeopleOfAColumn(i) is var (maker, made) ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: {word}, what the {maker.Name} {made}", Rows: true)
                : NamesEventRows(i) ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: {word}, each on its date (WordNet: an event)", Rows: true)
                : PairedRows(i) is var (first, second) ? new Tag(TagKind.TableWord, i, 1, Reading: $"the rows: {word}, each a pair of {first.Name} and {second.Name}", Rows: true)
                : new Tag(TagKind.Unknown, i, 1);
        }
    }
}
