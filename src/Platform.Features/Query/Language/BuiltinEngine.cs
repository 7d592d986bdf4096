using System.Globalization;
using Platform.Features.Datasets;

namespace Platform.Features.Query.Language;

/// <summary>How rows become one number; <see cref="Ratio"/>: one column's total over another's ("claims per policyholder").</summary>
public enum Aggregate { Count, CountDistinct, Sum, Avg, Min, Max, Median, StdDev, Variance, Ratio }

public enum Grain { None, Year, Quarter, Month, Week, Day, Hour, Weekday, Decade }

/// <summary>What the answer looks like, for choosing a chart.</summary>
public enum AnswerShape { Number, Category, Time, Share, Listing }

/// <summary>The engine's reading of a question: the SQL it wrote and why, or that it cannot tell, with suggestions.</summary>
public sealed record Understanding(
    bool Understood, string? Sql, string Explanation, IReadOnlyList<string> Suggestions, AnswerShape Shape, LanguageTable? Table, string Plan)
{
    public static Understanding Unsure(string why, IEnumerable<string> suggestions, LanguageTable? table = null) =>
        new(false, null, $"I can't tell: {why}", suggestions.ToList(), AnswerShape.Listing, table, "unsure");
}

/// <summary>
/// The offline engine: links the question's words to a table, its columns and values (see <see cref="Question"/>),
/// reads counts, sums, averages, extremes, medians, groups ("by", "per", "for each", time grains), top and bottom
/// N, filters on categories, numbers and dates, "which … has the most", distinct values and shares of a total,
/// then writes DuckDB SQL and says in words what it computes. A word it cannot place makes it say so rather
/// than guess.
/// </summary>
public static partial class BuiltinEngine
{
    /// <param name="RepeatedPer">The label the number is one value of, repeated on each of its rows: its maximum is that value.</param>
    /// <param name="Per">Of a <see cref="Aggregate.Ratio"/>: the column whose total divides the measure's.</param>
    private sealed record MeasureSpec(Aggregate Aggregate, LanguageColumn? Column, LanguageColumn? RepeatedPer = null, LanguageColumn? Per = null);

    private sealed record GroupSpec(LanguageColumn Column, Grain Grain);

    /// <summary>Which part of a column a filter looks at.</summary>
    private enum FilterPart { Value, Year, Month, YearAndMonth, Day, Weekday, MonthAndDay, Items, Length }

    /// <summary>
    /// A condition as read from the question: a column (or its year or month), a comparison and its values
    /// (numbers or text), and how it reads in words. It becomes SQL only when the query is written.
    /// </summary>
    private sealed record Filter(LanguageColumn Column, FilterPart Part, string Op, IReadOnlyList<object> Values, string Text);

    /// <summary>The conditions a filter joins by "or", however deep, or the filter itself.</summary>
    private static IEnumerable<Filter> Alternatives(Filter f) => f.Op == "or" ? f.Values.OfType<Filter>().SelectMany(Alternatives) : [f];

    /// <summary>Groups of <paramref name="Of"/> held to a count of their rows (no <paramref name="Counted"/>) or of the different values of a column.</summary>
    private sealed record HeldCount(LanguageColumn Of, LanguageColumn? Counted, string Op, double Number, string Text);

    private sealed class Reading
    {
        public List<MeasureSpec> Measures { get; } = [];
        public List<GroupSpec> Groups { get; } = [];
        public List<Filter> Filters { get; } = [];
        public List<LanguageColumn> Shown { get; } = [];
        public HashSet<int> Used { get; } = [];
        public int? Limit { get; set; }
        public bool Descending { get; set; } = true;
        /// <summary>"top 3", "bottom 2": the order was said outright, and a superlative elsewhere ("maximum price") names the measure, not the order.</summary>
        public bool DirectionGiven { get; set; }
        public bool Ranked { get; set; }
        public bool Share { get; set; }
        /// <summary>Whether the reading already groups, measures, filters or orders by the column.</summary>
        public bool Places(LanguageColumn column) => Groups.Any(g => g.Column == column) || Measures.Any(m => m.Column == column)
            || Filters.Any(f => f.Column == column) || OrderBy == column;

