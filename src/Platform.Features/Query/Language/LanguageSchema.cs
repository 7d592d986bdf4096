using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Microsoft.Extensions.Caching.Memory;
using Platform.Features.Datasets;

namespace Platform.Features.Query.Language;

public enum ColumnKind { Number, Date, Text, Boolean, Other }

/// <param name="Values">Distinct values of a text column, by their lower-case form (for linking words to filters).</param>
/// <param name="Unit">The unit the column's name states ("Body Mass (g)", "Weight_in_lbs"), when WordNet knows it as one.</param>
/// <param name="StoredAsText">Numbers the file kept as text or JSON: read as the <see cref="Type"/> they fit.</param>
/// <param name="Padded">Text some of whose values carry leading or trailing spaces (" Euro"): compared trimmed.</param>
/// <param name="Blank">Text some of whose cells are blank (a dog breed's origin ""): empty, like a missing value.</param>
/// <param name="ListSeparator">
/// Text whose values are lists: written with commas ("CA,US"; see <see cref="AreCommaLists"/>) or with spaces ("H hB"; see
/// <see cref="AreSpacedLists"/>). A value is one of a row's list, each item a value of the column too.
/// </param>
/// <param name="Cased">Values that differ only in case ("copy" and "COPY", "h" and "H"), each by itself as written.</param>
/// <param name="OnSeveralRows">The values (trimmed, as written) found on more than one row; any other value picks one row.</param>
public sealed partial record LanguageColumn(string Name, string Type, ColumnKind Kind, IReadOnlyList<string[]> Aliases, IReadOnlyDictionary<string, string> Values, ColumnProfile Profile,
    Unit? Unit = null, bool StoredAsText = false, bool Padded = false, bool Blank = false, char? ListSeparator = null, IReadOnlyDictionary<string, string>? Cased = null,
    IReadOnlySet<string>? OnSeveralRows = null)
{
    public bool HoldsLists => ListSeparator is not null;

    /// <summary>
    /// Text most of whose values are paths ("Europe/Berlin", "image/png", "Query Tuning / Planner Method Configuration"):
    /// the words before the slash name groups of them, by the prefix the group's values start with ("europe" →
    /// <c>Europe/</c>): "zones in Europe", "image types", "settings in the Query Tuning category". So do the words of
    /// numbered parts ("Soprano 1", "Soprano 2": "soprano" → <c>Soprano </c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Groups { get; } = Kind == ColumnKind.Text ? PathGroups(Values.Values.Distinct().ToList()) : new Dictionary<string, string>();

    [GeneratedRegex(@"^([A-Za-z]+) [0-9]+$")]
    private static partial Regex NumberedPart();

    private static Dictionary<string, string> PathGroups(List<string> values)
    {
        var heads = values.Select(v => v.IndexOf('/') is > 0 and var slash && v[..slash].TrimEnd() is { Length: > 0 } head
            && head.All(c => char.IsLetter(c) || c is '-' or '_' or ' ') ? (Head: head, Prefix: v[..(slash + 1)]) : ((string Head, string Prefix)?)null).ToList();
        // "Soprano 1", "Soprano 2": a word and the number of its part name a group by that word too ("sopranos").
        if (heads.Count(h => h is not null) * 10 < values.Count * 8)
            heads = values.Select(v => NumberedPart().Match(v) is { Success: true } part ? (Head: part.Groups[1].Value, Prefix: part.Groups[1].Value + " ") : ((string Head, string Prefix)?)null).ToList();
        if (values.Count < 3 || heads.Count(h => h is not null) * 10 < values.Count * 8) return [];
        return heads.OfType<(string Head, string Prefix)>().GroupBy(h => h.Head.ToLowerInvariant()).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.First().Prefix, StringComparer.Ordinal);
    }

    /// <summary>
    /// Values that are comma-separated lists ("CA,US"). Lists written with a space after each comma ("pt, gl") are lists
    /// of codes where most of their items are no word a dictionary knows, or lists where items recombine ("latin,
    /// cyrillic"), or in a column named in the plural: "visual, interactive" of CSS's media, one value in nine, is a value
    /// of its own beside "interactive".
    /// </summary>
    public static bool AreCommaLists(IEnumerable<string> values, string name)
    {
        // A stray comma at the end ("radiation, protection suit, ") ends no item.
        var lists = values.Select(v => v.TrimEnd(' ', ',')).Distinct().ToList();
        if (!lists.Any(v => v.Contains(',')) || !lists.All(v => v.Split(',').Select(Item).All(part => part.Length > 0 && !char.IsWhiteSpace(part[0])))) return false;
        if (AreFields(lists)) return false;
        var items = lists.SelectMany(v => v.Split(',').Select(Item)).Distinct().ToList();
        // "DOM, JS API", "sky, colors formed in the sky": items of a few words (nine in ten of three or fewer), only between
        // a comma and its space.
        var spaced = items.Any(item => item.Any(char.IsWhiteSpace));
        if (spaced && (!lists.Any(v => v.Contains(", ")) || items.Count(item => item.Split(' ').Length > 3) * 10 > items.Count)) return false;
        var lettered = items.Count(item => item.Any(char.IsLetter));
        if (!lists.Any(v => v.Contains(", "))) return lettered == items.Count;
        // A font's "regular, italic, 700": a third of the values are lists and their items fewer than the values they make up;
        // Roff's ".1, .man": nearly every item of codes has a letter.
        return !spaced && lettered * 10 >= items.Count * 9 && Lexicon.Shared is { Available: true } lexicon && items.Count(item => !lexicon.IsWord(item.ToLowerInvariant())) * 2 > items.Count
            || lettered > 0 && items.Count < lists.Count && lists.Count(v => v.Contains(", ")) * 3 >= lists.Count
            // "interpreters", "aliases": a column named in a plural of -s (not "media", often one mass), a fifth of whose values
            // are lists, holds lists.
            || lettered * 10 >= items.Count * 9 && Words.NameWords(name) is [.., var last] && Words.Singular(last) != last
               && last.EndsWith('s') && lists.Count(v => v.Contains(", ")) * 5 >= lists.Count;
    }

    /// <summary>
    /// Values that are lists written with spaces (CLDR's allowed hour formats "H hB", Unicode's code points "1F469 200D
    /// 2764"): short items (five characters at most) that recombine, at least twice as many values as items, a third of
    /// the values of several items and some of one. Dates ("Aug 31 2005") and names ("Pepperoni Pizza Small") always have
    /// several parts, or longer ones.
    /// </summary>
    public static bool AreSpacedLists(IReadOnlyCollection<string> values)
    {
        if (values.Count < 3 || values.Any(v => v.Contains(','))) return false;
        var parts = values.Select(v => v.Split(' ')).ToList();
        var items = parts.SelectMany(p => p).Distinct().ToList();
        return items.All(item => item.Length is > 0 and <= 5) && items.Count * 2 <= values.Count
            && parts.Count(p => p.Length > 1) * 3 >= values.Count && parts.Any(p => p.Length == 1);
    }

    /// <summary>
    /// Values with commas each of the same number of parts, no part ever in two places (a value without one is its first
    /// part): a judge's "AARONSON,L.H.", surname and initials, is one value written in fields, not a list, though one
    /// judge is "HEALEY.A.H."; items of lists come in any number and order.
    /// </summary>
    private static bool AreFields(List<string> values)
    {
        var parts = values.Select(v => v.Split(',').Select(Item).ToArray()).ToList();
        return parts.Where(p => p.Length > 1).Select(p => p.Length).Distinct().Count() == 1 && parts.Count(p => p.Length > 1) > 1
            && parts.SelectMany(p => p.Select((part, place) => (part, place))).GroupBy(p => p.part).All(g => g.Select(p => p.place).Distinct().Count() == 1);
    }

    /// <summary>An item of a comma-separated list, written "CA,US" or "pt, gl".</summary>
    public static string Item(string part) => part.StartsWith(' ') ? part[1..] : part;

    /// <summary>
    /// Text most of whose values hold a digit ("(UTC+05:30) Chennai"): a description or a code rather than a name. Worked
    /// out once: labels are chosen on every question.
    /// </summary>
    public bool MostlyDigits { get; } = Values.Values.Distinct().ToList() is { Count: > 0 } names && names.Count(v => v.Any(char.IsDigit)) * 2 > names.Count;

    /// <summary>Whether some cells hold no value: empty, or (text) blank.</summary>
    public bool HasEmptyCells => Profile.NullCount > 0 || Blank;

    /// <summary>
    /// An integer column named like a year (gapminder's <c>year</c>), or a kind of year holding years (<c>forecastYear</c>,
    /// 1980-2020): treated as a time axis of its own. Worked out once: it is asked of every column many times a question.
    /// </summary>
    public bool IsYearNumber { get; } = Kind == ColumnKind.Number && Words.NameWords(Name) switch
    {
        ["year"] or ["yr"] => true,
        [.., "year" or "yr"] => WithinYears(Type, Profile.Min, Profile.Max),
        // "foundingyear", "birthyear": a kind of year run together.
        [{ Length: > 6 } joined] when joined.EndsWith("year", StringComparison.Ordinal) => WithinYears(Type, Profile.Min, Profile.Max),
        // "born", "died", "took_office" holding 1732, 1799…: a verb's past form names when it happened.
        var words => Lexicon.Shared is { Available: true } lexicon
            && (WithinYears(Type, Profile.Min, Profile.Max) && words.Any(w => lexicon.BaseForms(w, PartOfSpeech.Verb).Any(b => b != w) && !w.EndsWith('s'))
                // "independence" holding 1919, 1912…: an act, an event or a state come to is dated by when it happened; a
                // state, before the common era too (Egypt's -1523; an act such as a delay may be negative minutes). Not an
                // act that is also a quantity: a yield of 1,440 grams is an amount.
                || words is [var noun] && (WithinYears(Type, Profile.Min, Profile.Max) && Senses.NamesAHappening(noun, lexicon) && !Senses.NamesAQuantityInSomeSense(noun, lexicon)
                    || long.TryParse(Profile.Min, out var min) && min < 0 && WithinYears(Type, Profile.Max, Profile.Max) && Senses.NamesAHappening(noun, lexicon, acts: false))),
    };

    /// <summary>Whole numbers all within 1000–2999, as years are (monarchs' <c>start</c>, whatever the column is called).</summary>
    public bool HoldsYears { get; } = Kind == ColumnKind.Number && WithinYears(Type, Profile.Min, Profile.Max);

    private static bool WithinYears(string type, string? min, string? max) =>
        ColumnTypes.IsInteger(type) && long.TryParse(min, out var first) && long.TryParse(max, out var last) && first >= 1000 && last <= 2999;

    /// <summary>A month kept as a number, 1 to 12 (a date split into year, month and day columns).</summary>
    public bool IsMonthNumber { get; } = Kind == ColumnKind.Number && Words.NameWords(Name) is ["month"] or ["mo"] or ["mon"] && ColumnTypes.IsInteger(Type)
        && long.TryParse(Profile.Min, out var first) && long.TryParse(Profile.Max, out var last) && first >= 1 && last <= 12;

    /// <summary>
    /// Yes or no: a boolean, or whole numbers that are only 0 and 1 (<c>married</c>, <c>union</c>, <c>indoor</c>), or 1 and
    /// empty (citywages' <c>highlight</c>: see <see cref="IsMarkOnly"/>), or only 1 under a verb's participle (fish-encounters'
    /// <c>seen</c>: a row is a fish seen).
    /// </summary>
    public bool IsFlag => Kind == ColumnKind.Boolean || TextFlag is not null
        || Kind == ColumnKind.Number && ColumnTypes.IsInteger(Type) && (Profile is { DistinctCount: 2, Min: "0", Max: "1" } or { DistinctCount: 1, Min: "1", Max: "1", NullCount: > 0 }
            || OnlyOnesOfADeed);

    private bool OnlyOnesOfADeed { get; } = Kind == ColumnKind.Number && Profile is { DistinctCount: 1, Min: "1", Max: "1" } && Words.NameWords(Name) is [var done]
        && Lexicon.Shared is { Available: true } lexicon && lexicon.BaseForms(done, PartOfSpeech.Verb).Any(b => b != done) && !lexicon.Knows(done, PartOfSpeech.Noun);

    /// <summary>
    /// Yes or no written as text (OpenFlights' <c>active</c>: <c>Y</c> or <c>N</c>; kyphosis' <c>present</c> or <c>absent</c>), perhaps beside an unknown (CLDR's
    /// <c>rtl</c>: <c>YES</c>, <c>NO</c>, <c>UNKNOWN</c>, neither): the stored value of each.
    /// </summary>
    public (string Yes, string No)? TextFlag { get; } = Kind == ColumnKind.Text && Values.Keys.Where(k => k is not ("unknown" or "unk")).ToHashSet() is { Count: 2 } keys
        ? new[] { ("y", "n"), ("yes", "no"), ("true", "false"), ("t", "f"), ("present", "absent") }.FirstOrDefault(pair => keys.SetEquals([pair.Item1, pair.Item2])) is ({ } yes, { } no)
            ? (Values[yes], Values[no]) : null
        : null;

    /// <summary>
    /// Whole numbers of things its name counts in the plural: a planet's <c>moons</c>, a day's <c>births</c> (not a unit
    /// it is written in: "Speed IAS in knots"; nor a short name ending in s: <c>SES</c>, <c>GS</c>).
    /// </summary>
    public bool CountsThings => Kind == ColumnKind.Number && ColumnTypes.IsInteger(Type) && Words.NameWords(Name) is [.., var last] names
        && Words.Singular(last) is { Length: >= 3 } one && one != last && names is not [.., "in" or "per", _];

    /// <summary>
    /// Pima's <c>npreg</c>: whole numbers under the n (or num) of "number" run together with a short form no dictionary
    /// knows; the short form ("preg"), which the noun counted begins with ("ncases" is read as its word, cases).
    /// </summary>
    public string? CountedStem { get; } = Kind == ColumnKind.Number && ColumnTypes.IsInteger(Type) && Words.NameWords(Name) is [var name]
        && new[] { "num", "n" }.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal)) is { } prefix && name.Length - prefix.Length >= 3
        && Lexicon.Shared is { Available: true } lexicon && !lexicon.IsWord(name) && !lexicon.IsWord(name[prefix.Length..])
            ? name[prefix.Length..] : null;

    /// <summary>Every value between 0 and 1: a rate kept as a fraction (0.097).</summary>
    public bool IsFraction => double.TryParse(Profile.Min, NumberStyles.Float, CultureInfo.InvariantCulture, out var min) && min >= 0
        && double.TryParse(Profile.Max, NumberStyles.Float, CultureInfo.InvariantCulture, out var max) && max <= 1;

    /// <summary>"the share of Catholics" of a column of percents with fractions (2.15 … 100): a share itself.</summary>
    public bool IsPercent => !ColumnTypes.IsInteger(Type)
        && double.TryParse(Profile.Min, CultureInfo.InvariantCulture, out var min) && min >= 0
        && double.TryParse(Profile.Max, CultureInfo.InvariantCulture, out var max) && max <= 100 && max > 1;

    /// <summary>A share of something, as a fraction or a percent.</summary>
    public bool IsShare => Kind == ColumnKind.Number && (IsFraction || IsPercent);

    /// <summary>A flag kept as 1 or nothing: its "no" is an empty cell, not a 0.</summary>
    public bool IsMarkOnly => IsFlag && Profile.DistinctCount == 1;

    /// <summary>A small set of whole numbers that labels rows (gapminder's <c>cluster</c>): grouped and filtered like text.</summary>
    public bool IsCategoryNumber => Kind == ColumnKind.Number && !IsYearNumber && !AveragedByNature && Profile.DistinctCount is > 0 and <= 20
        && ColumnTypes.IsInteger(Type) && Type != "HUGEINT";

    /// <summary>Measures people average rather than add up.</summary>
    public bool AveragedByNature => Words.NameWords(Name).Any(w => w is "price" or "rate" or "temp" or "temperature" or "expect" or "expectancy" or "fertility"
        or "latitude" or "longitude" or "lat" or "lon" or "wind" or "avg" or "average" or "mean" or "percent" or "pct" or "ratio" or "score" or "age" or "speed");
}

