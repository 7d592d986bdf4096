using System.Globalization;
using Platform.Features.Datasets;

namespace Platform.Features.Query.Language;

public enum Aggregate { Count, CountDistinct, Sum, Avg, Min, Max, Median }

public enum Grain { None, Year, Quarter, Month, Week, Day }

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
public static class BuiltinEngine
{
    private sealed record MeasureSpec(Aggregate Aggregate, LanguageColumn? Column);

    private sealed record GroupSpec(LanguageColumn Column, Grain Grain);

    /// <summary>Which part of a column a filter looks at.</summary>
    private enum FilterPart { Value, Year, Month, YearAndMonth }

    /// <summary>
    /// A condition as read from the question: a column (or its year or month), a comparison and its values
    /// (numbers or text), and how it reads in words. It becomes SQL only when the query is written.
    /// </summary>
    private sealed record Filter(LanguageColumn Column, FilterPart Part, string Op, IReadOnlyList<object> Values, string Text);

    private sealed class Reading
    {
        public List<MeasureSpec> Measures { get; } = [];
        public List<GroupSpec> Groups { get; } = [];
        public List<Filter> Filters { get; } = [];
        public List<LanguageColumn> Shown { get; } = [];
        public HashSet<int> Used { get; } = [];
        public int? Limit { get; set; }
        public bool Descending { get; set; } = true;
        public bool Ranked { get; set; }
        public bool Share { get; set; }
        public bool DistinctList { get; set; }
        public LanguageColumn? OrderBy { get; set; }
        public bool When { get; set; }
    }