        /// <summary>"What percentage of employees are women?": the share of all rows the filters keep.</summary>
        public bool ShareOfRows { get; set; }
        public bool DistinctList { get; set; }
        public LanguageColumn? OrderBy { get; set; }
        public bool When { get; set; }
        /// <summary>"the longest color name": rows ranked by the length of this text column.</summary>
        public LanguageColumn? LengthOf { get; set; }
        /// <summary>"which car has the highest horsepower": the row (its label and the measure), not only the maximum.</summary>
        public bool Entity { get; set; }
        /// <summary>"the lot size of the most expensive house": the column asked of the row the extreme picks.</summary>
        public LanguageColumn? RowOf { get; set; }
        /// <summary>"At what time was the acceleration lowest?": the column asked which of, shown with the extreme as "which" answers are.</summary>
        public bool RowOfAskedWhich { get; set; }
        /// <summary>Parts of the question read but not fitting ("4 kg" of a column in grams): the engine then says it can't tell.</summary>
        public List<string> Problems { get; } = [];
        /// <summary>Columns naming the rows ("how many months", "the positive words"): placed by that.</summary>
        public HashSet<LanguageColumn> Counted { get; } = [];
        /// <summary>"average yearly deaths", "the most deaths in a single year": the measures are of totals per this time group.</summary>
        public GroupSpec? TotalsPer { get; set; }
        /// <summary>"the correlation of X and Y": the two columns whose Pearson correlation is asked.</summary>
        public (LanguageColumn First, LanguageColumn Second)? Correlation { get; set; }
        /// <summary>"Which languages have more than 8 periods?": the groups the question keeps.</summary>
        public HeldCount? Held { get; set; }
        /// <summary>"the average age of patients" of their intervals: the rows taken once per this id, each person once.</summary>
        public LanguageColumn? EachOnce { get; set; }
    }

    private static readonly HashSet<string> GroupWords = ["by", "per", "each", "every"];
    private static readonly HashSet<string> MaxWords = ["maximum", "max", "highest", "largest", "biggest", "greatest", "peak", "best", "top"];
    private static readonly HashSet<string> MinWords = ["minimum", "min", "lowest", "smallest", "worst", "bottom"];
    private static readonly HashSet<string> MostWords = ["most"];
    private static readonly HashSet<string> LeastWords = ["least", "fewest"];
    private static readonly HashSet<string> SumWords = ["total", "sum", "combined", "altogether", "cumulative"];
    private static readonly HashSet<string> AverageWords = ["average", "mean", "avg", "typical"];
    private static readonly HashSet<string> ShareWords = Question.ShareWords;
    private static readonly HashSet<string> DistinctWords = ["distinct", "unique", "different"];
    private static readonly HashSet<string> NegationWords = ["not", "except", "excluding", "without"];

    public static Understanding Understand(string text, IReadOnlyList<LanguageTable> tables)
    {
        if (tables.Count == 0) return Understanding.Unsure("there is no ready dataset to ask about.", ["Upload a dataset or link one to the room first."]);
        if (Words.Tokens(text).Count == 0) return Understanding.Unsure("the question has no words.", Suggestions(tables[0]));

        var linked = tables.Select(t => Question.Link(text, t)).OrderByDescending(q => q.Fit).ToList();
        var question = linked[0];
        if (linked.Count > 1 && linked[1].Fit == question.Fit && !question.Tags.Any(t => t.Kind == TagKind.TableWord))
            return Understanding.Unsure($"the question fits {string.Join(" and ", linked.Where(q => q.Fit == question.Fit).Select(q => $"'{q.Table.Name}'"))} equally well.",
                linked.Where(q => q.Fit == question.Fit).Select(q => $"Name the dataset, e.g. \"… in {q.Table.Name}\"."));
        if (question.Tags.FirstOrDefault(t => t is { Kind: TagKind.Unknown, Reading: not null }) is { } unpicked)
            return Understanding.Unsure($"{unpicked.Reading}.", Suggestions(question.Table), question.Table);
        if (question.UnknownWords.ToList() is { Count: > 0 } unknown)
            return Understanding.Unsure($"I don't know what {string.Join(", ", unknown.Select(w => $"'{w}'"))} refers to in '{question.Table.Name}'.",
                Suggestions(question.Table), question.Table);
        return Interpret(question);
    }