/// <param name="HourlyRows">Each row is a different hour ("how many hours had …" counts rows): a timestamp per row, an hour to a day apart on average.</param>
/// <param name="RepeatedWithin">
/// Numbers that are the same on every row of a label (income's <c>total</c> is a state's, repeated on each of its ten
/// bracket rows), as (label, number) column names: adding them up per label would count one value many times. A label
/// may be a whole number (a traveller's, on each of their four rows).
/// </param>
/// <param name="ListedAgain">
/// Text columns naming nearly every row whose repeated names repeat every number of their rows too: one thing listed on
/// two rows (a time zone under each country it serves), where two Springfields differ.
/// </param>
/// <param name="NamedWithin">
/// Text columns naming most rows whose repeated names a column of a few places tells apart, each row once (midwest's
/// counties: an ADAMS in each of four states): each row is one thing, named within its place.
/// </param>
/// <param name="HeldById">
/// Where one column named an id repeats (a patient on each of their intervals), the columns holding one value for each id
/// (the patient's age, sex and centre): over those, each id counts once.
/// </param>
/// <param name="MeasuredAtLevels">
/// Labels each of whose things is measured on each of its rows: once at each of a few levels of a number (a strip of heart
/// muscle in each of several concentrations), or again with nothing else different (a sample of paste assayed twice). A
/// thing's rows are its readings, not members to add up or average.
/// </param>
/// <param name="RowsShareLabels">
/// Beside a <see cref="Frequency"/>, two rows or more hold the same labels (carnivore-scat's species, month, site and place
/// on the trail): the rows are not one per group, so the table's own things are its rows, and the column called number or
/// count is something each has (a scat's pieces; a plot's insects).
/// </param>
/// <param name="ApartWithinId">
/// Where one column named an id repeats, the text columns of a few values telling each id's rows apart: a patient's
/// <c>eye</c>, left or right, so that "how many eyes" counts the rows.
/// </param>
/// <param name="EvenlyNumbered">
/// Whole numbers 1 to N, each on the same number of rows, two or more (gehan's 21 pairs of patients, 100 litters of three
/// rats, 45 varieties in each of four blocks): the units of a design, told apart by their numbers, never amounts.
/// </param>
/// <param name="SymmetricSides">
/// Every row's <see cref="Sides"/> swapped, with the same other values, is a row too (eurodist's road distances, each pair
/// of cities both ways): which side a value is said of does not change an answer.
/// </param>
public sealed record LanguageTable(Guid DatasetId, string Name, string TableName, long RowCount, IReadOnlyList<string> NameWords, IReadOnlyList<LanguageColumn> Columns,
    bool HourlyRows = false, IReadOnlySet<(string Label, string Number)>? RepeatedWithin = null, IReadOnlySet<string>? ListedAgain = null,
    IReadOnlySet<string>? NamedWithin = null, IReadOnlySet<string>? HeldById = null, IReadOnlySet<string>? MeasuredAtLevels = null, bool RowsShareLabels = false, IReadOnlySet<string>? ApartWithinId = null,
    bool SymmetricSides = false, IReadOnlySet<string>? EvenlyNumbered = null)
{
    /// <summary>
    /// The noun the table's name ends with, before any "by": what its rows are ("package" of debian-packages, "country" of
    /// country-by-continent; "alias" of codec-aliases).
    /// </summary>
    public string? HeadNoun { get; } = Words.NameWords(Name) is var name && name.IndexOf("by") is var by && name.Take(by > 0 ? by : name.Count).LastOrDefault() is { } head
        ? Words.Singular(head) : null;

    /// <summary>
    /// Two text columns of mostly the same values (an attacking and a defending type, a cast's source and target type): most
    /// of the values of the one holding fewer are the other's too, as written (casks a to c are not batches A to J).
    /// </summary>
    public static bool HoldSameValues(LanguageColumn first, LanguageColumn second) =>
        (first.Values.Count <= second.Values.Count ? (Fewer: first, More: second) : (Fewer: second, More: first)) is var (fewer, more)
        && fewer.Values.Count > 0 && fewer.Values.Count(v => more.Values.TryGetValue(v.Key, out var written) && written == v.Value) >= 0.8 * fewer.Values.Count;

    /// <summary>The one pair of text columns holding the same values, in the table's order: the two sides of each row.</summary>
    public (LanguageColumn First, LanguageColumn Second)? Sides { get; } = Columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 0 }).ToList() is var texts
        && texts.SelectMany((a, i) => texts.Skip(i + 1).Where(b => HoldSameValues(a, b)).Select(b => (a, b))).ToList() is [var pair] ? pair : null;

    /// <summary>
    /// Whether the column is one of two sides holding few values, each pair of them on several rows (a litter's and its foster
    /// mother's genotype): factors of a design that say what kind each row is, not names of the things the rows are.
    /// </summary>
    public bool IsFactorSide(LanguageColumn column) => Sides is var (first, second) && (column == first || column == second)
        && first.Profile.DistinctCount * second.Profile.DistinctCount < RowCount;

    /// <summary>Whether the column numbers the units of a design 1 to N, each on as many rows as the others.</summary>
    public bool NumbersUnits(LanguageColumn column) => EvenlyNumbered?.Contains(column.Name) == true;

    /// <summary>Whether <paramref name="number"/> is one value per <paramref name="label"/>, repeated on each of its rows.</summary>
    public bool Repeats(LanguageColumn number, LanguageColumn label) => RepeatedWithin?.Contains((label.Name, number.Name)) == true;

    /// <summary>
    /// The table's one measure, if it has one: a number that is not a year, a yes or no, a small category or an identifier
    /// ("How many readings are above 70?" compares it; "the most sunspots" of a yearly series is it).
    /// </summary>
    public LanguageColumn? OnlyMeasure { get; } = Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false, IsCategoryNumber: false }
        && Words.NameWords(c.Name) is [.., var last] && last is not ("id" or "code" or "number" or "no" or "key" or "zip" or "fips")).ToList() is [var only] ? only : null;

    /// <summary>
    /// Florida's counties' <c>Total</c> beside <c>GORE</c>, <c>BUSH</c>…: a total of whole numbers beside at least two parts,
    /// whole numbers none above it, whose names do not say what they count. What they count is said only by the question.
    /// </summary>
    public LanguageColumn? CountedTotal { get; } = Columns.Where(c => c.Kind == ColumnKind.Number && ColumnTypes.IsInteger(c.Type) && Words.NameWords(c.Name) is ["total"]).ToList() is [var total]
        && Columns.Where(c => c != total && c.Kind == ColumnKind.Number).ToList() is { Count: >= 2 } parts
        && parts.All(p => ColumnTypes.IsInteger(p.Type) && !p.IsYearNumber && !NamesWhatItCounts(p) && p.Unit is null && Below(p, total)) ? total : null;

    /// <summary>A count named by a plural noun (births), not by a name that only ends in s (PHILLIPS).</summary>
    private static bool NamesWhatItCounts(LanguageColumn column) => column.CountsThings
        && (!Lexicon.Shared.Available || Lexicon.Shared.Knows(Words.Singular(Words.NameWords(column.Name)[^1]), PartOfSpeech.Noun));

    private static bool Below(LanguageColumn part, LanguageColumn total) =>
        long.TryParse(part.Profile.Max, CultureInfo.InvariantCulture, out var most) && long.TryParse(total.Profile.Max, CultureInfo.InvariantCulture, out var all) && most <= all;

    /// <summary>
    /// The column that already counts what each row stands for: called count, number, frequency, n or people; not one
    /// numbering the rows 1 to N (a Pokémon's national number), nor a number beside a name that sets each row its own
    /// (a protocol's number, 0 to 262; an error's, 1 to 133): counts repeat, or start above 1. An <c>n</c> counts in whole
    /// numbers: soil's <c>N</c> of 0.03 to 0.298 is its nitrogen (a letter's frequency may be a share), and not only 0 and 1:
    /// npk's <c>N</c> says whether a plot was given nitrogen.
    /// </summary>
    public LanguageColumn? Frequency { get; } = CountColumn(Name, RowCount, Columns);

    /// <summary>The column a table of counts would count its rows' things in, by its name and values alone.</summary>
    internal static LanguageColumn? CountColumn(string tableName, long rowCount, IReadOnlyList<LanguageColumn> columns) => columns.FirstOrDefault(c => c is { Kind: ColumnKind.Number, IsYearNumber: false }
        && !(Words.NameWords(c.Name) is ["n"] && (!(Whole(c.Profile.Min) && Whole(c.Profile.Max)) || c.IsFlag))
        && (Words.NameWords(c.Name) is ["count"] or ["counts"] or ["number"] or ["frequency"] or ["freq"] or ["n"] or ["people"] or ["persons"]
            // "y" of speed-limit-accidents: the response, in whole numbers, of a table named for things in the plural counts them.
            // Not where that word begins with its letter: oat-yields' Y is each plot's yield.
            || Words.NameWords(c.Name) is ["y"] && ColumnTypes.IsInteger(c.Type) && Words.NameWords(tableName) is [.., var things] && Words.Singular(things) != things && things[0] != 'y'
            // "f" of minnesota-graduates-1938, a whole number beside text labels only: how many have each set of them.
            || Words.NameWords(c.Name) is ["f"] && ColumnTypes.IsInteger(c.Type) && columns.All(o => o == c || o.Kind == ColumnKind.Text))
        && !(ColumnTypes.IsInteger(c.Type) && c.Profile is { Min: "1", DistinctCount: var distinct, Max: var last } && distinct == rowCount && last == rowCount.ToString(CultureInfo.InvariantCulture))
        && !(Words.NameWords(c.Name) is ["number"] && ColumnTypes.IsInteger(c.Type) && c.Profile is { Min: "0" or "1", DistinctCount: var numbered } && numbered * 10 >= rowCount * 9
            && columns.Any(n => n.Kind == ColumnKind.Text && n.Profile.DistinctCount == rowCount)));

    private static bool Whole(string? value) => !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number == decimal.Truncate(number);

    /// <summary>
    /// Nothing in the table says what a row is (breast-cancer's counties, engel's households, iso-3166-2's subdivisions):
    /// no text differing on most rows but under a name that says only that it names them (name, code), and no date or year
    /// setting rows apart (mpg's two model years do not).
    /// </summary>
    public bool RowsUnnamed => RowCount > 1 && Frequency is null && !Columns.Any(c => (c.Kind == ColumnKind.Date || c.IsYearNumber) && c.Profile.DistinctCount * 20 >= RowCount
        || c.Kind is ColumnKind.Text or ColumnKind.Other && c.Profile.DistinctCount * 2 >= RowCount
            && !Words.NameWords(c.Name).All(w => w is "name" or "title" or "label" or "code" or "key" or "id"));

    /// <summary>
    /// Each row is something that happened on a date, several a day at times (football's matches, birdstrikes' strikes):
    /// a date column repeating, no row a time of its own, and no column counting what a row stands for.
    /// </summary>
    public bool RowsAreEvents => RowCount > 1 && Frequency is null && !RowsAreTimes && !HourlyRows
        && Columns.Any(c => c.Kind == ColumnKind.Date && c.Profile.DistinctCount < RowCount) && !Columns.Any(c => c.CountsThings);

    /// <summary>
    /// Each row spans a time from one date to another (presidents' terms: <c>start</c>, <c>end</c>): the one date column
    /// named for a beginning and the one named for an end.
    /// </summary>
    public (LanguageColumn Start, LanguageColumn End)? Term { get; } =
        Columns.Where(c => c.Kind == ColumnKind.Date && Words.NameWords(c.Name) is [.., "start" or "begin" or "beginning" or "from" or "since"]).ToList() is [var start]
        && Columns.Where(c => c.Kind == ColumnKind.Date && Words.NameWords(c.Name) is [.., "end" or "finish" or "to" or "until"]).ToList() is [var end] ? (start, end) : null;

    /// <summary>
    /// The column telling apart the units of a panel, each of them a row for every year (airline-costs' <c>firm</c>, six
    /// airlines over fifteen years): a text or a few whole numbers, as many values as the rows per year; where there is none,
    /// whole numbers named by no unit of time, as codes (swedish-municipalities' 265; not a day of the year).
    /// </summary>
    public LanguageColumn? PanelUnit { get; } = Columns.Where(c => c.IsYearNumber).ToList() is [{ Profile.DistinctCount: > 1 } years]
        ? UnitOfPanel(Columns, years.Profile.DistinctCount, RowCount) : null;

    private static LanguageColumn? UnitOfPanel(IReadOnlyList<LanguageColumn> columns, long years, long rows)
    {
        // A part of the year (a quarter, a month) is when, not whose, the rows are.
        static bool NamesATime(LanguageColumn c) => c.IsMonthNumber
            || Words.NameWords(c.Name) is [var name] && name is "day" or "week" or "month" or "quarter" or "hour" or "minute" or "period" or "time";
        var kinds = columns.Where(c => (c.Kind == ColumnKind.Text && !c.IsFlag || c.IsCategoryNumber && !NamesATime(c)) && c.Profile.DistinctCount > 1).ToList();
        var candidates = kinds.Count > 0 ? kinds
            : columns.Where(c => c is { IsYearNumber: false, IsFlag: false } && ColumnTypes.IsInteger(c.Type) && c.Profile.DistinctCount > 1
                && Words.NameWords(c.Name) is [_] && !NamesATime(c)).ToList();
        return candidates.Where(c => c.Profile.DistinctCount * years == rows).ToList() is [var unit] ? unit : null;
    }

    /// <summary>Each row is a different time: a year or a date column holding a different one on every row.</summary>
    public bool RowsAreTimes { get; } = RowCount > 1 && Columns.Any(c => (c.IsYearNumber || c.Kind == ColumnKind.Date) && c.Profile.DistinctCount == RowCount && c.Profile.NullCount == 0);

    /// <summary>
    /// Each row is a day of a date kept as numbers ("average births per day" is over the rows): a year and a month
    /// column, and as many rows as the days of the years they span (within 1%); or a year and a day column, each day
    /// of each year a row.
    /// </summary>
    public bool DailyRowsOfNumbers { get; } = Columns.Where(c => c.IsYearNumber).ToList() is [var year]
        && (Columns.Any(c => c.IsMonthNumber) && long.TryParse(year.Profile.Min, out var first) && long.TryParse(year.Profile.Max, out var last)
                && Math.Abs(RowCount - (last - first + 1) * 365.25) <= 0.01 * RowCount
            // speed-limit-accidents' 92 days of each of two years, numbered in a column day.
            || Columns.Any(c => c is { Kind: ColumnKind.Number } && ColumnTypes.IsInteger(c.Type) && Words.NameWords(c.Name) is ["day"]
                && c.Profile.DistinctCount * year.Profile.DistinctCount == RowCount && c.Profile.DistinctCount > 1));
}