    private static readonly HashSet<string> GroupWords = ["by", "per", "each", "every"];
    private static readonly HashSet<string> MaxWords = ["maximum", "max", "highest", "largest", "biggest", "greatest", "peak", "best", "top"];
    private static readonly HashSet<string> MinWords = ["minimum", "min", "lowest", "smallest", "worst", "bottom"];
    private static readonly HashSet<string> MostWords = ["most"];
    private static readonly HashSet<string> LeastWords = ["least", "fewest"];
    private static readonly HashSet<string> SumWords = ["total", "sum", "combined", "altogether", "cumulative"];
    private static readonly HashSet<string> AverageWords = ["average", "mean", "avg", "typical"];
    private static readonly HashSet<string> ShareWords = ["share", "percentage", "percent", "proportion", "fraction", "%"];
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
        if (question.UnknownWords.ToList() is { Count: > 0 } unknown)
            return Understanding.Unsure($"I don't know what {string.Join(", ", unknown.Select(w => $"'{w}'"))} refers to in '{question.Table.Name}'.",
                Suggestions(question.Table), question.Table);
        return Interpret(question);
    }

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
        ReadGroups(q, r);
        ReadComparisons(q, r);
        ReadTime(q, r);
        ReadValues(q, r);
        ReadMeasures(q, r);
        if (q.Tags.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Kind == TagKind.Number && !r.Used.Contains(x.i)) is { t: not null } stray)
            return Understanding.Unsure($"I don't know what {q.Original[stray.i]} refers to.", Suggestions(q.Table), q.Table);
        return Write(q, r);
    }

    /// <summary>"top 5", "5 highest", "bottom 3", "the three lowest".</summary>
    private static void ReadTopN(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            var word = q.Words[i];
            if (word is "top" or "bottom" or "first" or "last" && q.TagAt(i + 1) is { Kind: TagKind.Number, IsYear: false } n && n.Number >= 1)
            {
                r.Limit = (int)n.Number;
                r.Ranked = word is "top" or "bottom";
                r.Descending = word is "top" or "last";
                r.Used.Add(i + 1);
            }
            else if (q.TagAt(i) is { Kind: TagKind.Number, IsYear: false } m && m.Number >= 1 && m.Number == Math.Floor(m.Number)
                     && (MaxWords.Contains(q.Word(i + 1)) || MinWords.Contains(q.Word(i + 1)) || q.Word(i + 1) is "most" or "least" or "fewest"))
            {
                r.Limit = (int)m.Number;
                r.Ranked = true;
                r.Descending = !MinWords.Contains(q.Word(i + 1)) && q.Word(i + 1) is not ("least" or "fewest");
                r.Used.Add(i);
            }
        }
    }

    /// <summary>"by X", "per X", "for each X", "every X", "yearly", "which X …".</summary>
    private static void ReadGroups(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            var word = q.Words[i];
            var grainWord = word switch
            {
                "yearly" or "annual" or "annually" => Grain.Year,
                "monthly" => Grain.Month,
                "quarterly" => Grain.Quarter,
                "weekly" => Grain.Week,
                "daily" => Grain.Day,
                _ => Grain.None,
            };
            if (grainWord != Grain.None && TimeColumn(q, null) is { } timeColumn)
            {
                AddGroup(r, timeColumn, grainWord);
                continue;
            }
            if (!GroupWords.Contains(word) && !(word == "over" && q.Word(i + 1) == "time")) continue;
            var next = i + 1;
            while (q.Word(next) is "the" or "a" or "each" or "every" or "single") next++;
            if (word == "over")
            {
                if (TimeColumn(q, null) is { } overTime) AddGroup(r, overTime, overTime.IsYearNumber ? Grain.None : Grain.Year);
                continue;
            }
            // "by location and year": each "and" after a group adds one.
            while (true)
            {
                var width = 1;
                if (q.TagAt(next) is { Kind: TagKind.Column } tag && tag.Column is { } column)
                {
                    width = tag.Length;
                    if (column.Kind == ColumnKind.Number && !column.IsYearNumber && !column.IsCategoryNumber) r.OrderBy = column;
                    else AddGroup(r, column, column.Kind == ColumnKind.Date ? GrainAfter(q, next + tag.Length) : Grain.None);
                }
                else if (GrainOf(q.Word(next)) is var grain and not Grain.None && TimeColumn(q, q.Word(next)) is { } time)
                    AddGroup(r, time, time.IsYearNumber ? Grain.None : grain);
                else break;
                if (q.Word(next + width) != "and") break;
                next += width + 1;
                while (q.Word(next) is "the" or "a" or "by" or "per") next++;
            }
        }

        // "Which X has the most …", "what X had the highest …": X is grouped, one answer.
        for (var i = 0; i < q.Words.Count; i++)
        {
            if (q.Words[i] is not ("which" or "what")) continue;
            var next = i + 1;
            while (q.Word(next) is "the" or "a") next++;
            if (q.TagAt(next) is { Kind: TagKind.Number, IsYear: false } count && count.Number >= 1)
            {
                r.Limit = (int)count.Number;
                r.Used.Add(next);
                next++;
            }
            if (q.TagAt(next) is { Kind: TagKind.Column, Column: { } column } && (column.Kind is ColumnKind.Text or ColumnKind.Date or ColumnKind.Boolean || column.IsYearNumber || column.IsCategoryNumber))
            {
                var picked = q.TagAt(next)!.Column!;
                var superlative = q.Words.Any(w => MaxWords.Contains(w) || MinWords.Contains(w) || MostWords.Contains(w) || LeastWords.Contains(w));
                if (superlative)
                {
                    AddGroup(r, picked, Grain.None);
                    r.Ranked = true;
                    r.Limit ??= 1;
                }
                else if (!r.Groups.Any(g => g.Column == picked)) r.DistinctList = q.Words.Skip(next + 1).Take(3).Any(w => w is "are" or "exist" or "appear" or "there");
            }
            else if (GrainOf(q.Word(next)) is var grain and not Grain.None && TimeColumn(q, q.Word(next)) is { } time
                     && q.Words.Any(w => MaxWords.Contains(w) || MinWords.Contains(w) || MostWords.Contains(w) || LeastWords.Contains(w)))
            {
                AddGroup(r, time, time.IsYearNumber ? Grain.None : grain);
                r.Ranked = true;
                r.Limit ??= 1;
            }
        }
        if (q.Words.Count > 0 && q.Words[0] == "when") r.When = true;

        // "top 5 countries by population", "the 3 states with the most airports": the noun after N is grouped.
        if (r.Limit is not null && r.Ranked && r.Groups.Count == 0)
        {
            var n = Array.FindIndex(q.Tags, t => t.Kind == TagKind.Number && r.Used.Contains(t.Start));
            for (var j = n + 1; n >= 0 && j <= Math.Min(q.Words.Count - 1, n + 3); j++)
                if (q.TagAt(j) is { Kind: TagKind.Column, Column: { } c } && (c.Kind is ColumnKind.Text or ColumnKind.Date || c.IsYearNumber || c.IsCategoryNumber))
                {
                    AddGroup(r, c, Grain.None);
                    break;
                }
        }
    }

    private static void AddGroup(Reading r, LanguageColumn column, Grain grain)
    {
        // A year number, or a date column that is itself called "year" (one date per year): grouped as it is.
        if (column.IsYearNumber || grain == Grain.Year && Words.NameWords(column.Name) is ["year"]) grain = Grain.None;
        if (!r.Groups.Any(g => g.Column == column && g.Grain == grain)) r.Groups.Add(new GroupSpec(column, grain));
    }

    private static Grain GrainOf(string word) => Words.Singular(word) switch
    {
        "year" or "yr" => Grain.Year,
        "quarter" => Grain.Quarter,
        "month" => Grain.Month,
        "week" => Grain.Week,
        "day" or "date" => Grain.Day,
        _ => Grain.None,
    };

    private static Grain GrainAfter(Question q, int i) => q.Word(i) is "by" or "per" ? GrainOf(q.Word(i + 1)) : Grain.None;

    /// <summary>The column time words refer to: a year number column for "year", else the date column the question names, else the only one.</summary>
    private static LanguageColumn? TimeColumn(Question q, string? grainWord)
    {
        if (grainWord is not null && GrainOf(grainWord) == Grain.Year && q.Table.Columns.FirstOrDefault(c => c.IsYearNumber) is { } year) return year;
        var mentioned = q.Tags.Where(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Date }).Select(t => t.Column!).Distinct().ToList();
        if (mentioned.Count == 1) return mentioned[0];
        var dates = q.Table.Columns.Where(c => c.Kind == ColumnKind.Date).ToList();
        return dates.Count == 1 ? dates[0] : q.Table.Columns.FirstOrDefault(c => c.IsYearNumber);
    }

    /// <summary>"more than 150", "above 30", "at least 10", "under 5", "between 10 and 20", "equal to 3".</summary>
    private static void ReadComparisons(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            var (op, width) = Comparator(q, i);
            if (op is null) continue;
            var at = i + width;
            if (q.TagAt(at) is not { Kind: TagKind.Number } number || r.Used.Contains(at)) continue;
            if (number.IsYear && op == "between" && TimeColumn(q, "year") is not null) continue;
            var column = q.TagAt(i) is { Kind: TagKind.Column, Column: { IsCategoryNumber: true } category } ? category : NumberColumnNear(q, i, at);
            if (column is null) continue;
            var value = number.Number.ToString(CultureInfo.InvariantCulture);
            if (op == "between")
            {
                if (q.Word(at + 1) is not ("and" or "to") || q.TagAt(at + 2) is not { Kind: TagKind.Number } upper) continue;
                r.Filters.Add(new Filter(column, FilterPart.Value, "between", [number.Number, upper.Number],
                    $"{column.Name} between {value} and {upper.Number.ToString(CultureInfo.InvariantCulture)}"));
                r.Used.Add(at + 2);
            }
            else r.Filters.Add(new Filter(column, FilterPart.Value, op, [number.Number], $"{column.Name} {op} {value}"));
            r.Used.Add(at);
        }
    }

    private static (string? Op, int Width) Comparator(Question q, int i)
    {
        if (q.TagAt(i) is { Kind: TagKind.Column, Column.IsCategoryNumber: true } && q.TagAt(i + 1) is { Kind: TagKind.Number }) return ("=", 1);
        var w = q.Word(i);
        var next = q.Word(i + 1);
        return w switch
        {
            "more" or "greater" or "higher" or "larger" or "bigger" when next == "than" => (">", 2),
            "less" or "fewer" or "lower" or "smaller" when next == "than" => ("<", 2),
            "above" or "over" or "exceeding" or "exceed" or "exceeds" => (">", 1),
            "below" or "under" => ("<", 1),
            "at" when next == "least" => (">=", 2),
            "at" when next == "most" => ("<=", 2),
            "no" when next == "more" && q.Word(i + 2) == "than" => ("<=", 3),
            "equal" or "equals" when next == "to" => ("=", 2),
            "equal" or "equals" or "exactly" => ("=", 1),
            "between" => ("between", 1),
            _ => (null, 0),
        };
    }

    /// <summary>The numeric column a comparison is about: named just before it, or just after the number.</summary>
    private static LanguageColumn? NumberColumnNear(Question q, int comparator, int number)
    {
        for (var i = comparator - 1; i >= Math.Max(0, comparator - 6); i--)
            if (q.TagAt(i) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } column }) return column;
        for (var i = number + 1; i <= Math.Min(q.Words.Count - 1, number + 3); i++)
            if (q.TagAt(i) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } column }) return column;
        var numbers = q.Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }).Select(t => t.Column!).Distinct().ToList();
        return numbers.Count == 1 ? numbers[0] : null;
    }

    /// <summary>Years and months: "in 2015", "before 2005", "since 2008", "between 2000 and 2005", "in March 2010", "in January".</summary>
    private static void ReadTime(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            var tag = q.Tags[i];
            if (r.Used.Contains(i)) continue;
            if (tag.Kind == TagKind.Month)
            {
                var month = (int)tag.Number;
                var column = TimeColumn(q, null);
                if (column is null || column.IsYearNumber) continue;
                r.Used.Add(i);
                if (q.TagAt(i + 1) is { IsYear: true } year && !r.Used.Contains(i + 1))
                {
                    r.Used.Add(i + 1);
                    r.Filters.Add(new Filter(column, FilterPart.YearAndMonth, "=", [year.Number, month],
                        $"{column.Name} in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year.Number}"));
                }
                else r.Filters.Add(new Filter(column, FilterPart.Month, "=", [month], $"{column.Name} in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)}"));
                continue;
            }
            if (!tag.IsYear) continue;
            var target = TimeColumn(q, "year");
            if (target is null) continue;
            var part = target.IsYearNumber ? FilterPart.Value : FilterPart.Year;
            var before = q.Word(i - 1);
            var y = (int)tag.Number;
            r.Used.Add(i);
            if (before is "between" or "from" && q.Word(i + 1) is "and" or "to" or "through" && q.TagAt(i + 2) is { IsYear: true } end)
            {
                r.Used.Add(i + 2);
                r.Filters.Add(new Filter(target, part, "between", [y, end.Number], $"{target.Name} from {y} to {end.Number}"));
            }
            else
            {
                var (op, words) = before switch
                {
                    "before" or "until" or "till" or "prior" => ("<", "before"),
                    "after" => (">", "after"),
                    "since" or "from" => (">=", "from"),
                    _ when q.Word(i - 2) is "earlier" or "later" && before == "than" => (q.Word(i - 2) == "earlier" ? "<" : ">", q.Word(i - 2) == "earlier" ? "before" : "after"),
                    _ => ("=", "in"),
                };
                r.Filters.Add(new Filter(target, part, op, [y], $"{target.Name} {words} {y}"));
            }
        }
    }

    /// <summary>Values of text columns become filters; several of one column, a list; "not"/"except" before one, an exclusion.</summary>
    private static void ReadValues(Question q, Reading r)
    {
        var values = q.Tags.Where(t => t.Kind == TagKind.Value).Distinct().ToList();
        foreach (var byColumn in values.GroupBy(t => t.Column!))
        {
            if (r.Groups.Any(g => g.Column == byColumn.Key) && byColumn.Count() > 1)
            {
                r.Filters.Add(new Filter(byColumn.Key, FilterPart.Value, "in", byColumn.Select(v => (object)v.Value!).ToList(),
                    $"{byColumn.Key.Name} is {string.Join(" or ", byColumn.Select(v => v.Value))}"));
                continue;
            }
            var negated = byColumn.Where(v => NegationWords.Contains(q.Word(v.Start - 1)) || (q.Word(v.Start - 1) == "than" && q.Word(v.Start - 2) == "other")).ToList();
            var kept = byColumn.Except(negated).ToList();
            if (kept.Count == 1) r.Filters.Add(new Filter(byColumn.Key, FilterPart.Value, "=", [kept[0].Value!], $"{byColumn.Key.Name} is {kept[0].Value}"));
            else if (kept.Count > 1)
                r.Filters.Add(new Filter(byColumn.Key, FilterPart.Value, "in", kept.Select(v => (object)v.Value!).ToList(), $"{byColumn.Key.Name} is {string.Join(" or ", kept.Select(v => v.Value))}"));
            foreach (var v in negated) r.Filters.Add(new Filter(byColumn.Key, FilterPart.Value, "<>", [v.Value!], $"{byColumn.Key.Name} is not {v.Value}"));
        }
    }

    /// <summary>Counts, sums, averages, extremes and medians, each with the measure it applies to.</summary>
    private static void ReadMeasures(Question q, Reading r)
    {
        var grouped = r.Groups.Select(g => g.Column).ToHashSet();
        var filtered = q.Tags.Where(t => t.Kind == TagKind.Value).Select(t => t.Column).ToHashSet();
        for (var i = 0; i < q.Words.Count; i++)
        {
            var w = q.Words[i];
            Aggregate? aggregate = null;
            if (w == "how" && q.Word(i + 1) == "many" || w == "number" && q.Word(i + 1) == "of" || w == "count") aggregate = Aggregate.Count;
            else if (SumWords.Contains(w)) aggregate = Aggregate.Sum;
            else if (AverageWords.Contains(w)) aggregate = Aggregate.Avg;
            else if (w == "median") aggregate = Aggregate.Median;
            else if (MaxWords.Contains(w) && !(w is "top" && r.Limit is not null)) aggregate = Aggregate.Max;
            else if (MinWords.Contains(w) && !(w is "bottom" && r.Limit is not null)) aggregate = Aggregate.Min;
            else if (MostWords.Contains(w) && q.Word(i - 1) != "at") aggregate = Aggregate.Sum;
            else if (LeastWords.Contains(w) && q.Word(i - 1) != "at") aggregate = Aggregate.Sum;
            if (aggregate is null) continue;
            if (ShareWords.Contains(q.Word(i + 1))) continue;

            var target = MeasureAfter(q, i, grouped);
            if (aggregate == Aggregate.Count)
            {
                var counted = q.Tags.Skip(i + 1).Take(4).FirstOrDefault(t => t.Kind is TagKind.Column or TagKind.TableWord or TagKind.Stop or TagKind.Unknown
                    && !(t.Kind == TagKind.Stop && q.Word(t.Start) is "of" or "the" or "many" or "distinct" or "unique" or "different"));
                var distinct = q.Words.Skip(i + 1).Take(3).Any(DistinctWords.Contains);
                if (counted is { Kind: TagKind.Column, Column: { } c } && !grouped.Contains(c) && (c.Kind == ColumnKind.Text || distinct))
                    r.Measures.Add(new MeasureSpec(Aggregate.CountDistinct, c));
                else r.Measures.Add(new MeasureSpec(Aggregate.Count, null));
                continue;
            }
            if ((w is "most" or "least" or "fewest") && target is null)
            {
                // "which state has the most airports": most rows.
                r.Measures.Add(new MeasureSpec(Aggregate.Count, null));
                if (r.Groups.Count > 0) { r.Ranked = true; r.Descending = w == "most"; r.Limit ??= 1; }
                continue;
            }
            if (target is null) continue;
            // "the highest average price": the extreme ranks the average.
            if (aggregate is Aggregate.Max or Aggregate.Min && AggregateWordAfter(q, i) is { } inner)
            {
                r.Measures.Add(new MeasureSpec(inner, target));
                r.Ranked = true;
                r.Descending = aggregate == Aggregate.Max;
                continue;
            }
            if (r.Measures.Any(m => m.Column == target && m.Aggregate != Aggregate.Count)) continue;
            var superlative = MaxWords.Contains(w) || MinWords.Contains(w) || MostWords.Contains(w) || LeastWords.Contains(w);
            if (r.Groups.Count > 0 && superlative && r.Ranked)
            {
                // "which source has the highest generation": the group with the largest total; for prices and
                // rates, the largest single value; "most"/"least" of a rate, the largest average.
                r.Ranked = true;
                r.Descending = MaxWords.Contains(w) || MostWords.Contains(w);
                r.Limit ??= 1;
                var extreme = w is "most" or "least" or "fewest" ? (target.AveragedByNature ? Aggregate.Avg : Aggregate.Sum)
                    : target.AveragedByNature ? aggregate.Value : Aggregate.Sum;
                r.Measures.Add(new MeasureSpec(extreme, target));
            }
            else r.Measures.Add(new MeasureSpec(aggregate.Value, target));
        }

        var shares = q.Words.Any(ShareWords.Contains);
        if (shares && r.Groups.Count > 0) r.Share = true;

        // A group with a measure named but no aggregate word: "price by symbol" sums or averages it.
        var measures = q.Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } } && !grouped.Contains(t.Column!)
            && !r.Filters.Any(f => f.Column == t.Column && f.Part == FilterPart.Value)).Select(t => t.Column!).Distinct().ToList();
        if (r.OrderBy is not null && !measures.Contains(r.OrderBy)) measures.Add(r.OrderBy);
        if (r.Measures.Count == 0 && r.Groups.Count > 0)
        {
            if (measures.Count > 0) r.Measures.AddRange(measures.Select(m => new MeasureSpec(m.AveragedByNature ? Aggregate.Avg : Aggregate.Sum, m)));
            else r.Measures.Add(new MeasureSpec(Aggregate.Count, null));
        }
        if (r.Measures.Count == 0 && r.Limit is not null && r.Ranked && measures.Count > 0) r.OrderBy ??= measures[0];
        if (r.DistinctList && r.Measures.Count > 0) r.DistinctList = false;
        var distinctWord = q.Words.Any(DistinctWords.Contains);
        if (r.Measures.Count == 0 && r.Groups.Count == 0 && distinctWord)
        {
            var listed = q.Tags.Where(t => t.Kind == TagKind.Column && !filtered.Contains(t.Column)).Select(t => t.Column!).Distinct().ToList();
            if (listed.Count >= 1) { r.DistinctList = true; r.Shown.AddRange(listed); }
        }
        if (r.DistinctList && r.Shown.Count == 0)
        {
            var listed = q.Tags.Where(t => t is { Kind: TagKind.Column } && !filtered.Contains(t.Column)).Select(t => t.Column!).Distinct().ToList();
            r.Shown.AddRange(listed);
        }
        if (r.Measures.Count == 0 && !r.DistinctList)
            r.Shown.AddRange(q.Tags.Where(t => t.Kind == TagKind.Column && !filtered.Contains(t.Column) && !r.Shown.Contains(t.Column!)).Select(t => t.Column!).Distinct());
    }

    private static Aggregate? AggregateWordAfter(Question q, int i)
    {
        var next = q.Word(i + 1);
        return AverageWords.Contains(next) ? Aggregate.Avg : SumWords.Contains(next) ? Aggregate.Sum : next == "median" ? Aggregate.Median : null;
    }

    /// <summary>The numeric column an aggregate word applies to: the next one named (within a few words), else the one before.</summary>
    private static LanguageColumn? MeasureAfter(Question q, int i, HashSet<LanguageColumn> grouped)
    {
        for (var j = i + 1; j < Math.Min(q.Words.Count, i + 6); j++)
            if (q.TagAt(j) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } c } && !grouped.Contains(c)) return c;
        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
            if (q.TagAt(j) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } c } && !grouped.Contains(c)) return c;
        return null;
    }

    private static Understanding Write(Question q, Reading r)
    {
        var table = q.Table;
        var from = $"from {DatasetStorage.Identifier(table.TableName)}";
        var where = r.Filters.Count > 0 ? $" where {string.Join(" and ", r.Filters.Select(Sql))}" : "";
        var filterText = r.Filters.Count > 0 ? $", where {string.Join(" and ", r.Filters.Select(f => f.Text))}" : "";

        if (r.DistinctList && r.Shown.Count > 0)
        {
            var columns = string.Join(", ", r.Shown.Select(Id));
            return Done(q, $"select distinct {columns} {from}{where} order by {columns}{LimitSql(r)}",
                $"The distinct values of {string.Join(", ", r.Shown.Select(c => c.Name))}{filterText}.", AnswerShape.Listing);
        }

        if (r.Measures.Count == 0 && r.Groups.Count == 0)
        {
            if (r.When && r.OrderBy is null) r.OrderBy = q.Tags.Where(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number }).Select(t => t.Column).FirstOrDefault();
            var shown = r.Shown.Count > 0 ? r.Shown : [];
            if (r.When && TimeColumn(q, null) is { } time && !shown.Contains(time)) shown = [time, .. shown];
            var select = shown.Count > 0 ? string.Join(", ", shown.Select(Id)) : "*";
            var order = r.OrderBy is { } by ? $" order by {Id(by)} {(r.Descending ? "desc" : "asc")}" : "";
            if (r.Filters.Count == 0 && r.OrderBy is null && r.Limit is null && shown.Count == 0)
                return Understanding.Unsure("the question names no measure, group or filter I can use.", Suggestions(table), table);
            return Done(q, $"select {select} {from}{where}{order}{LimitSql(r)}",
                $"Rows of {table.Name}{filterText}{(r.OrderBy is { } o ? $", by {o.Name} {(r.Descending ? "highest" : "lowest")} first" : "")}{(r.Limit is { } l ? $", the first {l}" : "")}.",
                AnswerShape.Listing);
        }

        // Extremes with no group: "what was the highest price" → max; "when was the highest price" → the row's date.
        if (r.When && r.Groups.Count == 0 && r.Measures is [{ Aggregate: Aggregate.Max or Aggregate.Min, Column: { } extreme } m] && TimeColumn(q, null) is { } when)
            return Done(q, $"select {Id(when)}, {Id(extreme)} {from}{where} order by {Id(extreme)} {(m.Aggregate == Aggregate.Max ? "desc" : "asc")} limit 1",
                $"When {extreme.Name} was {(m.Aggregate == Aggregate.Max ? "highest" : "lowest")}{filterText}.", AnswerShape.Listing);

        var keys = r.Groups.Select(g => (Sql: GroupSql(g), Alias: GroupAlias(g), Text: GroupText(g))).ToList();
        var aggregates = r.Measures.Select(m => (Sql: AggregateSql(m), Alias: AggregateAlias(m), Text: AggregateText(m))).DistinctBy(a => a.Alias).ToList();
        var selectList = keys.Select(k => $"{k.Sql} as {k.Alias}").Concat(aggregates.Select(a => $"{a.Sql} as {a.Alias}")).ToList();
        if (r.Share && aggregates.Count > 0)
            selectList.Add($"round(100.0 * {aggregates[0].Sql} / sum({aggregates[0].Sql}) over (), 2) as share_pct");
        var sql = $"select {string.Join(", ", selectList)} {from}{where}";
        if (keys.Count > 0) sql += $" group by {string.Join(", ", Enumerable.Range(1, keys.Count))}";
        var timeGroup = r.Groups.Count > 0 && r.Groups.All(g => g.Column.Kind == ColumnKind.Date || g.Column.IsYearNumber);
        if (keys.Count > 0)
        {
            if (r.Ranked || r.Limit is not null) sql += $" order by {aggregates[0].Alias} {(r.Descending ? "desc" : "asc")}, 1";
            else if (timeGroup) sql += $" order by {string.Join(", ", Enumerable.Range(1, keys.Count))}";
            else sql += $" order by {aggregates[0].Alias} desc, 1";
        }
        sql += LimitSql(r);

        var explanation = $"{string.Join(" and ", aggregates.Select(a => a.Text))}"
            + (keys.Count > 0 ? $" per {string.Join(" and ", keys.Select(k => k.Text))}" : "")
            + filterText
            + (r.Share ? ", with each one's share of the total" : "")
            + (keys.Count > 0 && r.Limit is { } n ? $", {(r.Descending ? "highest" : "lowest")} {(n == 1 ? "only" : $"{n}")}" : "") + ".";
        var shape = keys.Count == 0 ? AnswerShape.Number : r.Share ? AnswerShape.Share : timeGroup ? AnswerShape.Time : AnswerShape.Category;
        return Done(q, sql, char.ToUpperInvariant(explanation[0]) + explanation[1..], shape);
    }

    private static Understanding Done(Question q, string sql, string explanation, AnswerShape shape)
    {
        var plan = string.Join("; ", q.Tags.Distinct().Where(t => t.Kind is TagKind.Column or TagKind.Value)
            .Select(t => t.Kind == TagKind.Column ? $"'{string.Join(' ', q.Original.Skip(t.Start).Take(t.Length))}' → column {t.Column!.Name}"
                : $"'{string.Join(' ', q.Original.Skip(t.Start).Take(t.Length))}' → {t.Column!.Name} = {t.Value}"));
        return new Understanding(true, sql, explanation, [], shape, q.Table, plan.Length > 0 ? plan : "no column named");
    }

    private static string LimitSql(Reading r) => r.Limit is { } n ? $" limit {n}" : "";

    private static string GroupSql(GroupSpec g) => g.Grain switch
    {
        Grain.Year => $"year({Id(g.Column)})",
        Grain.Quarter => $"date_trunc('quarter', {Id(g.Column)})",
        Grain.Month => $"date_trunc('month', {Id(g.Column)})",
        Grain.Week => $"date_trunc('week', {Id(g.Column)})",
        Grain.Day => $"cast({Id(g.Column)} as date)",
        _ => Id(g.Column),
    };

    private static string GroupAlias(GroupSpec g) => g.Grain == Grain.None ? Id(g.Column) : Words.Alias(g.Grain.ToString());

    private static string GroupText(GroupSpec g) => g.Grain == Grain.None ? g.Column.Name : $"{g.Grain.ToString().ToLowerInvariant()} of {g.Column.Name}";

    private static string AggregateSql(MeasureSpec m) => m switch
    {
        { Aggregate: Aggregate.Count } => "count(*)",
        { Aggregate: Aggregate.CountDistinct } => $"count(distinct {Id(m.Column!)})",
        { Aggregate: Aggregate.Avg } => $"round(avg({Id(m.Column!)}), 2)",
        { Aggregate: Aggregate.Median } => $"median({Id(m.Column!)})",
        _ => $"{m.Aggregate.ToString().ToLowerInvariant()}({Id(m.Column!)})",
    };

    private static string AggregateAlias(MeasureSpec m) => m.Aggregate switch
    {
        Aggregate.Count => "count",
        Aggregate.CountDistinct => Words.Alias("distinct", m.Column!.Name),
        _ => Words.Alias(m.Aggregate.ToString(), m.Column!.Name),
    };

    private static string AggregateText(MeasureSpec m) => m.Aggregate switch
    {
        Aggregate.Count => "the number of rows",
        Aggregate.CountDistinct => $"the number of distinct {m.Column!.Name}",
        Aggregate.Avg => $"the average {m.Column!.Name}",
        Aggregate.Sum => $"the total {m.Column!.Name}",
        Aggregate.Max => $"the highest {m.Column!.Name}",
        Aggregate.Min => $"the lowest {m.Column!.Name}",
        _ => $"the median {m.Column!.Name}",
    };

    private static string Id(LanguageColumn column) => DatasetStorage.Identifier(column.Name);

    /// <summary>A filter as a DuckDB condition: numbers as invariant literals, text quoted.</summary>
    private static string Sql(Filter f)
    {
        static string Value(object v) => v is string text ? DatasetStorage.Literal(text) : Convert.ToString(v, CultureInfo.InvariantCulture)!;
        var column = Id(f.Column);
        if (f.Part == FilterPart.YearAndMonth) return $"year({column}) = {Value(f.Values[0])} and month({column}) = {Value(f.Values[1])}";
        var target = f.Part switch { FilterPart.Year => $"year({column})", FilterPart.Month => $"month({column})", _ => column };
        return f.Op switch
        {
            "between" => $"{target} between {Value(f.Values[0])} and {Value(f.Values[1])}",
            "in" => $"{target} in ({string.Join(", ", f.Values.Select(Value))})",
            _ => $"{target} {f.Op} {Value(f.Values[0])}",
        };
    }

}