    /// <summary>The word before <paramref name="i"/>, past yes-or-no columns and values that qualify it ("of indoor motes", "among European cars").</summary>
    private static string? WordBefore(Question q, int i)
    {
        var j = i - 1;
        while (q.TagAt(j) is { Kind: TagKind.Value } or { Kind: TagKind.Column, Column.IsFlag: true } || q.Word(j) is "all" or "any" or "the") j--;
        return q.Word(j);
    }

    /// <summary>Whether <paramref name="number"/> lies between the column's least and greatest value.</summary>
    private static bool Within(LanguageColumn column, double number) =>
        double.TryParse(column.Profile.Min, NumberStyles.Float, CultureInfo.InvariantCulture, out var least)
        && double.TryParse(column.Profile.Max, NumberStyles.Float, CultureInfo.InvariantCulture, out var most) && number >= least && number <= most;

    private static List<string> Suggestions(LanguageTable table)
    {
        var numbers = table.Columns.Where(c => c.Kind == ColumnKind.Number && !c.IsYearNumber).ToList();
        var categories = table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Profile.DistinctCount is > 1 and <= 100).ToList();
        var dates = table.Columns.Where(c => c.Kind == ColumnKind.Date || c.IsYearNumber).ToList();
        var suggestions = new List<string> { $"How many rows are in {table.Name}?" };
        if (numbers.Count > 0) suggestions.Add($"What is the average {numbers[0].Name}?");
        if (numbers.Count > 0 && categories.Count > 0) suggestions.Add($"Total {numbers[0].Name} by {categories[0].Name}");
        if (numbers.Count > 0 && dates.Count > 0) suggestions.Add($"Average {numbers[0].Name} per year");
        if (categories.Count > 0) suggestions.Add($"Which {categories[0].Name} has the most rows?");
        suggestions.Add($"Columns: {string.Join(", ", table.Columns.Select(c => c.Name))}.");
        return suggestions;
    }

    private static Understanding Interpret(Question q)
    {
        var r = new Reading();
        ReadTopN(q, r);
        ReadSortOrder(q, r);
        ReadHeldCounts(q, r);
        ReadTextLengths(q, r);
        ReadGroups(q, r);
        ReadComparisons(q, r);
        ReadSigns(q, r);
        ReadCountedValues(q, r);
        ReadTime(q, r);
        ReadValues(q, r);
        ReadPatterns(q, r);
        ReadKeys(q, r);
        ReadMeaning(q, r);
        ReadCorrelation(q, r);
        ReadMeasures(q, r);
        ReadFlags(q, r);
        ReadAmountsHeld(q, r);
        ReadShareOfRows(q, r);
        ReadEntity(q, r);
        ReadRepeated(q, r);
        ReadEachOnce(q, r);
        ReadEmptyGroups(r);
        ReadAlternatives(q, r);
        // "Who discovered oxygen?" asks for someone: a year or an amount is not who.
        if (q.AsksWho && !r.Entity && r.Measures.Count == 0 && r.Groups.Count == 0 && r.Shown.Count > 0
            && r.Shown.All(c => c.Kind != ColumnKind.Text || Words.NameWords(c.Name).Any(w => w is "year" or "date" or "day" or "month" or "time")))
            r.Problems.Add($"'who' asks for someone, and {string.Join(" and ", r.Shown.Select(c => c.Name))} is not a name.");
        // "What are people from Switzerland called?": a verb standing for the very column the question holds to a value asks
        // for something else.
        if (r is { Measures.Count: 0, Shown.Count: 0, ShareOfRows: false } && q.Tags.FirstOrDefault(t => t is { Kind: TagKind.Column, Predicate: true }
                && r.Filters.Any(f => f.Column == t.Column && f.Op == "=")) is { } restated)
            r.Problems.Add($"'{q.Original[restated.Start]}' stands for {restated.Column!.Name}, which the question already gives.");
        // "Average time to relapse" of rel, 1 or 0: how long until what a yes or no says happened is no column here.
        for (var i = 0; i + 2 < q.Words.Count; i++)
            if (q.Words[i] is "time" or "times" && q.Words[i + 1] is "to" or "until" or "till"
                && q.TagAt(q.Word(i + 2) is "a" or "an" or "the" ? i + 3 : i + 2) is { Kind: TagKind.Column, Column: { IsFlag: true } happened })
                r.Problems.Add($"{happened.Name} only says whether it happened; no column says how long until it did.");
        // "the average speed of the first 151 pokemon": which rows are first is not said, and a limit on one aggregate keeps it whole.
        if (r.Limit is not null && !r.Ranked && r.Groups.Count == 0 && r.Measures.Count > 0 && !r.Entity)
            r.Problems.Add($"I can't tell which {r.Limit} rows come first.");
        // "Where is the largest country?", "Where was the co2 measured?": a place, where what was read ranks, measures or shows
        // something else.
        if (q.Words[0] == "where" && (r.Entity || r.Measures.Count > 0 || r.Shown.Count > 0) && !r.Groups.Select(g => g.Column).Concat(r.Shown).Intersect(q.PlaceColumns([])).Any())
            r.Problems.Add("'where' asks for a place, and the question ranks, measures or shows something else.");
        // "How many cars don't have 8 cylinders?": a "not" no condition took would be answered as if it were not said.
        if (q.Words.Where((w, i) => w == "not" && q.TagAt(i) is not { Kind: TagKind.Value }).Any() && !r.Filters.Any(f => f.Op is "<>" or "is null" or "lacks_word" || f.Text.StartsWith("not ", StringComparison.Ordinal)))
            r.Problems.Add("I don't see what 'not' denies.");
        // "How many students had no absences?" of school-absences: "no" before the table's word denies what nothing reads.
        if (q.Words.Where((w, i) => w == "no" && q.TagAt(i + 1) is { Kind: TagKind.TableWord, Rows: false } && q.TagAt(i + 2) is not { Kind: TagKind.Column, Column.Kind: ColumnKind.Number }).Any())
            r.Problems.Add("I don't see what 'no' denies.");
        // "average ultrafiltration rate by blood flow rate" where the flow is taken for the rate measured: a group by the
        // column it measures is no group (the top 5 by a measure rank by it).
        if (q.Words.Select((w, i) => (w, i)).FirstOrDefault(x => x.w == "by" && q.TagAt(x.i) is not { Kind: TagKind.Column } && Enumerable.Range(x.i + 1, Math.Max(0, q.Words.Count - x.i - 1))
                .SkipWhile(j => q.TagAt(j) is { Kind: TagKind.Stop, Reading: { } qualifies } && qualifies.StartsWith("qualifies", StringComparison.Ordinal))
                .Select(q.TagAt).FirstOrDefault() is { Kind: TagKind.Column, Column: { } grouping }
                && r.Measures.Any(m => m.Column == grouping) && !r.Groups.Any(g => g.Column == grouping) && r.OrderBy != grouping && r.Limit is null) is { w: not null } sameBy)
            r.Problems.Add($"'by {q.Original[sameBy.i + 1]}' would group by the very column measured; I can't tell which column it names.");
        // "at a blood flow of 300" read as the ultrafiltration rate (0.6 to 65): a number no row of the column comes near, that
        // falls among the few values of another column (QB's 200 and 300), may be that column's.
        if (r.Filters.SelectMany(Alternatives).FirstOrDefault(f => f is { Op: "=", Part: FilterPart.Value, Values: [double or long], Column.Kind: ColumnKind.Number }
                && Convert.ToDouble(f.Values[0], CultureInfo.InvariantCulture) is var said && !Within(f.Column, said)
                && q.Table.Columns.Any(c => c != f.Column && c is { Kind: ColumnKind.Number, IsCategoryNumber: true } && Within(c, said))) is { } astray)
            r.Problems.Add($"I can't tell which column '{astray.Text}' means: no {astray.Column.Name} is near {astray.Values[0]}, and another column holds it.");
        // "specimens with crystals" of urine-crystals, "patients who received a transplant" of liver-transplant-waitlist: the
        // table's word said as what some rows have picks those rows, and nothing read says which they are.
        if (Enumerable.Range(2, Math.Max(0, q.Words.Count - 2)).FirstOrDefault(i => q.TagAt(i) is { Kind: TagKind.TableWord, Rows: false, Reading: not Question.PeopleRowsReading }
                && (q.Word(i - 1) is "a" or "an" or "the" ? i - 2 : i - 1) is var before
                && (q.Word(before) is "with" or "without" && q.TagAt(before - 1) is { Kind: TagKind.TableWord }
                    // "joined the list" is of the table itself.
                || q.Word(i - 1) != "the" && q.TagAt(before) is { Kind: TagKind.Stop, Reading: { } verb } && verb.StartsWith("relates (a verb", StringComparison.Ordinal))) is > 0 and var had)
            r.Problems.Add($"I can't tell which rows '{q.Original[had]}' picks: the whole table is of {q.Original[had]}, and no column I read says which have it.");
        // "How many infections were observed?" of kidney-catheter-infections' times with a status of 1 or 0: a participle
        // ending a count of what the table's name says its rows are may be what a yes-or-no column nothing reads says of each;
        // so may "were there" where a column named an id repeats: each row one span of that one's time. Only one such column
        // marks them: several (a scat's ropey, flat and segmented) say what each row is like.
        var endsInThere = q.Words[^1] == "there";
        if (r.Measures is [{ Aggregate: Aggregate.Count, Column: null }] && q.Words.Count >= 3 && q.Words[^2] is "were" or "was"
            && Words.Singular(q.Words[^3]) == q.Table.HeadNoun
            && q.TagAt(q.Words.Count - 1) is null or { Kind: TagKind.Stop or TagKind.Unknown } && Lexicon.Shared is { Available: true } lexicon
            && (endsInThere && q.Table.HeldById is not null || lexicon.BaseForms(q.Words[^1], PartOfSpeech.Verb).Any(b => b != q.Words[^1]))
            && q.Table.Columns.Where(c => c is { IsFlag: true, Kind: ColumnKind.Number } && !r.Places(c) && !q.Tags.Any(t => t is not null && t.Column == c)
                // Not what a person's own rows all share (steroids used at entry): that is said of the person.
                && q.Table.HeldById?.Contains(c.Name) != true).ToList() is [var marking])
            r.Problems.Add(endsInThere
                ? $"I can't tell whether every row is one of the {q.Original[^3]}, or the rows {marking.Name} marks."
                : $"I can't tell whether every row was {q.Original[^1]}, or the rows {marking.Name} marks.");
        if (r.Problems.Count > 0) return Understanding.Unsure(string.Join(" ", r.Problems), Suggestions(q.Table), q.Table);
        if (q.Tags.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Kind == TagKind.Number && !r.Used.Contains(x.i)) is { t: not null } stray)
            return Understanding.Unsure($"I don't know what {q.Original[stray.i]} refers to.", Suggestions(q.Table), q.Table);
        var placed = r.Groups.Select(g => g.Column).Concat(r.Measures.Select(m => m.Column)).Concat(r.Measures.Select(m => m.Per)).Concat(r.Filters.Select(f => f.Column))
            .Concat(r.Filters.SelectMany(f => f.Values.OfType<LanguageColumn>())).Concat(r.Filters.SelectMany(Alternatives).Select(f => f.Column)).Concat(r.Shown)
            .Concat(r.Counted).Append(r.OrderBy).Append(r.LengthOf).Append(r.RowOf).Append(r.When ? TimeColumn(q, null) : null)
            .Append(r.Correlation?.First).Append(r.Correlation?.Second).Append(r.TotalsPer?.Column).Append(r.Held?.Of).Append(r.Held?.Counted).ToHashSet();
        // A column the question names that the reading did not place would be answered as if it were not there
        // (a word that is also the table's name, "stocks", names the table, unless it is the column's own name:
        // "hurricanes" of population_engineers_hurricanes; "of countries", "of any city", "among cars", "of indoor motes", "in southern states",
        // "for Mississippi plants", "in states where …" name what is measured;
        // "died", "did … release", "were published" at the end say what happened, their date unasked).
        if (q.Tags.FirstOrDefault(t => t.Kind == TagKind.Column && !placed.Contains(t.Column)
                && !(q.Words.Skip(t.Start).Take(t.Length).All(w => q.Table.NameWords.Contains(Words.Singular(w))) && t.Reading?.StartsWith(Question.MeasuredThingsReading, StringComparison.Ordinal) != true
                     && !Words.NameWords(t.Column!.Name).Select(Words.Singular).SequenceEqual(q.Words.Skip(t.Start).Take(t.Length).Select(Words.Singular)))
                && !((t.Column!.Kind == ColumnKind.Text || t.Column.IsCategoryNumber) && (WordBefore(q, t.Start) is "of" or "among" or "across"
                     // "in states where the temperature is above 60": the things a clause after them picks.
                     || WordBefore(q, t.Start) is "in" or "for" && (q.TagAt(t.Start - 1) is { Kind: TagKind.Value } or { Kind: TagKind.Column, Column.IsFlag: true }
                         || q.Word(t.Start + t.Length) is "where" or "whose" or "that" or "which")))
                // "of chicks on diet 3", "for subjects weighing more than 70 kg", "in districts with crime above 40": the plural of
                // a column numbering the things measured names them.
                && !(t is { Length: 1, Column.Kind: ColumnKind.Number } && ColumnTypes.IsInteger(t.Column.Type)
                     && (WordBefore(q, t.Start) is "of" or "for" or "among" || WordBefore(q, t.Start) == "in" && q.Word(t.Start + 1) is "with" or "where" or "whose" or "that")
                     && Words.NameWords(t.Column.Name) is [var numbered] && q.Words[t.Start] != numbered && Words.Singular(q.Words[t.Start]) == numbered)
                // "the average litter weight" of a Litter and a Mother of the same genotypes: a side named between a summary and a
                // measure says whose the measure is, the rows'.
                && !(t is { Length: 1, Column.Kind: ColumnKind.Text } && q.Table.IsFactorSide(t.Column)
                     && q.Word(t.Start) == Words.NameWords(t.Column.Name)[0] && (AverageWords.Contains(q.Word(t.Start - 1)) || SumWords.Contains(q.Word(t.Start - 1)))
                     && q.TagAt(t.Start + 1) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number })
                // "while the beaver was active": so does the one such thing the rows are of, the subject of what is said of it.
                && !(t is { Length: 1, Column.Kind: ColumnKind.Number } && ColumnTypes.IsInteger(t.Column.Type) && q.Word(t.Start - 1) == "the"
                     && q.Word(t.Start + 1) is "was" or "is" && Words.NameWords(t.Column.Name) is [var one] && q.Words[t.Start] == one)
                && !(t.Column.Kind == ColumnKind.Date && (t.Predicate || q.Words.Take(t.Start).Any(w => w is "did" or "do" or "does")
                     || t.Start + t.Length == q.Words.Count && q.Word(t.Start - 1) is "was" or "were" or "is" or "are"))
                // A measure ("the murder rate" of murder-rates' rate) is asked, though it repeats the table's word.
                && !(q.RepeatsTableWord(t) && t.Column.Kind != ColumnKind.Number)) is { } unplaced)
            return Understanding.Unsure($"I don't see where '{string.Join(' ', q.Original.Skip(unplaced.Start).Take(unplaced.Length))}' ({unplaced.Column!.Name}) fits in the question.",
                Suggestions(q.Table), q.Table);
        return Write(q, r);
    }
}