/// <summary>
/// What the built-in engine knows of the datasets it may query: names, kinds, profiles and the distinct values
/// of text columns (read from each dataset's file once per version, then kept).
/// </summary>
public sealed partial class LanguageSchema(DatasetFiles files, QueryResultCache cache)
{
    /// <summary>Text columns with more distinct values than this are not indexed (names of cities and zip codes are).</summary>
    private const int MaxValuesPerColumn = 50_000;

    public IReadOnlyList<LanguageTable> For(IEnumerable<Dataset> datasets) => datasets.Select(Table).ToList();

    private LanguageTable Table(Dataset dataset) =>
        cache.Entries.GetOrCreate($"language:{dataset.Id:N}@{dataset.Version}", entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            // Text and JSON columns are read from the dataset's file once, for their values and for numbers kept as text;
            // text and whole-number columns, for the numbers repeated on each row of one of their values.
            var readable = dataset.Columns.Any(c => c.Type is "VARCHAR" or "JSON");
            using var connection = readable || dataset.Columns.Any(c => ColumnTypes.IsInteger(c.Type)) ? DatasetStorage.OpenReadOnly(files.Data(dataset)) : null;
            var (values, padded, blank, lists, codes, cased, onSeveralRows) = readable ? TextValues(dataset, connection!)
                : (new Dictionary<string, Dictionary<string, string>>(), new HashSet<string>(), new HashSet<string>(), new Dictionary<string, char>(), new Dictionary<string, string>(),
                    new Dictionary<string, Dictionary<string, string>>(), new Dictionary<string, HashSet<string>>());
            // Counted in the cache's bytes like answers: up to three keys per value, about 100 bytes each.
            entry.Size = 4096 + values.Values.Sum(v => v.Count * 100L);
            var numbers = readable ? NumbersAsText(dataset, connection!) : new Dictionary<string, (string Type, string Min, string Max, long Empty)>();
            var columns = dataset.Columns.Select(c => Column(c, values.GetValueOrDefault(c.Name) ?? new Dictionary<string, string>(),
                numbers.TryGetValue(c.Name, out var n) ? n : null) is var column && !column.StoredAsText
                    ? column with { Padded = padded.Contains(c.Name), Blank = blank.Contains(c.Name), ListSeparator = lists.TryGetValue(c.Name, out var separator) ? separator : null,
                        Cased = cased.GetValueOrDefault(c.Name), OnSeveralRows = onSeveralRows.GetValueOrDefault(c.Name),
                        // "the country code of Japan" of a column of JP, FR…: what its codes are codes of, named.
                        Aliases = codes.TryGetValue(c.Name, out var of) ? [.. column.Aliases, [of, "code"]] : column.Aliases } : column).ToList();
            // The table's name without the piece of its id that makes it unique ("_8e1bfc66"), whose letters may spell a word.
            var tableStem = IdSuffix().Replace(dataset.TableName, "");
            var nameWords = Words.NameWords(dataset.Name).Concat(Words.NameWords(tableStem)).SelectMany(Words.WithParts).Concat(RowNouns(dataset))
                .Concat(KindsOfEachRow(dataset, values)).Select(Words.Singular).Distinct().ToList();
            columns = NamedAfterBy(dataset.Name, columns);
            columns = NamedWhole(columns, dataset.Name);
            columns = NamedAsInterval(columns);
            columns = NamedAsColour(columns, nameWords);
            columns = NamedByInitial(columns, nameWords);
            var repeated = connection is null ? null : RepeatedWithin(dataset, connection, columns);
            var listedAgain = connection is null ? null : ListedAgain(dataset, connection, columns);
            var namedWithin = connection is null ? null : NamedWithin(dataset, connection, columns);
            var id = connection is null ? null : RepeatedId(dataset, connection, columns);
            var heldById = connection is null ? null : HeldById(dataset, connection, columns, id);
            var apartWithinId = connection is null ? null : ApartWithinId(dataset, connection, columns, id);
            var measuredAtLevels = connection is null ? null : MeasuredAtLevels(dataset, connection, columns);
            var shareLabels = connection is not null && LanguageTable.CountColumn(dataset.Name, dataset.RowCount, columns) is { } counts && RowsShareLabels(dataset, connection, columns, counts);
            var evenlyNumbered = connection is null ? null : EvenlyNumbered(dataset, connection, columns);
            var table = new LanguageTable(dataset.Id, dataset.Name, dataset.TableName, dataset.RowCount, nameWords, columns, HourlyRows(dataset), repeated, listedAgain, namedWithin,
                heldById, measuredAtLevels, shareLabels, apartWithinId, EvenlyNumbered: evenlyNumbered);
            return connection is not null && table.Sides is var (first, second) && Mirrored(dataset, connection, columns, first, second) ? table with { SymmetricSides = true } : table;
        })!;

    /// <summary>
    /// "country-by-region-in-world": the word after "by" names what the rows are listed by, so where one column alone is
    /// named nowhere in the table's name (its <c>location</c>), that word is another name for it ("by region").
    /// </summary>
    private static List<LanguageColumn> NamedAfterBy(string tableName, List<LanguageColumn> columns)
    {
        var words = Words.NameWords(tableName).Select(Words.Singular).ToList();
        var by = words.IndexOf("by");
        if (by < 1 || by + 1 >= words.Count) return columns;
        var unnamed = columns.Where(c => !Words.NameWords(c.Name).Select(Words.Singular).Any(words.Contains)).ToList();
        if (unnamed is not [var only] || columns.Count < 2 || columns.Any(c => c.Aliases.Any(a => a is [var w] && w == words[by + 1]))) return columns;
        return columns.Select(c => c == only ? c with { Aliases = [.. c.Aliases, [words[by + 1]]] } : c).ToList();
    }

    /// <summary>
    /// Simple Icons' <c>hex</c> (<c>512BD4</c>): a column of hex colour codes is the colour of each row ("the color of
    /// Spotify"), unless the rows are colours themselves (a named colour's hex is only its code).
    /// </summary>
    private static List<LanguageColumn> NamedAsColour(List<LanguageColumn> columns, IReadOnlyList<string> nameWords) =>
        nameWords.Any(w => w is "color" or "colour") ? columns : columns.Select(c => c.Kind == ColumnKind.Text
            && c.Values.Values.Distinct().ToList() is { Count: >= 3 } codes && codes.Count(v => HexColour().IsMatch(v)) * 20 >= codes.Count * 19
            && codes.Count(v => v.Any(char.IsLetter)) * 3 >= codes.Count
                ? c with { Aliases = [.. c.Aliases, ["color"], ["colour"]] } : c).ToList();

    /// <summary>
    /// CLDR's currencies in use <c>from</c> one date <c>to</c> another, its day periods <c>from</c> one time <c>before</c>
    /// another: two date or time columns named alike but for those words bound a span, so its beginning is the start of it
    /// ("When did FR start using EUR?") and the other its end ("When did DEM end?", "the end date").
    /// </summary>
    private static List<LanguageColumn> NamedAsInterval(List<LanguageColumn> columns)
    {
        LanguageColumn? Bound(params string[] words) => columns.Where(c => (c.Kind == ColumnKind.Date || c.Type == "TIME")
            && Words.NameWords(c.Name) is { Count: > 0 } name && words.Contains(name[^1])).ToList() is [var only] ? only : null;
        if (Bound("from", "since") is not { } from || Bound("to", "until", "till", "before") is not { } to) return columns;
        var (start, end) = (Words.NameWords(from.Name).SkipLast(1).ToList(), Words.NameWords(to.Name).SkipLast(1).ToList());
        if (!start.SequenceEqual(end)) return columns;
        return columns.Select(c => c == from ? c with { Aliases = [.. c.Aliases, [.. start, "start"]] }
            : c == to ? c with { Aliases = [.. c.Aliases, [.. end, "end"]] } : c).ToList();
    }

    /// <summary>
    /// oat-yields' <c>Y</c> beside <c>B</c>, <c>V</c> and <c>N</c>: in a table naming several columns by one letter each (not
    /// x and y, a plot's axes), the one word of the table's name that a letter begins is that column's name written out.
    /// </summary>
    private static List<LanguageColumn> NamedByInitial(List<LanguageColumn> columns, IReadOnlyList<string> nameWords)
    {
        var lettered = LetterNamedColumns(columns);
        if (lettered.Count == 0) return columns;
        return columns.Select(c => lettered.Contains(c) && lettered.Count(o => char.ToLowerInvariant(o.Name[0]) == char.ToLowerInvariant(c.Name[0])) == 1
            && nameWords.Where(w => w.Length >= 3 && w[0] == char.ToLowerInvariant(c.Name[0])).ToList() is [var word]
                ? c with { Aliases = [.. c.Aliases, [word]] } : c).ToList();
    }

    /// <summary>The columns named by one letter each, where at least two are (not x and y, a plot's axes); none otherwise.</summary>
    public static List<LanguageColumn> LetterNamedColumns(IEnumerable<LanguageColumn> columns)
    {
        var lettered = columns.Where(c => c.Name.Length == 1 && char.IsAsciiLetter(c.Name[0])).ToList();
        return lettered.Count < 2 || lettered.Any(c => c.Name is "x" or "X") && lettered.Any(c => c.Name is "y" or "Y") ? [] : lettered;
    }

    /// <summary>
    /// Other names a column's own name implies: <c>currency_name</c> holds currencies ("how many currencies"), where no other
    /// column names them; an abbreviation no dictionary knows (<c>tld</c>) is what the word before it in the table's name
    /// says ("country-by-domain-tld": a domain).
    /// </summary>
    private static List<LanguageColumn> NamedWhole(List<LanguageColumn> columns, string tableName)
    {
        var table = Words.NameWords(tableName).Select(Words.Singular).ToList();
        return columns.Select(c =>
        {
            var name = Words.NameWords(c.Name).Select(Words.Singular).ToList();
            string[][] more = name is [var thing, "name" or "title"] && c.Kind == ColumnKind.Text
                    && !columns.Any(o => o != c && Words.NameWords(o.Name).Select(Words.Singular).Contains(thing)) ? [[thing]]
                : name is [var abbreviation] && Lexicon.Shared is { Available: true } lexicon && !lexicon.IsWord(abbreviation)
                    && table.IndexOf(abbreviation) is > 0 and var at && table[at - 1] is { Length: > 2 } before && before != "by" && lexicon.Knows(before, PartOfSpeech.Noun) ? [[before]]
                : [];
            return more.Length == 0 || c.Aliases.Any(a => more.Any(m => a.SequenceEqual(m))) ? c : c with { Aliases = [.. c.Aliases, .. more] };
        }).ToList();
    }

    /// <summary>
    /// What a row is, as its identifying columns say: Candidate_Name and Candidate_Identification, one per row, make the
    /// rows candidates ("how many candidates", "which candidate has the most receipts").
    /// </summary>
    private static IEnumerable<string> RowNouns(Dataset dataset) => dataset.Columns
        .Where(c => ColumnTypes.IsText(c.Type) && c.Profile.DistinctCount >= 0.95 * dataset.RowCount && dataset.RowCount > 1)
        .Select(c => Words.NameWords(c.Name))
        .Where(words => words is [_, "name" or "id" or "identification" or "identifier" or "code" or "key"])
        .Select(words => words[0]);

    /// <summary>
    /// What every row is, as WordNet knows the names in a column naming each row: hydrogen, helium and gold are each a
    /// kind of chemical element, so the rows are elements. A word counts when it is among what at least 90% of the first
    /// 20 names are kinds or instances of (in one of their first three senses, up to three levels up: metals, three in
    /// four elements, do not), and is no word of a column's name (a region column keeps "region").
    /// </summary>
    private static IEnumerable<string> KindsOfEachRow(Dataset dataset, Dictionary<string, Dictionary<string, string>> values)
    {
        if (Lexicon.Shared is not { Available: true } lexicon || dataset.RowCount < 5) return [];
        var columnWords = dataset.Columns.SelectMany(c => Words.NameWords(c.Name)).Select(Words.Singular).ToHashSet();
        return dataset.Columns
            .Where(c => ColumnTypes.IsText(c.Type) && c.Profile.DistinctCount >= 0.95 * dataset.RowCount && values.ContainsKey(c.Name))
            .SelectMany(c =>
            {
                var names = values[c.Name].Values.Distinct().Take(20).Select(v => v.Trim().ToLowerInvariant()).ToList();
                var kinds = names.Select(name => Kinds(name, lexicon)).ToList();
                return kinds.SelectMany(k => k).Distinct().Where(word => kinds.Count(k => k.Contains(word)) >= Math.Max(5, 0.9 * names.Count));
            })
            .Where(word => !columnWords.Contains(Words.Singular(word)));
    }

    private static HashSet<string> Kinds(string name, Lexicon lexicon) =>
        lexicon.KindsOf(lexicon.Synsets(name, PartOfSpeech.Noun).Take(3), 3).SelectMany(s => s.Words).Select(word => word.Split(' ')[^1]).ToHashSet();

    private static bool HourlyRows(Dataset dataset) => dataset.RowCount > 1 && dataset.Columns.Any(c =>
        c.Type.StartsWith("TIMESTAMP", StringComparison.Ordinal) && c.Profile.DistinctCount >= 0.98 * dataset.RowCount
        && DateTime.TryParse(c.Profile.Min, CultureInfo.InvariantCulture, out var first) && DateTime.TryParse(c.Profile.Max, CultureInfo.InvariantCulture, out var last)
        && (last - first) / (dataset.RowCount - 1) is var spacing && spacing >= TimeSpan.FromHours(1) && spacing < TimeSpan.FromDays(1));

    /// <summary>A column with the ways people may name it: its words, and what its unit measures ("Body Mass (g)": weight).</summary>
    private static LanguageColumn Column(DatasetColumn column, Dictionary<string, string> values, (string Type, string Min, string Max, long Empty)? numbers)
    {
        var aliases = Words.Aliases(column.Name);
        // A column named by its unit alone ("carat", "miles") measures what the unit does.
        // "sqft": a unit WordNet writes in two words ("sq ft", square foot), run together.
        var unit = Words.UnitWord(column.Name) is { } word ? Senses.UnitOf(word.ToLowerInvariant(), Lexicon.Shared)
            : Words.NameWords(column.Name) is [var bare] && ColumnTypes.IsNumber(column.Type)
                ? Senses.UnitsOf(bare, Lexicon.Shared, 3, ofTime: false).FirstOrDefault()
                    ?? (Lexicon.Shared.IsWord(bare) ? null : Enumerable.Range(2, Math.Max(0, bare.Length - 3))
                        .Select(k => Senses.UnitsOf($"{bare[..k]} {bare[k..]}", Lexicon.Shared, 1, ofTime: false).FirstOrDefault()).FirstOrDefault(u => u is not null))
                : null;
        if (unit is not null) aliases = [.. aliases, .. unit.Measures.Select(m => new[] { Words.Singular(m) })];
        // "number of variants" of variant_count: a count column is named by what it counts.
        if (ColumnTypes.IsInteger(column.Type) && CountedBy(column.Name) is { } counted) aliases = [.. aliases, ["number", "of", .. counted]];
        aliases = aliases.DistinctBy(a => string.Join(' ', a)).ToList();
        if (numbers is var (type, first, last, empty))
            return new LanguageColumn(column.Name, type, ColumnKind.Number, aliases, new Dictionary<string, string>(),
                column.Profile with { Min = first, Max = last, NullCount = empty, TopValues = null }, unit, StoredAsText: true);
        return new LanguageColumn(column.Name, column.Type, Kind(column.Type), aliases, values, column.Profile, unit);
    }

    /// <summary>What a column named as a count counts, in singular words: variant_count, num_rooms, number_of_moons.</summary>
    public static string[]? CountedBy(string name) => Words.NameWords(name) switch
    {
        [.. var counted, "count" or "counts"] when counted.Count > 0 => counted.Select(Words.Singular).ToArray(),
        ["number", "of", .. var counted] when counted.Count > 0 => counted.Select(Words.Singular).ToArray(),
        ["num" or "number" or "no", .. var counted] when counted.Count > 0 => counted.Select(Words.Singular).ToArray(),
        _ => null,
    };

    /// <summary>
    /// Columns of numbers the file kept as text or JSON (one "42.7087" among numbers makes a JSON column JSON): every value
    /// that is not blank reads as a number, there are more than two ("1"/"0" text stays text), and they are no codes (a name
    /// ending in id, code or number; a leading zero, as zip codes have). Each with the type the numbers fit, their least and
    /// greatest, and how many cells are empty or blank.
    /// </summary>
    private static Dictionary<string, (string Type, string Min, string Max, long Empty)> NumbersAsText(Dataset dataset, DuckDBConnection connection)
    {
        var result = new Dictionary<string, (string, string, string, long)>();
        var candidates = dataset.Columns.Where(c => c.Type is "VARCHAR" or "JSON" && c.Profile.DistinctCount > 2
            && Words.NameWords(c.Name) is [.., var last] && last is not ("id" or "code" or "number" or "no" or "key" or "zip" or "fips" or "phone")).ToList();
        if (candidates.Count == 0) return result;
        foreach (var column in candidates)
        {
            var text = $"nullif(trim(cast({DatasetStorage.Identifier(column.Name)} as varchar), '\" '), '')";
            var number = $"try_cast({DatasetStorage.Identifier(column.Name)} as double)";
            using var command = connection.CreateCommand();
            command.CommandText = $"select count({text}) = count({number}), bool_or({text} similar to '-?0[0-9].*'), bool_and({number} = floor({number})), "
                + $"min({number}), max({number}), count(*) - count({number}) from {DatasetStorage.Identifier(dataset.TableName)}";
            using var reader = command.ExecuteReader();
            if (!reader.Read() || reader.IsDBNull(3) || !reader.GetBoolean(0) || !reader.IsDBNull(1) && reader.GetBoolean(1)) continue;
            var whole = !reader.IsDBNull(2) && reader.GetBoolean(2);
            string Text(double n) => n.ToString(CultureInfo.InvariantCulture);
            result[column.Name] = (whole ? "BIGINT" : "DOUBLE", Text(reader.GetDouble(3)), Text(reader.GetDouble(4)), reader.GetInt64(5));
        }
        return result;
    }

    /// <summary>
    /// The (label, number) pairs where each label that repeats has one value of the number on all its rows: labels are
    /// indexed text columns with at least two rows each on average (empty cells aside), numbers are measures (no years,
    /// flags or numbers kept as text). One scan for all pairs, at most 64 of them and fewer on large tables (20 on a
    /// million rows, a quarter of a second once per version).
    /// </summary>
    private static HashSet<(string, string)> RepeatedWithin(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns)
    {
        // A whole number may label rows too: a traveller's number on each of their rows, beside their income.
        var labels = columns.Where(c => (c is { Kind: ColumnKind.Text, Values.Count: > 0 } || c is { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false, StoredAsText: false } && ColumnTypes.IsInteger(c.Type))
            && c.Profile.DistinctCount >= 2 && c.Profile.DistinctCount * 2 <= dataset.RowCount - c.Profile.NullCount).ToList();
        var numbers = columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false, StoredAsText: false }).ToList();
        var pairs = labels.SelectMany(l => numbers.Where(n => n != l).Select(n => (Label: l, Number: n))).Take((int)Math.Min(64, 20_000_000 / Math.Max(1, dataset.RowCount))).ToList();
        var agree = Agree(dataset, connection, pairs.Select(p => (p.Label, (IReadOnlyList<LanguageColumn>)[p.Number])).ToList());
        return pairs.Where((p, i) => agree[i]).Select(p => (p.Label.Name, p.Number.Name)).ToHashSet();
    }

    /// <summary>The one column named an id, where it repeats (checked exactly: the profile's distinct count is an estimate, and an Olympian's id is on every row once).</summary>
    private static LanguageColumn? RepeatedId(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns)
    {
        if (columns.Where(c => Words.NameWords(c.Name) is ["id"] or [_, "id"]).ToList() is not [{ Profile.DistinctCount: > 1 } id] || id.Profile.DistinctCount >= dataset.RowCount
            || dataset.RowCount * columns.Count > 20_000_000)
            return null;
        using var repeats = connection.CreateCommand();
        repeats.CommandText = $"select count(distinct {DatasetStorage.Identifier(id.Name)}) < count(*) from {DatasetStorage.Identifier(dataset.TableName)}";
        return repeats.ExecuteScalar() is true ? id : null;
    }

    /// <summary>Of a table with one column named an id that repeats, the other columns holding one value per id, in one scan.</summary>
    private static HashSet<string>? HeldById(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns, LanguageColumn? id)
    {
        if (id is null) return null;
        var others = columns.Where(c => c != id).ToList();
        var agree = Agree(dataset, connection, others.Select(c => (id, (IReadOnlyList<LanguageColumn>)[c])).ToList());
        return others.Where((c, i) => agree[i]).Select(c => c.Name).ToHashSet();
    }

    /// <summary>
    /// Of a table with one column named an id that repeats, the text columns of a few values that tell each id's rows apart
    /// (a patient's left and right eye), in one scan.
    /// </summary>
    private static HashSet<string>? ApartWithinId(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns, LanguageColumn? id)
    {
        if (id is null || columns.Where(c => c is { Kind: ColumnKind.Text, IsFlag: false, Profile.DistinctCount: >= 2 and <= 20 }).ToList() is not { Count: > 0 } sides) return null;
        string Id(LanguageColumn c) => DatasetStorage.Identifier(c.Name);
        using var command = connection.CreateCommand();
        command.CommandText = "select " + string.Join(", ", sides.Select(c => $"count(distinct row({Id(id)}, {Id(c)})) = count(*)")) + $" from {DatasetStorage.Identifier(dataset.TableName)}";
        using var reader = command.ExecuteReader();
        return reader.Read() ? sides.Where((c, i) => !reader.IsDBNull(i) && reader.GetBoolean(i)).Select(c => c.Name).ToHashSet() : null;
    }

    /// <summary>
    /// Whether each row, its two sides swapped and its other values kept, is a row too: one scan joining the table to itself,
    /// where both sides hold as many values and the table is no larger than a matrix of 500 places.
    /// </summary>
    private static bool Mirrored(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns, LanguageColumn first, LanguageColumn second)
    {
        if (dataset.RowCount is < 2 or > 250_000 || first.Profile.DistinctCount != second.Profile.DistinctCount) return false;
        string Id(LanguageColumn c) => DatasetStorage.Identifier(c.Name);
        var same = columns.Where(c => c != first && c != second).Select(c => $" and a.{Id(c)} is not distinct from b.{Id(c)}");
        var table = DatasetStorage.Identifier(dataset.TableName);
        using var command = connection.CreateCommand();
        command.CommandText = $"select count(*) = (select count(*) from {table}) from {table} a semi join {table} b on a.{Id(first)} = b.{Id(second)} and a.{Id(second)} = b.{Id(first)}{string.Concat(same)}";
        return command.ExecuteScalar() is true;
    }

    /// <summary>Of the text columns naming nearly every row but not every one, those whose rows of one name agree on every number.</summary>
    private static HashSet<string> ListedAgain(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns)
    {
        var numbers = columns.Where(c => c is { Kind: ColumnKind.Number, IsFlag: false, StoredAsText: false }).ToList();
        var names = columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 0 } && c.Profile.DistinctCount >= 0.95 * dataset.RowCount
            && c.Profile.DistinctCount < dataset.RowCount - c.Profile.NullCount).ToList();
        // One scan, within the same budget as the numbers repeated per label (a quarter of a second on a million rows).
        if (numbers.Count == 0 || dataset.RowCount * names.Count * numbers.Count > 20_000_000) return [];
        var agree = Agree(dataset, connection, names.Select(n => (n, (IReadOnlyList<LanguageColumn>)numbers)).ToList());
        return names.Where((n, i) => agree[i]).Select(n => n.Name).ToHashSet();
    }

    /// <summary>Of the text columns naming at least half the rows, some twice, those a text column of fewer places makes one per row.</summary>
    private static HashSet<string> NamedWithin(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns)
    {
        var names = columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 0 } && c.Profile.NullCount == 0 && c.Profile.DistinctCount * 2 >= dataset.RowCount
            && c.Profile.DistinctCount < dataset.RowCount).ToList();
        // Places only: two rows of one major, a man's and a woman's, are still one major.
        var kinds = columns.Where(c => c is { Kind: ColumnKind.Text, Values.Count: > 0 } && c.Profile.NullCount == 0 && c.Profile.DistinctCount >= 2
            && c.Profile.DistinctCount * 2 < dataset.RowCount && Lexicon.Shared is { Available: true } lexicon && Words.NameWords(c.Name) is [.., var last]
            && Senses.NamesAPlace(Words.Singular(last), lexicon)).ToList();
        var pairs = names.SelectMany(n => kinds.Select(k => (Name: n, Kind: k))).ToList();
        // One scan, within the budget of the checks above.
        if (pairs.Count == 0 || dataset.RowCount * pairs.Count > 20_000_000) return [];
        string Id(LanguageColumn c) => DatasetStorage.Identifier(c.Name);
        using var command = connection.CreateCommand();
        command.CommandText = "select " + string.Join(", ", pairs.Select(p => $"count(distinct row({Id(p.Name)}, {Id(p.Kind)})) = count(*)"))
            + $" from {DatasetStorage.Identifier(dataset.TableName)}";
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return [];
        return pairs.Where((p, i) => !reader.IsDBNull(i) && reader.GetBoolean(i)).Select(p => p.Name.Name).ToHashSet();
    }

    /// <summary>
    /// The labels (text, or whole numbers not years) on several rows each, where some number of a few values (2 to 20, each
    /// on three rows or more on average; not a yes or no) is different on each of a label's rows, or where nothing but the
    /// measures differs on them: two scans, within the budget of the checks above.
    /// </summary>
    private static HashSet<string> MeasuredAtLevels(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns)
    {
        var units = columns.Where(c => (c is { Kind: ColumnKind.Text, Values.Count: > 0 } || c is { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false } && ColumnTypes.IsInteger(c.Type))
            && c.Profile.NullCount == 0 && c.Profile.DistinctCount >= 2 && c.Profile.DistinctCount * 2 <= dataset.RowCount).ToList();
        var levels = columns.Where(c => c is { Kind: ColumnKind.Number, IsFlag: false, Profile.NullCount: 0, Profile.DistinctCount: >= 2 and <= 20 } && c.Profile.DistinctCount * 3 <= dataset.RowCount).ToList();
        var pairs = units.SelectMany(u => levels.Where(l => l != u).Select(l => (Unit: u, Level: l))).ToList();
        if (units.Count == 0 || dataset.RowCount * (pairs.Count + units.Count) > 20_000_000) return [];
        string Id(LanguageColumn c) => DatasetStorage.Identifier(c.Name);
        var measured = new HashSet<string>();
        if (pairs.Count > 0)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "select " + string.Join(", ", pairs.Select(p => $"count(distinct row({Id(p.Unit)}, {Id(p.Level)})) = count(*)"))
                + $" from {DatasetStorage.Identifier(dataset.TableName)}";
            using var reader = command.ExecuteReader();
            if (reader.Read()) measured.UnionWith(pairs.Where((p, i) => !reader.IsDBNull(i) && reader.GetBoolean(i)).Select(p => p.Unit.Name));
        }
        // Assayed again: every column but the measures (numbers of many values, not years) the same on each of a thing's rows.
        var again = units.Where(u => !measured.Contains(u.Name)).Select(u => (Unit: u, Others: (IReadOnlyList<LanguageColumn>)columns.Where(c => c != u
            && !(c is { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false } && !levels.Contains(c))).ToList())).Where(u => u.Others.Count > 0).ToList();
        var agree = Agree(dataset, connection, again.Select(u => (u.Unit, u.Others)).ToList());
        measured.UnionWith(again.Where((u, i) => agree[i]).Select(u => u.Unit.Name));
        return measured;
    }

    /// <summary>
    /// Whether two rows hold the same labels: text (at least one), dates, years and numbers of a few values (not yes or no),
    /// beside a column that may count each row's things. One scan, within the budget of the checks above.
    /// </summary>
    private static bool RowsShareLabels(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns, LanguageColumn counts)
    {
        var labels = columns.Where(c => c != counts && !c.IsFlag && (c.Kind is ColumnKind.Text or ColumnKind.Date || c.IsYearNumber
            || c is { Kind: ColumnKind.Number, Profile.DistinctCount: <= 20 })).ToList();
        if (!labels.Any(c => c.Kind == ColumnKind.Text) || dataset.RowCount * labels.Count > 20_000_000) return false;
        using var command = connection.CreateCommand();
        command.CommandText = $"select count(distinct row({string.Join(", ", labels.Select(c => DatasetStorage.Identifier(c.Name)))})) < count(*) from {DatasetStorage.Identifier(dataset.TableName)}";
        return command.ExecuteScalar() is true;
    }

    /// <summary>
    /// The whole-number columns (not years, nor yes or no, nor named for a time period) holding exactly 1 to N with nothing empty, N at most half the rows,
    /// whose values are each on as many rows: one grouping scan per such column, within the budget of the checks above.
    /// </summary>
    private static HashSet<string> EvenlyNumbered(Dataset dataset, DuckDBConnection connection, IReadOnlyList<LanguageColumn> columns)
    {
        var numbered = columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false, StoredAsText: false, Profile: { NullCount: 0, Min: "1" } }
            && ColumnTypes.IsInteger(c.Type) && c.Profile.DistinctCount >= 2 && c.Profile.DistinctCount * 2 <= dataset.RowCount
            && c.Profile.Max == c.Profile.DistinctCount.ToString(CultureInfo.InvariantCulture) && dataset.RowCount % c.Profile.DistinctCount == 0
            // Not days, quarters or periods, numbered again within each year or patient.
            && !(Lexicon.Shared is { Available: true } lexicon && Words.NameWords(c.Name).Any(w => Senses.NamesATimeInSomeSense(Words.Singular(w), lexicon)))).ToList();
        if (numbered.Count == 0 || dataset.RowCount * numbered.Count > 20_000_000) return [];
        var even = new HashSet<string>();
        foreach (var column in numbered)
        {
            using var command = connection.CreateCommand();
            var id = DatasetStorage.Identifier(column.Name);
            command.CommandText = $"select count(*) = {column.Profile.DistinctCount} and min(n) = max(n) from (select count(*) as n from {DatasetStorage.Identifier(dataset.TableName)} group by {id})";
            if (command.ExecuteScalar() is true) even.Add(column.Name);
        }
        return even;
    }

    /// <summary>For each label and its numbers, in one scan: whether all rows of each of the label's values hold the same numbers.</summary>
    private static bool[] Agree(Dataset dataset, DuckDBConnection connection, IReadOnlyList<(LanguageColumn Label, IReadOnlyList<LanguageColumn> Numbers)> checks)
    {
        var agree = new bool[checks.Count];
        if (checks.Count == 0) return agree;
        string Id(LanguageColumn c) => DatasetStorage.Identifier(c.Name);
        using var command = connection.CreateCommand();
        command.CommandText = "select " + string.Join(", ", checks.Select(c =>
                $"count(distinct {Id(c.Label)}) = count(distinct case when {Id(c.Label)} is not null then row({Id(c.Label)}, {string.Join(", ", c.Numbers.Select(Id))}) end)"))
            + $" from {DatasetStorage.Identifier(dataset.TableName)}";
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return agree;
        for (var i = 0; i < checks.Count; i++) agree[i] = !reader.IsDBNull(i) && reader.GetBoolean(i);
        return agree;
    }

    private static ColumnKind Kind(string type) => type switch
    {
        "BOOLEAN" => ColumnKind.Boolean,
        _ when ColumnTypes.IsText(type) => ColumnKind.Text,
        _ when ColumnTypes.IsTemporal(type) => ColumnKind.Date,
        _ when ColumnTypes.IsNumber(type) => ColumnKind.Number,
        _ => ColumnKind.Other,
    };

    [GeneratedRegex("^#?(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")]
    private static partial Regex HexColour();

    [GeneratedRegex("_[0-9a-f]{8}$")]
    private static partial Regex IdSuffix();

    [GeneratedRegex("^[a-z]+(?:[A-Z][a-z]+)+$")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracketed();

    /// <summary>
    /// "fulltime", "parttime" of a column of a few codes: two words run together, as a question writes them apart ("work
    /// part time"); where the dictionary knows the word run together, as it also writes it hyphened.
    /// </summary>
    private static string? WrittenApart(string key)
    {
        if (Lexicon.Shared is not { Available: true } lexicon || !key.All(char.IsAsciiLetter)) return null;
        if (Enum.GetValues<PartOfSpeech>().SelectMany(pos => lexicon.Synsets(key, pos)).SelectMany(s => s.Words)
                .FirstOrDefault(w => w.Contains('-') && w.Replace("-", "") == key) is { } hyphened)
            return hyphened.Replace('-', ' ');
        return Words.RunTogetherParts(key) is { } parts ? string.Join(' ', parts) : null;
    }

    /// <summary>
    /// Each indexed text column's values by their lower-case forms, the columns some of whose values carry stray spaces,
    /// those with blank cells (no value, so not indexed), those of lists (by their separator), and those of country, language or
    /// currency codes, with what they are codes of; and the values each column holds on more than one row (a name two cars
    /// share), so that a value found once is known to pick one row.
    /// </summary>
    private static (Dictionary<string, Dictionary<string, string>> Values, HashSet<string> Padded, HashSet<string> Blank, Dictionary<string, char> Lists,
        Dictionary<string, string> Codes, Dictionary<string, Dictionary<string, string>> Cased, Dictionary<string, HashSet<string>> OnSeveralRows) TextValues(
        Dataset dataset, DuckDBConnection connection)
    {
        var onSeveralRows = new Dictionary<string, HashSet<string>>();
        var result = new Dictionary<string, Dictionary<string, string>>();
        var padded = new HashSet<string>();
        var blank = new HashSet<string>();
        var lists = new Dictionary<string, char>();
        var namedCodes = new Dictionary<string, List<(string Name, string Code)>>();
        var codes = new Dictionary<string, string>();
        var text = dataset.Columns.Where(c => ColumnTypes.IsText(c.Type) && c.Profile.DistinctCount <= MaxValuesPerColumn).ToList();
        var cased = new Dictionary<string, Dictionary<string, string>>();
        if (text.Count == 0) return (result, padded, blank, lists, codes, cased, onSeveralRows);
        foreach (var column in text)
        {
            using var command = connection.CreateCommand();
            var name = DatasetStorage.Identifier(column.Name);
            command.CommandText = $"select {name}, count(*) > 1 from {DatasetStorage.Identifier(dataset.TableName)} where {name} is not null group by 1 limit {MaxValuesPerColumn}";
            using var reader = command.ExecuteReader();
            var values = new Dictionary<string, string>();
            var several = onSeveralRows[column.Name] = [];
            var seen = new HashSet<string>();
            // Other ways of writing a value; one that two values share ("A + B", "A > B": both "a b") names neither.
            var written = new Dictionary<string, string?>();
            void WrittenAlso(string key, string value) => written[key] = written.TryGetValue(key, out var other) && other != value ? null : value;
            while (reader.Read())
            {
                // " Euro" beside "Euro": one value, written with a stray space (filters on it trim the column).
                var stored = reader.GetString(0);
                var value = stored.Trim();
                if (value.Length == 0)
                {
                    blank.Add(column.Name);
                    continue;
                }
                if (value != stored) padded.Add(column.Name);
                if (reader.GetBoolean(1) || !seen.Add(value)) several.Add(value);
                var key = value.ToLowerInvariant();
                if (!values.TryAdd(key, value) && values[key] != value)
                {
                    var variants = cased.TryGetValue(column.Name, out var found) ? found : cased[column.Name] = [];
                    variants.TryAdd(values[key], values[key]);
                    variants.TryAdd(value, value);
                }
                // "south_asia", "sub-saharan africa": also as words, the way a question writes them.
                WrittenAlso(string.Join(' ', key.Split(['_', '-', ' '], StringSplitOptions.RemoveEmptyEntries)), value);
                WrittenAlso(string.Join(' ', Words.Tokens(key)), value);
                // "notAnimatable", "byComputedValueType": words run together in camel case, as a question writes them.
                if (CamelCase().IsMatch(value)) WrittenAlso(string.Join(' ', Words.NameWords(value)), value);
                // "Zaire, Republic of", "Korea, Republic of": a name as catalogues invert it is also its first part; not a
                // title's clause before a comma ("Joseph Beuys, Ewald Matare and Eight Cologne Artists").
                // "Letter, uppercase", "Korea, Republic of": turned back, as a question writes it ("uppercase letters").
                if (key.IndexOf(", ", StringComparison.Ordinal) is >= 3 and var comma)
                {
                    if (Words.Tokens(Bracketed().Replace(key[(comma + 2)..], "")).Count <= 3) WrittenAlso(string.Join(' ', Words.Tokens(key[..comma])), value);
                    if (key.Count(c => c == ',') == 1) WrittenAlso(string.Join(' ', Words.Tokens(key[(comma + 2)..]).Concat(Words.Tokens(key[..comma]))), value);
                    // "Number, decimal digit": after one word, the kind after the comma, of two words or more, also alone ("decimal
                    // digits"); not a sentence's clause ("…, in kilobytes").
                    if (key.Count(c => c == ',') == 1 && Words.Tokens(key[..comma]).Count == 1 && Words.Tokens(key[(comma + 2)..]) is { Count: >= 2 } kind
                        && !kind.Any(Words.StopWords.Contains))
                        WrittenAlso(string.Join(' ', kind), value);
                }
                if (column.Profile.DistinctCount <= 20 && WrittenApart(key) is { } apart) WrittenAlso(apart, value);
                // "Basque (family)", "Japanese (family)": a name with what it is in brackets is also the name before them.
                if (key.EndsWith(')') && key.IndexOf(" (", StringComparison.Ordinal) is >= 3 and var bracket) WrittenAlso(string.Join(' ', Words.Tokens(key[..bracket])), value);
            }
            foreach (var (key, value) in written)
                if (value is not null) values.TryAdd(key, value);
            // "M", "F" of a sex or gender column: male and female ("women" are its F rows).
            if (Words.NameWords(column.Name) is [.., "sex" or "gender"] && values.Count == 2 && values.ContainsKey("m") && values.ContainsKey("f"))
            {
                values.TryAdd("male", values["m"]);
                values.TryAdd("female", values["f"]);
            }
            // "sun", "mon" of a column of days: "Sunday" and "Mon" are the same values.
            if (values.Count > 0 && values.Values.All(v => Words.DayNamed(v) is not null))
                foreach (var day in values.Values.Distinct().ToList())
                {
                    var (whole, shortened) = Words.DayNamed(day)!.Value;
                    values.TryAdd(whole, day);
                    values.TryAdd(shortened, day);
                }
            // "CA,US": each code of a list is a value of the column too (a filter on it keeps the rows whose list has it), and
            // the item itself, not the first list its word began ("ruby" of "ruby, macruby, rake").
            if (LanguageColumn.AreCommaLists(values.Values, column.Name) && lists.TryAdd(column.Name, ','))
                foreach (var part in values.Values.SelectMany(v => v.Split(',').Select(LanguageColumn.Item)).Distinct().ToList())
                    values[part.ToLowerInvariant()] = part;
            else if (LanguageColumn.AreSpacedLists(values.Values.Distinct().ToList()) && lists.TryAdd(column.Name, ' '))
                foreach (var part in values.Values.SelectMany(v => v.Split(' ')).Distinct().ToList())
                    values.TryAdd(part.ToLowerInvariant(), part);
            var single = values.Values.Where(v => !v.Contains(',')).ToHashSet();
            if (CountryCodes.Holds(single, Words.NameWords(column.Name)))
            {
                var named = new List<(string Name, string Code)>();
                foreach (var (countryName, code) in CountryCodes.NamesOf(single, Lexicon.Shared))
                {
                    if (values.TryAdd(countryName, code)) named.Add((countryName, code));
                    if (values.TryAdd(string.Join(' ', Words.Tokens(countryName)), code)) named.Add((string.Join(' ', Words.Tokens(countryName)), code));
                }
                namedCodes[column.Name] = named;
                codes[column.Name] = "country";
            }
            // "Polish" of pl, "the euro" of EUR: languages and currencies by their names.
            else if ((LanguageCodes.Holds(single, Words.NameWords(column.Name)) ? (LanguageCodes.NamesOf(single, Lexicon.Shared), "language")
                     : CurrencyCodes.Holds(single, Words.NameWords(column.Name)) ? (CurrencyCodes.NamesOf(single, Lexicon.Shared), "currency") : default) is ({ } codeNames, { } of))
            {
                namedCodes[column.Name] = codeNames.Where(n => values.TryAdd(n.Key, n.Value)).Select(n => (n.Key, n.Value)).ToList();
                codes[column.Name] = of;
            }
            result[column.Name] = values;
        }
        // A column of codes beside one naming the same places, languages or currencies (the registry's ZR beside "Zaire", ISO
        // 639's deu beside "German"): the names are the other column's, as written there; the names codes stand for elsewhere
        // ("Soviet Union" is RU) are not.
        foreach (var (coded, named) in namedCodes)
        {
            var distinct = named.Select(n => n.Code).Distinct().Count();
            if (result.Any(other => other.Key != coded && named.Where(n => other.Value.ContainsKey(n.Name)).Select(n => n.Code).Distinct().Count() * 2 >= distinct))
                foreach (var (name, _) in named) result[coded].Remove(name);
        }
        return (result, padded, blank, lists, codes, cased, onSeveralRows);
    }
}
