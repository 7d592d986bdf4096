using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Features.Datasets;

namespace Platform.Features.Query.Language;

/// <summary>Reading a question: top N, groups and time grains, comparisons, dates, values, measures — into a <c>Reading</c>, no SQL.</summary>
public static partial class BuiltinEngine
{
    /// <summary>"top 5", "5 highest", "bottom 3", "the three lowest".</summary>
    private static void ReadTopN(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            var word = q.Words[i];
            if (word is "top" or "bottom" or "first" or "last" && q.TagAt(i + 1) is { Kind: TagKind.Number, IsYear: false } n && n.Number >= 1 && !FirstOfATime(q, i))
            {
                r.Limit = (int)n.Number;
                r.Ranked = word is "top" or "bottom";
                r.Descending = word is "top" or "last";
                r.DirectionGiven = true;
                r.Used.Add(i + 1);
            }
            // "the first date", "the latest date", "the first year": the earliest or latest of the date or year column named next;
            // "the latest release date", "the date of the first release" of releases: the rows' own word may come between,
            // or a value picking the rows ("the earliest EUR start").
            else if ((word is "first" or "last" || word is "earliest" or "latest" or "oldest" or "newest" && q.TagAt(i) is { Kind: TagKind.Keyword })
                     && OrderedBy(q, i) is { Kind: TagKind.Column, Column: { } dated } && (dated.Kind == ColumnKind.Date || dated.IsYearNumber
                         || word is "earliest" or "latest" && Question.NamedForATime(dated)))
                r.Measures.Add(new MeasureSpec(word is "first" or "earliest" or "oldest" ? Aggregate.Min : Aggregate.Max, dated));
            // "Which Firefox version first supported Grid?": before a verb, of the one row a name picks, the order is the
            // verb's own (the version that first did it); there is nothing to rank.
            else if (word is "first" && Lexicon.Shared is { Available: true } lexicon && lexicon.BaseForms(q.Word(i + 1), PartOfSpeech.Verb).Any(b => b != q.Word(i + 1))
                     && q.Tags.Any(t => t is { Kind: TagKind.Value, Column: { } picked } && q.TellsRowsApart(picked)))
                r.Used.Add(i);
            // "When did calls first exceed 20 million?": "first" before a verb, asked when, is the earliest time the rest holds.
            else if (word is "first" && q.Words[0] == "when" && Lexicon.Shared is { Available: true } verbs && (verbs.Knows(q.Word(i + 1), PartOfSpeech.Verb) || q.Word(i + 1) is "above" or "over" or "below" or "under")
                     && q.TagAt(i + 1) is not { Kind: TagKind.Column or TagKind.Value or TagKind.Number } && TimeColumn(q, null) is { } earliest
                     && (earliest.Kind == ColumnKind.Date || earliest.IsYearNumber))
            {
                r.Measures.Add(new MeasureSpec(Aggregate.Min, earliest));
                r.Used.Add(i);
            }
            // An order without a number of rows is not read yet ("the first quarter" is a number, "the first day" of firstDay
            // a column's name; "started last" after a verb of time was read with the verb).
            else if (word is "first" or "last" && q.TagAt(i) is not { Kind: TagKind.Number or TagKind.Quarter or TagKind.Stop or TagKind.Value } && q.TagAt(i) is not ({ Kind: TagKind.Column, Length: > 1 } or { Kind: TagKind.Column, Superlative: true })
                     && !(q.TagAt(i) is { Kind: TagKind.Column, Column: { } orderNamed } && orderNamed.Name.Equals(word, StringComparison.OrdinalIgnoreCase)) && !FirstOfATime(q, i))
                r.Problems.Add($"I don't read '{q.Original[i]}' without a number of rows yet.");
            // "the 3 varieties with the highest yield": a number before what is ranked.
            else if (!r.Used.Contains(i) && q.TagAt(i) is { Kind: TagKind.Number, IsYear: false } k && k.Number >= 1 && k.Number == Math.Floor(k.Number)
                     && q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { } ranked } && (ranked.Kind == ColumnKind.Text || ranked.IsCategoryNumber || ranked.IsYearNumber)
                     && AsksForAnExtreme(q))
            {
                r.Limit = (int)k.Number;
                r.Ranked = true;
                r.Used.Add(i);
            }
            // "5 highest", unless the number already belongs to "bottom 2" ("bottom 2 maximum price": the maximum is the measure).
            else if (!r.Used.Contains(i) && q.TagAt(i) is { Kind: TagKind.Number, IsYear: false } m && m.Number >= 1 && m.Number == Math.Floor(m.Number)
                     && (MaxWords.Contains(q.Word(i + 1)) || MinWords.Contains(q.Word(i + 1)) || q.Word(i + 1) is "most" or "least" or "fewest"
                         || q.TagAt(i + 1) is { Superlative: true }))
            {
                r.Limit = (int)m.Number;
                r.Ranked = true;
                r.Descending = q.TagAt(i + 1) is { Superlative: true, Pole: var pole } && pole != 0 ? pole > 0
                    : !MinWords.Contains(q.Word(i + 1)) && q.Word(i + 1) is not ("least" or "fewest");
                r.Used.Add(i);
            }
        }
    }

    /// <summary>
    /// "countries sorted by savings rate", "in order of height", "by savings rate from highest to lowest", "from heaviest to
    /// lightest", "in descending order": the rows listed in that order, not ranked down to one nor summed.
    /// </summary>
    private static void ReadSortOrder(Question q, Reading r)
    {
        Tag? sortedBy = null;
        bool? descending = null;
        var sortSaid = false;
        var used = new List<int>();
        for (var i = 0; i < q.Words.Count; i++)
        {
            var w = q.Words[i];
            // "husband's income sorted from highest to lowest": sorted, without "by", by the column named before.
            if (w is "sorted" or "ordered" or "arranged" && q.Word(i + 1) != "by")
            {
                used.Add(i);
                sortedBy ??= Enumerable.Range(0, i).Reverse().Select(q.TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column, Superlative: false, Column.Kind: ColumnKind.Number });
                continue;
            }
            var at = w is "sorted" or "ordered" or "ranked" or "arranged" or "sort" or "order" && q.Word(i + 1) == "by" ? i + 2
                : w == "in" && q.Word(i + 1) == "order" && q.Word(i + 2) == "of" ? i + 3
                : w == "by" ? i + 1 : -1;
            if (at >= 0)
            {
                while (q.Word(at) is "the" or "their" or "its") at++;
                // "by" alone sorts by a measure; by a kind it groups ("total sales by region from highest to lowest").
                if (q.TagAt(at) is { Kind: TagKind.Column, Superlative: false } named && sortedBy is null
                    && (w != "by" || named.Column is { Kind: ColumnKind.Number, IsYearNumber: false, IsCategoryNumber: false }))
                {
                    sortedBy = named;
                    if (w != "by") sortSaid = true;
                    if (w == "ranked") descending ??= true;
                    used.AddRange(Enumerable.Range(i, at - i));
                }
                continue;
            }
            // "from highest to lowest", "from heaviest to lightest": the first end says the direction.
            if (w == "from" && q.Word(i + 2) == "to" && End(i + 1) is { } firstEnd && End(i + 3) is { } lastEnd && firstEnd != lastEnd)
            {
                descending = firstEnd > 0;
                if (q.TagAt(i + 1) is { Kind: TagKind.Column, Superlative: true, Column: not null } && sortedBy is null) sortedBy = q.TagAt(i + 1);
                used.AddRange(Enumerable.Range(i, 4));
                i += 3;
            }
            // "in descending order", "highest first".
            else if (w is "descending" or "ascending")
            {
                descending = w == "descending";
                used.Add(i);
                if (q.Word(i - 1) == "in" && q.Word(i + 1) == "order") used.AddRange([i - 1, i + 1]);
            }
            else if (q.Word(i + 1) == "first" && End(i) is { } leading && (sortedBy is not null || q.Words.Take(i).Contains("by")))
            {
                descending = leading > 0;
                used.AddRange([i, i + 1]);
            }
        }
        if (!sortSaid && descending is null) return;
        // "the 5 heaviest mammals from lightest to heaviest": ranked one way and listed the other is not read yet.
        if (r.Ranked && descending is { } listed && listed != r.Descending)
        {
            r.Problems.Add("The rows are ranked one way and listed the other; I can't read both yet.");
            return;
        }
        // "total sales by region from highest to lowest": the groups' order.
        if (sortedBy is null && !sortSaid && descending is { } groupsDescending && q.Words.Any(GroupWords.Contains))
        {
            r.Descending = groupsDescending;
            r.DirectionGiven = true;
            foreach (var k in used) r.Used.Add(k);
            return;
        }
        if (sortedBy?.Column is not { } column)
        {
            r.Problems.Add("I can't tell what the rows are to be sorted by.");
            return;
        }
        // "by savings rate" alone groups or ranks as before; with an order said, it sorts.
        r.OrderBy = column;
        r.Descending = descending ?? false;
        r.DirectionGiven = true;
        foreach (var k in used) r.Used.Add(k);

        int? End(int k) => MaxWords.Contains(q.Word(k)) ? 1 : MinWords.Contains(q.Word(k)) ? -1
            : q.TagAt(k) is { Kind: TagKind.Column, Superlative: true, Pole: not 0 and var pole } ? pole : null;
    }

    /// <summary>"scats" of carnivore-scat, whose rows share labels: the table's own word names each row, not what a count column counts.</summary>
    private static bool IsEachOfTheRowsSharingLabels(Question q, Tag tag) =>
        q.Table.RowsShareLabels && tag.Kind == TagKind.TableWord && Words.Singular(q.Word(tag.Start)) == q.Table.HeadNoun;

    private static bool OnAverage(Question q) => q.Words.Where((w, i) => w == "average" && q.Word(i - 1) == "on").Any();

    /// <summary>A superlative anywhere in the question ("most", "highest", "heaviest"), not "at least" or "at most" of a comparison.</summary>
    private static bool AsksForAnExtreme(Question q) =>
        q.Words.Where((w, i) => (MaxWords.Contains(w) || MinWords.Contains(w) || MostWords.Contains(w) || LeastWords.Contains(w)) && !(w is "least" or "most" && q.Word(i - 1) == "at")).Any()
        || q.Tags.Any(t => t.Superlative);

    /// <summary>"by X", "per X", "for each X", "every X", "yearly", "which X …".</summary>
    private static void ReadGroups(Question q, Reading r)
    {
        foreach (var compared in q.Tags.Where(t => t is { Kind: TagKind.Stop, Column: not null, Reading: { } reading } && reading.StartsWith(Question.ComparesReading, StringComparison.Ordinal)).Distinct())
            AddGroup(r, compared!.Column!, Grain.None);
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
                "hourly" => Grain.Hour,
                _ => Grain.None,
            };
            // "the average monthly charge" of monthly_charges: a word of a column's name, not a grain.
            if (q.TagAt(i) is { Kind: TagKind.Column }) grainWord = Grain.None;
            // "the highest hourly wage", "average hourly earnings" of a table with no time at all: a payment or what one earns is
            // had by the hour or year (as precipitation falls within a period), so the word says what the column already is;
            // counts of events ("yearly deaths") still need a time to be added up by.
            if (grainWord != Grain.None && !q.Table.Columns.Any(c => c.Kind == ColumnKind.Date || c.IsYearNumber)
                && q.TagAt(i + 1) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number } && Lexicon.Shared is { Available: true } paid
                && (Senses.IsAKindOf(Words.Singular(q.Word(i + 1)), "payment", paid, 4) || Senses.NamesAPossession(q.Word(i + 1), paid)
                    // "the average annual precipitation": a quantity WordNet defines over a period of time.
                    || Senses.IsOverAPeriod(q.Word(i + 1), paid)))
            {
                r.Used.Add(i);
                continue;
            }
            // Each row a day of a date kept as numbers: "maximum daily births" is over the rows; so is "the highest hourly
            // temperature" where each row is an hour.
            if (grainWord == Grain.Day && q.Table.DailyRowsOfNumbers && TimeColumn(q, "day") is null || grainWord == Grain.Hour && q.Table.HourlyRows)
            {
                r.Used.Add(i);
                continue;
            }
            if (grainWord != Grain.None && (AverageWords.Contains(q.Word(i - 1)) || MaxWords.Contains(q.Word(i - 1)) || MinWords.Contains(q.Word(i - 1)) || q.Word(i - 1) == "median"))
            {
                // "average yearly deaths", "the highest monthly rainfall": an average or extreme of totals per year or month,
                // not the average within each.
                if (TimeColumn(q, GrainNoun(grainWord)) is { } per) r.TotalsPer = Totals(per, grainWord);
                else r.Problems.Add($"'{q.Original[i]}' needs a date column, and {q.Table.Name} has none I can read as dates.");
                continue;
            }
            // "the most deaths in a single year": the largest yearly total; where each row is a day, "on a single day" is a row.
            if (word == "single" && GrainOf(q.Word(i + 1)) is var single and not Grain.None)
            {
                if (TimeColumn(q, q.Word(i + 1)) is { } per) r.TotalsPer = Totals(per, single);
                else if (!(single == Grain.Day && q.Table.DailyRowsOfNumbers))
                    r.Problems.Add($"'{q.Original[i]} {q.Original[i + 1]}' needs a date column, and {q.Table.Name} has none I can read as dates.");
                continue;
            }
            if (grainWord != Grain.None)
            {
                if (TimeColumn(q, GrainNoun(grainWord)) is { } timeColumn) AddGroup(r, timeColumn, grainWord);
                else r.Problems.Add($"'{q.Original[i]}' needs a date column, and {q.Table.Name} has none I can read as dates.");
                continue;
            }
            // "per" in "miles per gallon" is part of a column's name; "supported by Safari" says who does it.
            if (!GroupWords.Contains(word) && !(word == "over" && q.Word(i + 1) == "time") || q.TagAt(i) is { Kind: TagKind.Column } || r.Used.Contains(i)
                || q.TagAt(i - 1) is { Reading: Question.DoneByReading }
                // "packs per capita": a measure per person, no group.
                || word == "per" && q.Word(i + 1) == "capita"
                // "rounds per minute": the unit a rate is over.
                || word == "per" && q.TagAt(i) is { Kind: TagKind.Stop, Reading: { } rateOver } && rateOver.StartsWith(Question.RateOverReading, StringComparison.Ordinal)
                // "taught by tenured instructors": an adjective picking rows after "by" says who did it, not how to group.
                || word == "by" && q.TagAt(i + 1) is { Kind: TagKind.Column, Predicate: true } who && q.Word(who.Start + who.Length) is { Length: > 0 } doer
                    && Words.Singular(doer) != doer
                // "weeks worked by African American mothers": a yes-or-no column before the rows' word says which of them did it.
                || word == "by" && q.TagAt(i + 1) is { Kind: TagKind.Column, Column.IsFlag: true } picking && q.TagAt(picking.Start + picking.Length) is { Kind: TagKind.TableWord }
                // "claims were made by drivers under 25": after a verb in the passive, "by" names who did it, the rows.
                || word == "by" && q.TagAt(i + 1) is { Kind: TagKind.TableWord } && q.PassiveBefore(i)
                // "raised by mothers of genotype I": "by" a column the question holds to one value names who did it; there is one group.
                || word == "by" && q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { } agent } && q.Tags.Distinct().Count(t => t is { Kind: TagKind.Value } && t.Column == agent) == 1) continue;
            // "the claim rate per policyholder", "claims per holder": one count's total over another's, not a group.
            if (word == "per" && CountOverCount(q, i) is var (dividend, divisor))
            {
                r.Measures.Add(new MeasureSpec(Aggregate.Ratio, dividend, Per: divisor));
                continue;
            }
            var next = i + 1;
            // "by survey year": the table's own word before a column only says whose the column is.
            while (q.Word(next) is "the" or "a" or "each" or "every" or "single" || q.TagAt(next) is { Reading: Question.RowsOwnReading }
                || q.TagAt(next) is { Kind: TagKind.TableWord, Length: 1 } && q.TagAt(next + 1) is { Kind: TagKind.Column, Start: var owned } && owned == next + 1) next++;
            // "the average number of icons per set": an average per row is the average over the rows; "the highest number of
            // depredations per farm", the extreme over them.
            if (word is "by" or "per" && q.TagAt(next) is { Kind: TagKind.TableWord }
                && !(word == "per" && q.Words.Any(w => AverageWords.Contains(w) || MaxWords.Contains(w) || MinWords.Contains(w))))
                r.Problems.Add($"'{word} {q.Original[next]}' names the dataset, not a column to group by.");
            if (q.TagAt(next) is { Kind: TagKind.Stop } && Question.SortWords.Contains(Words.Singular(q.Word(next))) && q.Word(next + 1) == "of" || q.IsTimeUnitOf(next)) next += 2;
            if (word == "over")
            {
                // A series with one row per moment (the S&P 500 by month) is shown as it is; many rows per moment, by year.
                if (TimeColumn(q, null) is { } overTime)
                    AddGroup(r, overTime, overTime.IsYearNumber || overTime.Kind == ColumnKind.Date && overTime.Profile.DistinctCount == q.Table.RowCount && q.Table.RowCount <= 1000 ? Grain.None : Grain.Year);
                continue;
            }
            // "by location and year": each "and" after a group adds one.
            while (true)
            {
                var width = 1;
                // "by number of cylinders": the column is the group, its values the numbers; "by number of channels" where
                // channels are taken for the rows groups by nothing, unless it ranks what is named before ("origins by number
                // of flights").
                if (q.Word(next) is "number" or "count" && q.Word(next + 1) == "of" && q.TagAt(next + 2) is { Kind: TagKind.TableWord }
                    && !q.Tags.Take(i).Any(t => t is { Kind: TagKind.Column or TagKind.TableWord, Column.Kind: not ColumnKind.Number }) && r.Limit is null)
                {
                    r.Problems.Add($"'{q.Original[i]} {q.Original[next]} of {q.Original[next + 2]}' names no column to group by in {q.Table.Name}.");
                    break;
                }
                var counted = q.Word(next) is "number" or "count" && q.Word(next + 1) == "of" && q.TagAt(next + 2) is { Kind: TagKind.Column };
                if (counted)
                {
                    r.Used.Add(next);
                    next += 2;
                }
                if (q.TagAt(next) is { Kind: TagKind.Column } tag && tag.Column is { } column)
                {
                    width = tag.Length;
                    if (word == "per" && column is { Kind: ColumnKind.Text, IsFlag: false } && q.Words.Any(AverageWords.Contains))
                    {
                        // "the average number of properties per role" of a role on each row: an average per row is the average
                        // over the rows, as after the table's own word.
                        if (q.TellsRowsApart(column))
                        {
                            r.Counted.Add(column);
                            break;
                        }
                        // "the average number of aliases per codec": the average of each codec's count.
                        if (q.Words.Where((w, j) => j < i && AverageWords.Contains(w) && q.Word(j + 1) == "number" && q.Word(j + 2) == "of" && q.TagAt(j + 1) is not { Kind: TagKind.Column }).Any())
                        {
                            r.TotalsPer = new GroupSpec(column, Grain.None);
                            break;
                        }
                    }
                    // "the highest expenditure per student" of a count of students: per one of the things a column counts is a rate,
                    // the measure over that count or the measure as it already is, not a group of rows with as many students.
                    if (word == "per" && !counted && column is { Kind: ColumnKind.Number, IsYearNumber: false, IsCategoryNumber: false } && tag.Length == 1
                        && Words.Singular(column.Name.ToLowerInvariant()) is var one && one != column.Name.ToLowerInvariant() && q.Word(next) == one)
                    {
                        r.Problems.Add($"{column.Name} counts them; I can't tell whether '{q.Original[i]} {q.Original[next]}' divides by {column.Name} or says what the measure already is.");
                        break;
                    }
                    // "the average number of articles by the mentor" of a mentor's count of articles: "by the" before a measure of
                    // many values says whose they are more likely than it groups by each of them.
                    if (word == "by" && q.Word(i + 1) == "the" && !counted && column is { Kind: ColumnKind.Number, IsYearNumber: false, IsCategoryNumber: false }
                        && column.Profile.DistinctCount > 20 && r.Limit is null && !r.Ranked)
                    {
                        r.Problems.Add($"I can't tell whether 'by the {q.Original[next]}' groups the rows by each {column.Name} or says whose they are.");
                        break;
                    }
                    // "top 5 countries by population" orders by a measure (of 20 countries' GDPs, a few whole numbers each on one
                    // row: no kinds); "per age", "each age", and "by" with nothing to rank group by it.
                    if (column.Kind == ColumnKind.Number && !column.IsYearNumber && (!column.IsCategoryNumber || column.Profile.DistinctCount >= q.Table.RowCount)
                        && !counted && word == "by" && (r.Limit is not null || r.Ranked)) r.OrderBy = column;
                    // "List the disciplines by number of applications": the rows a column names one by one, listed, are ordered
                    // by a measure (most first), however few its values in a small table.
                    else if (column is { Kind: ColumnKind.Number, IsYearNumber: false } && word == "by" && q.Words[0] is "list" or "rank" or "sort" or "order"
                             && q.TagAt(i - 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } listed } && q.TellsRowsApart(listed))
                    {
                        r.OrderBy = column;
                        if (!r.DirectionGiven) r.Descending = true;
                    }
                    else AddGroup(r, column, column.Kind == ColumnKind.Date ? GrainAfter(q, next + tag.Length) : Grain.None);
                }
                else if (GrainOf(q.Word(next)) is var grain and not Grain.None && TimeColumn(q, q.Word(next)) is { } time && q.TagAt(next) is not { Reading: Question.RowAYearReading })
                {
                    // "by day of the week": the day's name.
                    if (grain == Grain.Day && q.Word(next + 1) == "of" && (q.Word(next + 2) == "week" || q.Word(next + 2) == "the" && q.Word(next + 3) == "week"))
                    {
                        grain = Grain.Weekday;
                        width = q.Word(next + 2) == "week" ? 3 : 4;
                    }
                    AddGroup(r, time, time.IsYearNumber && grain != Grain.Decade ? Grain.None : grain);
                }
                else if (GrainOf(q.Word(next)) == Grain.Day && q.Table.DailyRowsOfNumbers && TimeColumn(q, q.Word(next)) is null
                         || q.TagAt(next) is { Reading: Question.RowAYearReading })
                    r.Used.Add(next);
                else
                {
                    if (GrainOf(q.Word(next)) != Grain.None)
                        r.Problems.Add($"'{word} {q.Original[next]}' needs a date column, and {q.Table.Name} has none I can read as dates.");
                    else if (Words.Singular(q.Word(next)) is "century" or "minute" or "season" or "weekend")
                        r.Problems.Add($"I don't group by {Words.Singular(q.Word(next))} yet.");
                    break;
                }
                if (q.Word(next + width) != "and") break;
                next += width + 1;
                while (q.Word(next) is "the" or "a" or "by" or "per") next++;
            }
        }

        // "Which X has the most …", "what X had the highest …": X is grouped, one answer; so is the column of people of
        // "who designed the most …".
        for (var i = 0; i < q.Words.Count; i++)
        {
            // "the tallest boy" of boys numbered by Subject: the superlative asks which, as "which boy was the tallest" does.
            var rankedThing = q.TagAt(i) is { Superlative: true, Length: 1 } && q.TagAt(i + 1) is { Kind: TagKind.Column, Length: 1 } thing && q.NumbersThings(thing);
            if (!(q.Words[i] is "which" or "what" || i == 0 && q.Words[i] == "who" && q.TagAt(1) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Text }
                || i == 0 && q.Words[i] == "the" && DescribedLabel(q) || rankedThing)) continue;
            var next = i + 1;
            while (q.Word(next) is "the" or "a" || q.TagAt(next) is { Reading: Question.RowsOwnReading }) next++;
            if (q.TagAt(next) is { Kind: TagKind.Number, IsYear: false } count && count.Number >= 1)
            {
                r.Limit = (int)count.Number;
                r.Used.Add(next);
                next++;
            }
            // "Which girl had the smallest distance?" of children measured at each age, a girl being Sex = Female: the one
            // person, by their id, among those the value keeps.
            if (q.TagAt(next) is { Kind: TagKind.Value, Length: 1 } personKind && AsksForAnExtreme(q) && Lexicon.Shared is { Available: true } kinds
                && Senses.NamesAPerson(Words.Singular(q.Word(personKind.Start)), kinds) && PersonMeasuredOverTime(q.Table) is { } person)
            {
                AddGroup(r, person, Grain.None);
                r.Ranked = true;
                r.Limit ??= 1;
                continue;
            }
            next = PastPickingValue(q, next);
            // "Which permeability has the highest average area?" of 12 permeabilities over 48 samples: a number each value of which
            // is repeated is grouped like a category when another is averaged or added up over its rows.
            if (q.TagAt(next) is { Kind: TagKind.Column, Column: { } column } && (column.Kind is ColumnKind.Text or ColumnKind.Date or ColumnKind.Boolean || column.IsYearNumber || column.IsCategoryNumber
                    // So is a whole number of more values, each on two rows or more ("Which brood had the most ticks in total?",
                    // "Which school has the most students?" of a row per student).
                    || column is { Kind: ColumnKind.Number, Profile.DistinctCount: > 1 } && (column.Profile.DistinctCount <= 20 || ColumnTypes.IsInteger(column.Type))
                        && column.Profile.DistinctCount * 2 <= q.Table.RowCount
                        && (q.Words.Skip(next + 1).Any(w => AverageWords.Contains(w) || SumWords.Contains(w) || w == "median") && AsksForAnExtreme(q)
                            || Enumerable.Range(next + 1, Math.Max(0, q.Words.Count - next - 1)).Any(j => q.Words[j] is "most" or "fewest" or "least" && q.Word(j - 1) != "at"
                                && q.TagAt(j + 1) is { Kind: TagKind.TableWord }))
                    // "Which department has the highest rating?" of departments numbered 1 to 30, one a row: the row ranked first.
                    || NumbersRowsApart(q.Table, column) && RowRanking(q, next + 1) is { } rankedByNumber && rankedByNumber.Measured != column
                    // "Which boy was the tallest?" of boys numbered by Subject, each on several rows; "Which fish was seen at the
                    // most stations?" of fish numbered 4842 to 4865.
                    || q.NumbersThings(q.TagAt(next)!)))
            {
                var picked = q.TagAt(next)!.Column!;
                var superlative = AsksForAnExtreme(q);
                // "Which seed grew the tallest tree?" of trees' rows: the seed of the one row ranked first, not the seed whose
                // trees are tallest on average.
                // "Which county has the largest population?" of midwest, where a state makes each county's name one per row
                // (four states have an ADAMS): the rows ranked, not two ADAMS counties added up; so are "Which city gets the
                // most rain?" of cities named once but for two Portlands, each with its own rain, and no time to repeat over.
                if (superlative && (q.Tags.Any(t => t is { Kind: TagKind.TableWord, Rows: true } && q.TagAt(t.Start - 1) is { Superlative: true }
                        && Words.Singular(q.Word(t.Start)) == q.Word(t.Start)) || q.Table.NamedWithin?.Contains(picked.Name) == true || NamesThingsApart(q.Table, picked)
                        || NumbersRowsApart(q.Table, picked))
                    && RowRanking(q, next + 1) is var (extremeAt, measured, descending))
                {
                    r.Shown.Add(picked);
                    r.OrderBy = measured;
                    r.Descending = descending;
                    r.Used.Add(extremeAt);
                    r.Limit ??= 1;
                }
                else if (superlative)
                {
                    AddGroup(r, picked, Grain.None);
                    // "in which year and quarter": both, together.
                    if (q.Word(next + 1) == "and" && q.TagAt(next + 2) is { Kind: TagKind.Column, Column: { } also }
                        && (also.Kind is ColumnKind.Text or ColumnKind.Date or ColumnKind.Boolean || also.IsYearNumber || also.IsCategoryNumber))
                        AddGroup(r, also, Grain.None);
                    r.Ranked = true;
                    r.Limit ??= 1;
                }
                else if (!r.Groups.Any(g => g.Column == picked)) r.DistinctList = q.Words.Skip(next + 1).Take(3).Any(w => w is "are" or "exist" or "appear" or "there");
            }
            // "Which pizza had the most orders": the table's own word, where its rows repeat each pizza's name (one row a
            // pizza a day), is that name.
            else if (q.TagAt(next) is { Kind: TagKind.TableWord, Reading: null } && RepeatedName(q.Table) is { } named
                     && AsksForAnExtreme(q))
            {
                // "Which function has the most parameters" of a function's overloads: names repeated with no time to repeat
                // over may be one thing's rows to add up or variants to rank one by one.
                if (!q.Table.Columns.Any(c => c.Kind == ColumnKind.Date || c.IsYearNumber) && q.Tags.Any(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number }))
                    r.Problems.Add($"{named.Name} repeats over rows that are not times; I can't tell whether to add up each {named.Name}'s rows or rank the rows one by one.");
                AddGroup(r, named, Grain.None);
                r.Ranked = true;
                r.Limit ??= 1;
            }
            else if (GrainOf(q.Word(next)) is var grain and not Grain.None && TimeColumn(q, q.Word(next)) is { } time
                     && AsksForAnExtreme(q))
            {
                AddGroup(r, time, time.IsYearNumber ? Grain.None : grain);
                r.Ranked = true;
                r.Limit ??= 1;
            }
            // "What was the driest month?", as "which month was the driest": the time asked for after the extreme (a day of
            // daily rows is the row itself, read as when).
            else if (q.Word(next) is "was" or "is" or "were" && q.Word(next + 1) == "the" && q.TagAt(next + 2) is { Superlative: true } extremeTag
                     && q.Word(next + 2 + extremeTag.Length) is var unit && GrainOf(unit) is var afterGrain and not (Grain.None or Grain.Day)
                     && TimeColumn(q, unit) is { } afterTime)
            {
                AddGroup(r, afterTime, afterTime.IsYearNumber ? Grain.None : afterGrain);
                r.Ranked = true;
                r.Limit ??= 1;
            }
            // "Which month had the highest value?" of months kept as text: the month asked for cannot be read.
            else if (GrainOf(q.Word(next)) != Grain.None && q.TagAt(next) is not { Kind: TagKind.Column } && TimeColumn(q, q.Word(next)) is null && AsksForAnExtreme(q))
                r.Problems.Add($"'{q.Original[next]}' needs a date column, and {q.Table.Name} has none I can read as dates.");
        }
        if (q.Words.Count > 0 && q.Words[0] == "when") r.When = true;
        // "When was each package installed?" of a table with no dates or years, where no column is named but the rows' or a
        // measure's ("first sold": a price): no time to answer with ("When was Sikkim withdrawn?" names one holding it as text).
        if (r.When && !q.Table.Columns.Any(c => c.Kind == ColumnKind.Date || c.HoldsYears || c.IsYearNumber)
            && q.Tags.All(t => t is not { Kind: TagKind.Column } || t.Column!.Kind == ColumnKind.Number || q.Table.NameWords.Contains(Words.Singular(q.Word(t.Start + t.Length - 1)))))
            r.Problems.Add($"'{q.Original[0]}' asks for a time, and {q.Table.Name} holds no dates or years.");

        // "the most common type of weather", "the least common island": the column after is grouped, its rows counted; so is
        // the one asked for before "most often".
        for (var i = 0; i + 1 < q.Words.Count; i++)
        {
            // "won the most times" is as often, said at the end.
            if (q.Words[i] is not ("most" or "least") || q.Words[i + 1] is not ("common" or "frequent" or "popular" or "often" or "frequently")
                && !(q.Words[i + 1] == "times" && i + 2 == q.Words.Count)) continue;
            // "most common among ES module packages": a yes-or-no column before the rows' word only picks them.
            var tag = Enumerable.Range(i + 2, 4).Select(q.TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column }
                    && !(t.Column!.IsFlag && q.TagAt(t.Start + t.Length) is { Kind: TagKind.TableWord }))
                ?? (q.Words.Take(i).Any(w => w is "which" or "what") ? Enumerable.Range(0, i).Select(q.TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column }) : null);
            if (tag?.Column is not { } column) continue;
            // A measure with a few dozen values ("the most common direction") has a mode; one with many ("the most common
            // price") has none worth telling; "the most common number of cylinders" names its values.
            if (column is { Kind: ColumnKind.Number, IsYearNumber: false, IsCategoryNumber: false } && q.Word(tag.Start - 2) != "number" && column.Profile.DistinctCount > MaxModeValues)
            {
                r.Problems.Add($"{column.Name} has {column.Profile.DistinctCount:N0} different values: too many for one to be the {q.Words[i]} common.");
                continue;
            }
            AddGroup(r, column, Grain.None);
            r.Measures.Add(new MeasureSpec(Aggregate.Count, null));
            // Empty cells are no value, let alone the most common one.
            if (column.HasEmptyCells) r.Filters.Add(new Filter(column, FilterPart.Value, "is not null", [], $"{column.Name} is not empty"));
            r.Ranked = true;
            r.Descending = q.Words[i] == "most";
            r.DirectionGiven = true;
            r.Limit ??= 1;
        }

        // "the most populous country", "the richest region": a superlative adjective before a label-like column ranks its groups;
        // "the driest city" of cities named once but for two Portlands ranks the rows.
        for (var i = 0; i + 1 < q.Words.Count; i++)
            if (q.TagAt(i) is { Superlative: true } degree && q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { } ranked } && (ranked.Kind == ColumnKind.Text || ranked.IsYearNumber)
                && r.Groups.Count == 0)
            {
                if (degree is { OfLength: false, Pole: not 0, Column: { Kind: ColumnKind.Number } measured } && NamesThingsApart(q.Table, ranked))
                {
                    r.Shown.Add(ranked);
                    r.OrderBy = measured;
                    r.Descending = degree.Pole > 0;
                    r.Used.Add(i);
                }
                else
                {
                    AddGroup(r, ranked, Grain.None);
                    r.Ranked = true;
                }
                r.Limit ??= 1;
            }

        // "top 5 countries by population", "the 3 states with the most airports": the noun after N is grouped.
        if (r.Limit is not null && r.Ranked && r.Groups.Count == 0)
        {
            var n = Array.FindIndex(q.Tags, t => t.Kind == TagKind.Number && r.Used.Contains(t.Start));
            for (var j = n + 1; n >= 0 && j <= Math.Min(q.Words.Count - 1, n + 3); j++)
                if (q.TagAt(j) is { Kind: TagKind.Column, Column: { } c } && (c.Kind is ColumnKind.Text or ColumnKind.Date || c.IsYearNumber || c.IsCategoryNumber))
                {
                    // "the top 5 wettest cities", rows ranked above: shown, not grouped.
                    if (!r.Shown.Contains(c)) AddGroup(r, c, Grain.None);
                    break;
                }
        }
    }

    private static void AddGroup(Reading r, LanguageColumn column, Grain grain)
    {
        if (grain == Grain.Hour && !column.Type.StartsWith("TIMESTAMP", StringComparison.Ordinal))
        {
            r.Problems.Add($"{column.Name} holds dates without a time of day, so it has no hours.");
            return;
        }
        // A year number, or a date column that is itself called "year" (one date per year): grouped as it is.
        if (column.IsYearNumber && grain == Grain.Weekday)
        {
            r.Problems.Add($"{column.Name} holds years, so it has no days of the week.");
            return;
        }
        if (column.IsYearNumber && grain != Grain.Decade || grain == Grain.Year && Words.NameWords(column.Name) is ["year"]) grain = Grain.None;
        if (!r.Groups.Any(g => g.Column == column && g.Grain == grain)) r.Groups.Add(new GroupSpec(column, grain));
    }

    private static string GrainNoun(Grain grain) => grain.ToString().ToLowerInvariant();

    /// <summary>The time group totals are taken per: a year number is its own year.</summary>
    private static GroupSpec Totals(LanguageColumn column, Grain grain) => new(column, column.IsYearNumber ? Grain.None : grain);

    private static Grain GrainOf(string word) => Words.Singular(word) switch
    {
        "year" or "yr" => Grain.Year,
        "quarter" => Grain.Quarter,
        "month" => Grain.Month,
        "week" => Grain.Week,
        "day" or "date" => Grain.Day,
        "hour" => Grain.Hour,
        "weekday" => Grain.Weekday,
        "decade" => Grain.Decade,
        _ => Grain.None,
    };

    private static Grain GrainAfter(Question q, int i) => q.Word(i) is "by" or "per" ? GrainOf(q.Word(i + 1)) : Grain.None;

    /// <summary>
    /// The column time words refer to: the year number column for "year", else the date column the question names, else
    /// the only one, else the year number for a year or a decade. Of several year numbers (budgetYear, forecastYear) none
    /// is taken unless it is named.
    /// </summary>
    private static LanguageColumn? TimeColumn(Question q, string? grainWord)
    {
        var years = q.Table.Columns.Where(c => c.IsYearNumber).ToList();
        var year = years.Count == 1 ? years[0] : null;
        if (grainWord is not null && GrainOf(grainWord) == Grain.Year && year is not null) return year;
        var mentioned = q.Tags.Where(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Date }).Select(t => t.Column!).Distinct().ToList();
        if (mentioned.Count == 1) return mentioned[0];
        var dates = q.Table.Columns.Where(c => c.Kind == ColumnKind.Date).ToList();
        if (dates.Count == 1) return dates[0];
        // "died before 1900", "took office after 1900" of several columns of years: the one the question names whole.
        if (year is null && dates.Count == 0 && q.Tags.Where(t => t is { Kind: TagKind.Column, Column.IsYearNumber: true } && t.Length == Words.NameWords(t.Column!.Name).Count)
                .Select(t => t.Column!).Distinct().ToList() is [var named]
            && (grainWord is null || GrainOf(grainWord) is Grain.Year or Grain.Decade)) return named;
        // A year number stands for years and decades, never for days or months ("births per day" of year, month, day columns).
        return grainWord is null || GrainOf(grainWord) is Grain.Year or Grain.Decade ? year : null;
    }

    /// <summary>
    /// "the message for 418", "What does status 404 mean?": a whole number nothing else took, of a table whose rows each
    /// have their own whole number in one column (a code, an id), is a row's number there. A year where the table has
    /// times is left to them.
    /// </summary>
    private static void ReadKeys(Question q, Reading r)
    {
        if (q.Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && ColumnTypes.IsInteger(c.Type) && c.Profile.NullCount == 0
                && c.Profile.DistinctCount >= 0.95 * q.Table.RowCount && q.Table.RowCount > 1).ToList() is not [var key]
            || !long.TryParse(key.Profile.Min, out var min) || !long.TryParse(key.Profile.Max, out var max)) return;
        for (var i = 0; i < q.Words.Count; i++)
            if (q.TagAt(i) is { Kind: TagKind.Number, Column: null } n && !r.Used.Contains(i) && n.Number == Math.Floor(n.Number) && n.Number >= min && n.Number <= max
                && !(n.IsYear && TimeColumn(q, "year") is not null)
                // "the 5 pokemon with the highest attack": a number of things, not a key.
                && q.TagAt(i + 1) is not { Kind: TagKind.Column or TagKind.TableWord or TagKind.Value } && q.Word(i - 1) is not ("top" or "bottom" or "first" or "last")
                // "a light level of 15": a number of something the question names and no column holds.
                && !(q.Word(i - 1) == "of" && q.TagAt(i - 2) is null or { Kind: TagKind.Stop or TagKind.Unknown }))
            {
                r.Filters.Add(new Filter(key, FilterPart.Value, "=", [(long)n.Number], $"{key.Name} is {n.Number}"));
                r.Used.Add(i);
            }
    }

    /// <summary>
    /// "What does 404 mean?", "What does CET stand for?": the one text column that says what the rows picked are (the
    /// one text column left, else the one whose name says it describes); without one, it is not clear.
    /// </summary>
    private static void ReadMeaning(Question q, Reading r)
    {
        // "What character does the entity hearts stand for?": the column asked for says it.
        if (!q.AsksMeaning || q.Words[0] is "what" or "which" && q.TagAt(1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } asked } && !r.Filters.Any(f => f.Column == asked)) return;
        var others = q.Table.Columns.Where(c => c.Kind == ColumnKind.Text && !r.Filters.Any(f => f.Column == c)).ToList();
        var describing = others.Where(c => Words.NameWords(c.Name).Any(w => w is "description" or "meaning" or "message" or "name" or "title" or "definition" or "label")).ToList();
        if (r.Filters.Count > 0 && (others is [var only] ? only : describing is [var described] ? described : null) is { } meant) r.Shown.Add(meant);
        else r.Problems.Add("I don't see which column says what it means.");
    }

    /// <summary>"names longer than 20 characters", "titles with at most 5 letters": the length of a text compared.</summary>
    private static void ReadTextLengths(Question q, Reading r)
    {
        foreach (var characters in q.Tags.Where(t => t is { Kind: TagKind.Stop, OfLength: true, Column: not null }).Distinct())
        {
            var at = characters.Start - 1;
            if (r.Used.Contains(at) || q.TagAt(at) is not { Kind: TagKind.Number } number || number.Number != Math.Floor(number.Number) || number.Number < 0) continue;
            var (op, said) = q.Word(at - 1) == "than" && q.Word(at - 2) is "longer" or "shorter" ? (q.Word(at - 2) == "longer" ? ">" : "<", at - 2) : ("=", at);
            for (var j = at - 1; j >= Math.Max(0, at - 3) && said == at; j--)
                if (Comparator(q, j) is ({ } o and not "between", var width) && j + width == at) (op, said) = (o, j);
            var text = characters.Column!;
            var count = number.Number.ToString(CultureInfo.InvariantCulture);
            r.Filters.Add(new Filter(text, FilterPart.Length, op, [number.Number],
                $"{text.Name} is {op switch { ">" => $"longer than {count} characters", "<" => $"shorter than {count} characters", ">=" => $"at least {count} characters long", "<=" => $"at most {count} characters long", _ => $"{count} characters long" }}"));
            for (var j = said; j <= characters.Start; j++) r.Used.Add(j);
        }
    }

    /// <summary>
    /// "Which languages have more than 8 periods?", "How many origins have over 100 cars?": the groups of a column held to a
    /// count of their rows (the table's word) or of the different values of another text column, as SQL's HAVING; "more
    /// than one script" of a column of lists: the length of each row's list.
    /// </summary>
    private static void ReadHeldCounts(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            if (q.TagAt(i) is not { Kind: TagKind.Number, IsYear: false } number || number.Number != Math.Floor(number.Number) || number.Number < 0 || r.Used.Contains(i)) continue;
            var (op, said) = ("=", i);
            for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
                if (Comparator(q, j) is ({ } o and not "between", var width) && j + width == i && q.TagAt(j) is not { Kind: TagKind.Column }) (op, said) = (o, j);
            // "fly to more than 50 destinations": past the preposition, to the verb.
            var verb = q.Word(said - 1) == "to" ? said - 2 : said - 1;
            if (!Question.HoldingWords.Contains(q.Word(verb)) && q.TagAt(verb) is not { Reading: Question.HoldsReading }
                && !(q.TagAt(verb) is { Kind: TagKind.Stop } && q.TagAt(verb - 1) is { Kind: TagKind.Column } && Lexicon.Shared is { Available: true } verbs && verbs.Knows(q.Word(verb), PartOfSpeech.Verb))) continue;
            said = verb + 1;
            var countedAt = i + number.Length + (q.Word(i + number.Length) is "different" or "distinct" or "separate" ? 1 : 0);
            if (q.TagAt(countedAt) is not { } counted || counted.Start != countedAt) continue;
            var countedWord = q.Word(countedAt + counted.Length - 1);
            if (number.Number != 1 && counted.Kind != TagKind.TableWord && Words.Singular(countedWord) == countedWord) continue;
            // "languages that have one category" of plural categories named "one", "two", …: the count or the value, not clear.
            if (counted.Column is { } named && named.Values.ContainsKey(q.Word(i))) continue;
            var text = $"{op switch { ">" => "more than ", "<" => "fewer than ", ">=" => "at least ", "<=" => "at most ", _ => "" }}{number.Number.ToString(CultureInfo.InvariantCulture)}";
            if (counted is { Kind: TagKind.Column, Column: { HoldsLists: true } list })
                r.Filters.Add(new Filter(list, FilterPart.Items, op, [number.Number], $"{list.Name} lists {text} items"));
            else
            {
                if (q.TagAt(said - 2) is not { Kind: TagKind.Column, Column: { IsFlag: false } of } || of.Kind != ColumnKind.Text && !of.IsCategoryNumber) continue;
                if (counted is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, IsFlag: false } values } && values != of) r.Held = new HeldCount(of, values, op, number.Number, $"{text} different {values.Name} values");
                else if (counted.Kind == TagKind.TableWord) r.Held = new HeldCount(of, null, op, number.Number, $"{text} rows");
                else continue;
            }
            for (var j = said; j < countedAt + counted.Length; j++) r.Used.Add(j);
            return;
        }
    }

    /// <summary>"more than 150", "above 30", "at least 10", "under 5", "between 10 and 20", "equal to 3".</summary>
    private static void ReadComparisons(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            if (ColumnsCompared(q, i) is var (first, second, than))
            {
                r.Filters.Add(new Filter(first, FilterPart.Value, than, [second], $"{first.Name} {than} {second.Name}"));
                continue;
            }
            // "more horsepower than the average": compared with what the engine does not read, not answered without it.
            if (q.Word(i) is "more" or "less" or "fewer" && q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } measured } named
                && q.Word(i + 1 + named.Length) == "than" && q.TagAt(i + 2 + named.Length) is not { Kind: TagKind.Number })
                r.Problems.Add($"I can't tell what {measured.Name} is compared with.");
            var (op, width) = Comparator(q, i);
            if (op is null) continue;
            var at = i + width;
            // "higher than the average price" and the like: a comparison with something other than a number or a column of
            // numbers is not answered as if it were not there.
            if (q.Word(at - 1) == "than" && q.TagAt(q.Word(at) == "the" ? at + 1 : at) is { Kind: TagKind.Column, Column: { } compared })
                r.Problems.Add($"I can't tell what '{string.Join(' ', q.Original.Skip(i).Take(width + 1))}' compares {compared.Name} with.");
            if (q.TagAt(at) is not { Kind: TagKind.Number } number || r.Used.Contains(at)) continue;
            if (number.IsYear && op == "between" && TimeColumn(q, "year") is not null) continue;
            var column = q.TagAt(i) is { Kind: TagKind.Column, Column: { IsCategoryNumber: true } category } ? category
                : q.TagAt(i) is { Kind: TagKind.Column, Pole: not 0, Column: { } degree } ? degree
                : q.Word(i) is "after" or "before" && q.TagAt(at + 1) is { Column: { } counted } ? counted
                : q.Word(i) is "after" or "before" && width == 2 && q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { } counting } ? counting
                : number.Column ?? AgeOfPeople(q, i, number.Number) ?? NumberColumnNear(q, i, at);
            if (column is null) continue;
            // "more than 4000 lbs": the unit written must be the column's own, when its name states one.
            var unitAt = op == "between" ? at + 3 : at + 1;
            if (q.TagAt(unitAt) is { Kind: TagKind.Unit, Unit: { } unit } && column.Unit is { } stated && stated.Offset != unit.Offset)
                r.Problems.Add($"{column.Name} is in {stated.Name}, not in {unit.Name}.");
            // "younger than 6 months" of an Age column that states no unit and holds fractions (0.01): ages kept in months or
            // days are whole, so these are in a longer unit, which the data does not say. Whole ages may be in the unit asked.
            else if (column.Unit is null && !ColumnTypes.IsInteger(column.Type) && Words.NameWords(column.Name).Select(Words.Singular).Contains("age")
                     && Words.Singular(q.Word(unitAt)) is var timeUnit && timeUnit != "year" && Question.TimeUnits.Contains(timeUnit + "s"))
                r.Problems.Add($"{column.Name} states no unit; I can't tell how '{number.Number} {q.Original[unitAt]}' compares with it.");
            var value = number.Number.ToString(CultureInfo.InvariantCulture);
            if (op == "between")
            {
                if (q.Word(at + 1) is not ("and" or "to") || q.TagAt(at + 2) is not { Kind: TagKind.Number } upper) continue;
                r.Filters.Add(new Filter(column, FilterPart.Value, "between", [number.Number, upper.Number],
                    $"{column.Name} between {value} and {upper.Number.ToString(CultureInfo.InvariantCulture)}"));
                r.Used.Add(at + 2);
            }
            // "below 5%" of a rate kept as a fraction (0.097): 0.05.
            else if (q.Word(at).EndsWith('%') && column.IsFraction)
                r.Filters.Add(new Filter(column, FilterPart.Value, op, [number.Number / 100], $"{column.Name} {op} {number.Number / 100} ({value}%)"));
            // "block 3 or 4", "block 3 or more".
            else if (op == "=" && number.Length == 1)
            {
                AddNumbersHeld(q, r, column, NumbersJoinedByOr(q, r, at));
                continue;
            }
            else if (InTheColumnsScale(q, column, number.Number) is { } unscaled)
                r.Filters.Add(new Filter(column, FilterPart.Value, op, [unscaled], $"{column.Name} {op} {unscaled.ToString(CultureInfo.InvariantCulture)} (its values are in the scale said)"));
            else r.Filters.Add(new Filter(column, FilterPart.Value, op, [number.Number], $"{column.Name} {op} {value}"));
            for (var j = at; j < at + number.Length; j++) r.Used.Add(j);
        }
    }

    /// <summary>
    /// "girls under 11", "people over 65": after people in the plural, "under" or "over" a number is their age, where one
    /// column is an age and the number is among its values.
    /// </summary>
    private static LanguageColumn? AgeOfPeople(Question q, int i, double number) =>
        q.Word(i) is "under" or "over" or "above" or "below" && q.Word(i - 1) is var people && Words.Singular(people) != people
        && Lexicon.Shared is { Available: true } lexicon && Senses.NamesAPerson(Words.Singular(people), lexicon)
        && AgeColumn(q.Table) is { } age
        && double.TryParse(age.Profile.Min, NumberStyles.Float, CultureInfo.InvariantCulture, out var least)
        && double.TryParse(age.Profile.Max, NumberStyles.Float, CultureInfo.InvariantCulture, out var most) && number >= least && number <= most
            ? age : null;

    /// <summary>
    /// "under 10 million" of a population kept in millions (3.93 … 203.2): a number said with a scale, past every value of
    /// its column, where the number before the scale falls among them, is in the scale the column is kept in.
    /// </summary>
    private static double? InTheColumnsScale(Question q, LanguageColumn column, double number)
    {
        if (!double.TryParse(column.Profile.Min, NumberStyles.Float, CultureInfo.InvariantCulture, out var least)
            || !double.TryParse(column.Profile.Max, NumberStyles.Float, CultureInfo.InvariantCulture, out var most) || number <= most) return null;
        foreach (Match said in ScaleSaid().Matches(q.Text))
            if (double.TryParse(said.Groups[1].Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var before)
                && Math.Abs(before * Scale(said.Groups[2].Value) - number) < 1e-6 * number && before >= least && before <= most)
                return before;
        return null;

        static double Scale(string word) => word.ToLowerInvariant().TrimEnd('s') switch { "thousand" => 1e3, "million" => 1e6, "billion" => 1e9, _ => 1e12 };
    }

    [GeneratedRegex(@"(\d[\d,]*(?:\.\d+)?)\s+(thousands?|millions?|billions?|trillions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleSaid();

    /// <summary>
    /// "more water than land", "a death rate higher than the birth rate": one numeric column compared with another, row by
    /// row.
    /// </summary>
    private static (LanguageColumn First, LanguageColumn Second, string Op)? ColumnsCompared(Question q, int i)
    {
        LanguageColumn? NumberColumnAt(int j) => q.TagAt(q.Word(j) is "the" or "its" or "their" ? j + 1 : j) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } c } ? c : null;
        if (q.Word(i) is "more" or "less" or "fewer" && q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } more } named
            && (q.TagAt(i + 1 + named.Length) is { Kind: TagKind.Stop } ? i + 2 + named.Length : i + 1 + named.Length) is var than && q.Word(than) == "than"
            && NumberColumnAt(than + 1) is { } other && other != more)
            return (more, other, q.Word(i) == "more" ? ">" : "<");
        // The nearest column among the three words before the comparison.
        Tag? ColumnBefore(Func<Tag, bool> fits) => Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Reverse().Select(q.TagAt)
            .FirstOrDefault(t => t is { Kind: TagKind.Column } && fits(t));
        // "states where Clinton got more votes than Trump" of each one's share of the votes: the shares compared.
        if (q.Word(i) is "more" or "fewer" or "less" && q.TagAt(i + 1) is { Kind: TagKind.Stop, Reading: { } shareOf } && shareOf.EndsWith(Question.ShareOfEnding, StringComparison.Ordinal)
            && q.Word(i + 2) == "than" && NumberColumnAt(i + 3) is { IsShare: true } lesser
            && ColumnBefore(t => t.Column!.IsShare) is { Column: { } greater } && greater != lesser)
            return (greater, lesser, q.Word(i) == "more" ? ">" : "<");
        // "women have a higher success rate than men" of success_rates_women and _men: the columns either side, over what
        // both measure.
        var greaterWord = q.Word(i) is "more" or "greater" or "higher" or "larger" or "bigger";
        if ((greaterWord || q.Word(i) is "less" or "fewer" or "lower" or "smaller")
            && Enumerable.Range(i + 1, 4).FirstOrDefault(j => q.TagAt(j) is not { Kind: TagKind.Stop }) is var afterMeasure and > 0 && afterMeasure > i + 1
            && q.Word(afterMeasure) == "than" && NumberColumnAt(afterMeasure + 1) is { } second
            && ColumnBefore(_ => true) is { Column: { Kind: ColumnKind.Number } first } && first != second)
            return (first, second, greaterWord ? ">" : "<");
        // "the close is above the open", "the water area is larger": the column before, over a verb of being and a word
        // that only says what it measures.
        var said = q.Word(i - 1) is "is" or "are" or "was" or "were" ? i - 2 : i - 1;
        if (q.TagAt(said) is { Kind: TagKind.Stop } && q.TagAt(said - 1) is { Kind: TagKind.Column }) said--;
        return Comparator(q, i) is ({ } op and not "between", var width)
            && q.TagAt(said) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } before }
            && NumberColumnAt(i + width) is { } after && after != before ? (before, after, op) : null;
    }

    /// <summary>Values a column of text holds where there is none of what it names.</summary>
    private static readonly string[] AbsenceWords = ["none", "absent", "no"];

    /// <summary>"a negative return", "positive growth": the sign of the numeric column named next.</summary>
    private static void ReadSigns(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            // "How many readings are missing?", "missing co2 values": the column named beside it, or the table's one measure, left empty.
            if (q.Words[i] is "missing" or "blank" && (q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { } after } ? after
                    : q.Tags.Take(i).LastOrDefault(t => t.Kind == TagKind.Column)?.Column
                    ?? (q.Tags.Any(t => t.Kind == TagKind.Column) ? null : q.Table.OnlyMeasure)) is { } missing)
            {
                r.Filters.Add(new Filter(missing, FilterPart.Value, "is null", [], $"{missing.Name} is empty"));
                continue;
            }
            // "features does IE support": IE's cell is held; "not supported by Safari": Safari's is empty.
            if (q.TagAt(i) is { Kind: TagKind.Stop, Reading: Question.DoneByReading }
                && q.DoneBy(i) is { Column: { } doer })
            {
                var not = q.Words.Take(i).Contains("not");
                r.Filters.Add(new Filter(doer, FilterPart.Value, not ? "is null" : "is not null", [], $"{doer.Name} is {(not ? "" : "not ")}empty"));
                continue;
            }
            // "states with no hurricanes": the amount is nought; "no size" of a column holding no zero but
            // empty cells, "no region" of a text column, "no end date", the cell is empty.
            // "no known origin", "without a property value alias", "missing a reported height", "missing ozone readings": the same.
            // "no doctor visits": a word of the rows before the column only says whose.
            var said = q.Word(i + 1) == "known" || q.Words[i] is "without" or "missing" && q.Word(i + 1) is "a" or "an" or "any"
                || q.TagAt(i + 1) is { Kind: TagKind.TableWord, Length: 1 } && q.TagAt(i + 2) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number } ? i + 2 : i + 1;
            // Not "with and without a union": both sides, read with the flags.
            if (q.Words[i] is "no" or "without" or "missing" && q.TagAt(i) is not { Kind: TagKind.Value } && !BothSides(q, i)
                && q.TagAt(said) is { Kind: TagKind.Column, Pole: 0, Column: { IsYearNumber: false } none } && none.Kind is ColumnKind.Number or ColumnKind.Text or ColumnKind.Date)
            {
                var zero = none.Kind == ColumnKind.Number && double.TryParse(none.Profile.Min, NumberStyles.Float, CultureInfo.InvariantCulture, out var least)
                    && double.TryParse(none.Profile.Max, NumberStyles.Float, CultureInfo.InvariantCulture, out var most) && least <= 0 && most >= 0;
                // "items with no fling power" where some are 0 and others empty: which of them is meant is not said.
                if (zero && none.HasEmptyCells && q.Words[i] is "no" or "without" or "missing")
                    r.Problems.Add($"'{q.Original[i]} {q.Original[said]}': {none.Name} holds both 0 and empty cells; say which is meant.");
                // A number held on every row and never 0 ("blocks with no assigned characters"): either reading picks no row.
                else if (zero || none.Kind == ColumnKind.Number && !none.HasEmptyCells) r.Filters.Add(new Filter(none, FilterPart.Value, "=", [0.0], $"{none.Name} = 0"));
                // "cars with no airbags" of an AirBags column that says None where there is none, "women with no children" of
                // one of a few values that says absent (a region's NO is Norway).
                else if (q.Words[i] is "no" or "without" && none is { Kind: ColumnKind.Text, HasEmptyCells: false }
                         && AbsenceWords.Where(w => w == "none" || none.Profile.DistinctCount <= 5).Select(w => none.Values.GetValueOrDefault(w))
                             .FirstOrDefault(v => v is not null) is { } saysNone)
                    r.Filters.Add(new Filter(none, FilterPart.Value, "=", [saysNone], $"{none.Name} is {saysNone}"));
                // Text or a date held on every row: none is empty, and the count of those without one is 0.
                else if (q.Words[i] is "no" or "without" or "missing" && (none.HasEmptyCells || none.Kind != ColumnKind.Number))
                    r.Filters.Add(new Filter(none, FilterPart.Value, "is null", [], $"{none.Name} is empty"));
                else r.Problems.Add($"'{q.Original[i]} {q.Original[said]}': {none.Name} holds neither a zero nor an empty cell.");
                if (q.Word(said + q.TagAt(said)!.Length) is "data" or "value" or "values") r.Used.Add(said + q.TagAt(said)!.Length);
                continue;
            }
            // "countries that have a national dish", "isotopes with a known abundance": a column held, at the end of the question
            // (or before words that only say what it holds: "a two-letter code"), is one not left empty (text or a date held
            // on every row: all of them).
            // "regions that have a preferred value": the same.
            // "How many languages have day periods?", "services that have aliases" (of aliases): the same, of a column named in
            // the plural with no article.
            var article = q.Word(i + 1) is "a" or "an";
            // "nodes that have no fields": none held, read with "no".
            if (q.Words[i] is "have" or "has" or "had" or "with" && q.Word(i + 1) != "no"
                && Enumerable.Range(article ? i + 2 : i + 1, 2).Select(q.TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column }) is { Column: { Kind: ColumnKind.Text or ColumnKind.Number or ColumnKind.Date, IsFlag: false } held } heldTag
                && (article || NameWordInPlural(q, heldTag) is not null
                    || Words.NameWords(held.Name) is [.., var pluralName] && pluralName == q.Word(heldTag.Start + heldTag.Length - 1) && Words.Singular(pluralName) != pluralName)
                && (held.HasEmptyCells || held.Kind != ColumnKind.Number || held.CountsThings && heldTag.Start == i + 1) && !q.Tags.Any(t => t is { Kind: TagKind.Value } && t.Column == held)
                && Enumerable.Range(heldTag.Start + heldTag.Length, q.Words.Count - heldTag.Start - heldTag.Length)
                    .All(j => q.TagAt(j) is { Kind: TagKind.Stop, Reading: not null } || j == heldTag.Start + heldTag.Length && q.Words[j] is "value" or "values" or "data")
                && !r.Filters.Any(f => f.Column == held) && !r.Used.Contains(heldTag.Start))
            {
                // "roles that have required properties" of a count of them held on every row: more than none.
                r.Filters.Add(held.HasEmptyCells || held.Kind != ColumnKind.Number ? new Filter(held, FilterPart.Value, "is not null", [], $"{held.Name} is not empty")
                    : new Filter(held, FilterPart.Value, ">", [0.0], $"{held.Name} > 0"));
                if (q.Word(heldTag.Start + heldTag.Length) is "value" or "values" or "data") r.Used.Add(heldTag.Start + heldTag.Length);
                continue;
            }
            // "Which variants are deprecated?": a column named by a word that is no noun, said of the rows at the end of the
            // question, is one not left empty (a date of deprecation held for those deprecated).
            if (q.Words[i] is "are" or "is" or "were" or "was" && i + 2 == q.Words.Count
                && q.TagAt(i + 1) is { Kind: TagKind.Column, Length: 1, Pole: 0, Column: { HasEmptyCells: true, IsFlag: false } stated } && Words.NameWords(stated.Name) is [var statedName]
                && Lexicon.Shared is { Available: true } lexicon && !lexicon.Knows(statedName, PartOfSpeech.Noun) && !r.Filters.Any(f => f.Column == stated))
            {
                r.Filters.Add(new Filter(stated, FilterPart.Value, "is not null", [], $"{stated.Name} is not empty"));
                continue;
            }
            // "gram positive" names a value where a column holds the word.
            if (q.Words[i] is not ("negative" or "positive") || q.TagAt(i) is { Kind: TagKind.Value }) continue;
            var op = q.Words[i] == "negative" ? "<" : ">";
            // "the average number of positive nodes" of nodes: after a summary, what a count of things counts.
            if (q.TagAt(i + 1) is { Kind: TagKind.Column, Column.CountsThings: true } && (q.Word(i - 1) is "of" && q.Word(i - 2) is "number" or "count"
                    || AverageWords.Contains(q.Word(i - 1)) || MaxWords.Contains(q.Word(i - 1)) || MinWords.Contains(q.Word(i - 1)) || q.Word(i - 1) is "most" or "fewest" or "least" or "total"))
                continue;
            if (q.TagAt(i + 1) is { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } column })
                r.Filters.Add(new Filter(column, FilterPart.Value, op, [0.0], $"{column.Name} {op} 0"));
            // "months Acme had a negative return" of acme-monthly-returns: a numeric column that has the table's own word's sign.
            else if (q.TagAt(i + 1) is { Kind: TagKind.TableWord } && q.Word(i - 1) is "a" or "an" && q.Word(i - 2) is "have" or "has" or "had"
                     && q.TagAt(i - 3) is { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } holder })
                r.Filters.Add(new Filter(holder, FilterPart.Value, op, [0.0], $"{holder.Name} {op} 0"));
            // "positive words" of a table of words and their valence: the sign of its one column that has both signs.
            else if (RowsNamed(q, i + 1) && SignedColumn(q.Table) is { } signed)
            {
                r.Filters.Add(new Filter(signed, FilterPart.Value, op, [0.0], $"{signed.Name} {op} 0 (its one column of both signs)"));
                if (q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { } rows }) r.Counted.Add(rows);
            }
            else r.Problems.Add($"'{q.Original[i]}' needs a numeric column named right after it.");
        }
    }

    /// <summary>
    /// Values that tell this share of the rows apart pick one row each, or a few that share a name (two places called
    /// Yokohama): listed, not added up.
    /// </summary>
    private const double NearlyEveryRow = 0.9;

    /// <summary>
    /// How many different rows the filters' equalities can tell apart, as the product of their columns' distinct values: a
    /// country column of 63 and a year of 11 tell 693 apart; a year of a daily date, only its years.
    /// </summary>
    private static double RowsPinned(LanguageTable table, IEnumerable<Filter> filters) => filters
        .Where(f => f.Op == "=")
        .Select(f => f.Part switch
        {
            FilterPart.Value or FilterPart.Day => f.Column.Profile.DistinctCount,
            FilterPart.MonthAndDay => Math.Min(f.Column.Profile.DistinctCount, 366),
            FilterPart.Month => Math.Min(f.Column.Profile.DistinctCount, 12),
            FilterPart.Weekday => Math.Min(f.Column.Profile.DistinctCount, 7),
            FilterPart.Year => Math.Min(f.Column.Profile.DistinctCount, YearsSpanned(f.Column)),
            _ => Math.Min(f.Column.Profile.DistinctCount, YearsSpanned(f.Column) * 12),
        })
        .Aggregate(1.0, (product, distinct) => product * Math.Max(1, distinct));

    private static long YearsSpanned(LanguageColumn column) =>
        DateTime.TryParse(column.Profile.Min, CultureInfo.InvariantCulture, out var first) && DateTime.TryParse(column.Profile.Max, CultureInfo.InvariantCulture, out var last)
            ? last.Year - first.Year + 1 : 1;

    /// <summary>A name-like text column whose values repeat over the rows (a pizza's name on a row a day): the things the rows are of.</summary>
    private static LanguageColumn? RepeatedName(LanguageTable table) => table.Columns
        .Where(c => c.Kind == ColumnKind.Text && c.Profile.DistinctCount > 1 && c.Profile.DistinctCount * 2 < table.RowCount
            && Words.NameWords(c.Name).Any(w => w is "name" or "title" or "label" or "model"))
        .ToList() is [var only] ? only : null;

    /// <summary>Whether the word names the rows: the table's own noun, or a text column naming each row ("words" of <c>word</c>).</summary>
    private static bool RowsNamed(Question q, int i) => q.TagAt(i) is { Kind: TagKind.TableWord }
        || q.TagAt(i) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } text } && text.Profile.DistinctCount >= 0.95 * q.Table.RowCount;

    private static LanguageColumn? SignedColumn(LanguageTable table) => table.Columns
        .Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && double.TryParse(c.Profile.Min, CultureInfo.InvariantCulture, out var min) && min < 0
            && double.TryParse(c.Profile.Max, CultureInfo.InvariantCulture, out var max) && max > 0)
        .ToList() is [var only] ? only : null;

    /// <summary>
    /// "cars with 8 cylinders", "penguins of 5000 g": a number before a numeric column (and its unit) is that column's value;
    /// "with 4 or 6 cylinders", "a dose of 6.25 or 12.5", numbers joined by "or", its values.
    /// </summary>
    private static void ReadCountedValues(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            if (r.Used.Contains(i) || q.TagAt(i) is not { Kind: TagKind.Number, IsYear: false } number) continue;
            var numbered = NumbersJoinedByOr(q, r, i);
            var last = numbered[^1];
            var at = q.TagAt(last + 1) is { Kind: TagKind.Unit } ? last + 2 : q.TagAt(last + 1) is { Reading: Question.OrMoreReading or Question.OrLessReading } ? last + 3 : last + 1;
            // "red 0, green 0 and blue 128": a number between two columns, the one after with its own number, is the one's before.
            if (numbered.Count == 1 && q.TagAt(i - 1) is { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } first }
                && q.TagAt(at) is { Kind: TagKind.Column } next && q.TagAt(at + next.Length) is { Kind: TagKind.Number })
            {
                r.Filters.Add(new Filter(first, FilterPart.Value, "=", [number.Number], $"{first.Name} = {number.Number.ToString(CultureInfo.InvariantCulture)}"));
                r.Used.Add(i);
                continue;
            }
            // "scored 18 for colour", "scored 10 on the vocabulary test": the column after "for" or "on"; not "time 1200 on day
            // 346", the number after its own column.
            var onAt = q.Word(at + 1) == "the" ? at + 2 : at + 1;
            if (q.Word(at) is "for" or "on" && q.TagAt(onAt) is { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }
                && q.TagAt(i - 1) is not { Kind: TagKind.Column, Pole: 0, Column.Kind: ColumnKind.Number }) at = onAt;
            // "0 years of education": the column a unit of time and "of" lead to.
            if (q.IsTimeUnitOf(at)) at += 2;
            // "with 8 cylinders", and the other way round, "age 30", "aged 20", "where saturation is 1", "a valence of -5".
            if (q.TagAt(at) is not { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } column })
            {
                // "at 32 degrees": the column the unit measures.
                if (q.TagAt(last + 1) is { Kind: TagKind.Unit, Column: { } measured }) column = measured;
                else
                {
                    var named = q.Word(i - 1) is "is" or "equals" or "=" or "of" || q.TagAt(i - 1) is { Kind: TagKind.Stop } && q.Word(i - 1) == "to" ? i - 2 : i - 1;
                    // "a censors value of 1", "the ISO code 840", "an expression score of 0": the word value, code or another that only
                    // says what kind of number the column holds, between, says no more.
                    if (q.Word(i - 1) == "of" && q.Word(named) == "value" || q.Word(named) == "code" && q.TagAt(named) is { Kind: TagKind.Stop }
                        || q.Word(i - 1) == "of" && q.TagAt(named) is { Kind: TagKind.Stop, Reading: null } && q.TagAt(named - 1) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number }) named--;
                    // "people who rate their marriage 5" of marital-affairs' rating: what the table is about, whose, between.
                    if (q.TagAt(named) is { Kind: TagKind.TableWord, Length: 1 } && q.Word(named - 1) is "their" or "its" or "his" or "her"
                        && q.TagAt(named - 2) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number }) named -= 2;
                    // "women are 35 or older": their age.
                    if (q.TagAt(named) is { Kind: TagKind.Column, Pole: 0, Column: { Kind: ColumnKind.Number, IsYearNumber: false } before }) column = before;
                    else if (numbered.Count == 1 && q.TagAt(i + 1) is { Reading: Question.OrMoreReading or Question.OrLessReading } && q.Word(i + 2) is "older" or "younger"
                        && AgeColumn(q.Table) is { } age) column = age;
                    else continue;
                }
            }
            AddNumbersHeld(q, r, column, numbered);
        }
    }

    /// <summary>Where the number at <paramref name="i"/> is the first of several joined by "or" ("4 or 6"), where each is.</summary>
    private static List<int> NumbersJoinedByOr(Question q, Reading r, int i)
    {
        var numbered = new List<int> { i };
        while (q.Word(numbered[^1] + 1) == "or" && q.TagAt(numbered[^1] + 2) is { Kind: TagKind.Number, IsYear: false, Length: 1 } && !r.Used.Contains(numbered[^1] + 2))
            numbered.Add(numbered[^1] + 2);
        return numbered;
    }

    /// <summary>The one numeric column called age.</summary>
    private static LanguageColumn? AgeColumn(LanguageTable table) =>
        table.Columns.Where(c => c is { Kind: ColumnKind.Number } && Words.NameWords(c.Name) is ["age"]).ToList() is [var age] ? age : null;

    /// <summary>"&gt;=" where "or more" follows the number at <paramref name="at"/> (past its column or unit), "&lt;=" where "or less" does.</summary>
    private static string? OrBeyond(Question q, int at)
    {
        var or = q.TagAt(at + 1) is { Kind: TagKind.Column or TagKind.Unit } named ? at + 1 + named.Length : at + 1;
        return q.TagAt(or)?.Reading switch { Question.OrMoreReading => ">=", Question.OrLessReading => "<=", _ => null };
    }

    /// <summary>
    /// Keeps the rows where the column is the number at each of <paramref name="numbered"/>, or one of them; or, where "or
    /// more" or "or younger" follows the one number, that number and those beyond it.
    /// </summary>
    private static void AddNumbersHeld(Question q, Reading r, LanguageColumn column, List<int> numbered)
    {
        var values = numbered.Select(n => (object)q.TagAt(n)!.Number).ToList();
        var said = string.Join(" or ", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
        var op = values.Count > 1 ? "in" : OrBeyond(q, numbered[0]) ?? "=";
        r.Filters.Add(new Filter(column, FilterPart.Value, op, values, op == "in" ? $"{column.Name} is {said}" : $"{column.Name} {op} {said}"));
        r.Used.UnionWith(numbered);
    }

    private static (string? Op, int Width) Comparator(Question q, int i)
    {
        // "block 3", "runs 1 to 10".
        if (q.TagAt(i) is { Kind: TagKind.Column, Column.IsCategoryNumber: true } && q.TagAt(i + 1) is { Kind: TagKind.Number } first)
            return (first.Length == 1 && q.Word(i + 2) == "to" && q.TagAt(i + 3) is { Kind: TagKind.Number } ? "between"
                : q.TagAt(i - 1) is { Reading: Question.ReachedReading } ? ">=" : "=", 1);
        // "heavier than 4000", "cheaper than 10": a comparative adjective standing for its column.
        if (q.TagAt(i) is { Kind: TagKind.Column, Pole: not 0, Superlative: false } degree && q.Word(i + 1) == "than") return (degree.Pole > 0 ? ">" : "<", 2);
        // "the southern hemisphere": a side of a line the data measures from (latitude 0).
        if (q.TagAt(i) is { Kind: TagKind.Column, Pole: not 0, Superlative: false } side && q.TagAt(i + 1) is { Kind: TagKind.Number, Column: { } line } && line == side.Column)
            return (side.Pole > 0 ? ">" : "<", 1);
        // "south of 35", "north of latitude 40": a point of the compass standing for its column.
        if (q.TagAt(i) is { Kind: TagKind.Column, Pole: not 0, Superlative: false } point && q.Word(i + 1) == "of")
            return (point.Pole > 0 ? ">" : "<", q.TagAt(i + 2) is { Kind: TagKind.Column } named && named.Column == point.Column
                || q.Word(i + 2) == "the" && q.TagAt(i + 3) is { Kind: TagKind.Number, Column: { } measuredFrom } && measuredFrom == point.Column ? 3 : 2);
        var w = q.Word(i);
        var next = q.Word(i + 1);
        return w switch
        {
            "more" or "greater" or "higher" or "larger" or "bigger" when next == "than" => (">", 2),
            "less" or "fewer" or "lower" or "smaller" when next == "than" => ("<", 2),
            "above" or "over" or "exceeding" or "exceed" or "exceeds" => (">", 1),
            "below" or "under" => ("<", 1),
            // "Acme beat the market": a verb of exceeding between two columns.
            _ when q.TagAt(i) is { Kind: TagKind.Stop, Reading: Question.ExceedsReading } => (">", 1),
            "within" when q.TagAt(i + 1) is { Kind: TagKind.Number } => ("<=", 1),
            "at" when next == "least" => (">=", 2),
            "at" when next == "most" => ("<=", 2),
            "no" when next == "more" && q.Word(i + 2) == "than" => ("<=", 3),
            "equal" or "equals" when next == "to" => ("=", 2),
            // "only one alias", "just 3 cylinders": that many.
            "equal" or "equals" or "exactly" or "only" or "just" => ("=", 1),
            "between" => ("between", 1),
            // "after 12 hours" of a column of the hours since a dose: more of them.
            "after" or "before" when q.TagAt(i + 1) is { Kind: TagKind.Number, IsYear: false, Length: 1 }
                && q.TagAt(i + 2) is { Kind: TagKind.Column or TagKind.Unit, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }
                && (Question.TimeUnits.Contains(q.Word(i + 2)) || Question.TimeUnits.Contains(q.Word(i + 2) + "s")
                    // "after 30 milliseconds" of a crash's times since impact: any unit of time.
                    || q.TagAt(i + 2) is { Kind: TagKind.Unit, Unit: { } timeUnit } && timeUnit.Measures.Contains("time")) => (w == "after" ? ">" : "<", 1),
            // "in the first 10 milliseconds" of a crash's times since impact: up to that time.
            "first" when FirstOfATime(q, i) => ("<=", 1),
            // "before day 3" of a column of days counted from a start: fewer of them.
            "after" or "before" when q.TagAt(i + 1) is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }
                && (Question.TimeUnits.Contains(next) || Question.TimeUnits.Contains(next + "s")) && q.TagAt(i + 2) is { Kind: TagKind.Number, IsYear: false, Length: 1 } => (w == "after" ? ">" : "<", 2),
            _ => (null, 0),
        };
    }

    /// <summary>"the first 10 milliseconds": a number of a unit of time that measures a column, not a number of rows.</summary>
    private static bool FirstOfATime(Question q, int i) => q.Word(i) == "first" && q.TagAt(i + 1) is { Kind: TagKind.Number, IsYear: false, Length: 1 }
        && q.TagAt(i + 2) is { Kind: TagKind.Unit, Column: { Kind: ColumnKind.Number, IsYearNumber: false }, Unit: { } unit } && unit.Measures.Contains("time");

    /// <summary>
    /// What "first" or "latest" at <paramref name="i"/> orders by: the word after it, or past the rows' own word the column
    /// after that ("the latest release date") or the date column asked of them ("the date of the first release").
    /// </summary>
    private static Tag? OrderedBy(Question q, int i) => q.TagAt(i + 1) is { Kind: TagKind.Value } value && q.TagAt(i + 1 + value.Length) is { Kind: TagKind.Column } after ? after
        : q.TagAt(i + 1) is not { Kind: TagKind.TableWord } ? q.TagAt(i + 1)
        : q.TagAt(i + 2) is { Kind: TagKind.Column } named ? named
        : q.Word(i - 1) == "the" && q.Word(i - 2) == "of" && q.TagAt(i - 3) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Date } asked ? asked : null;

    /// <summary>The numeric column a comparison is about: named just before it, or just after the number.</summary>
    private static LanguageColumn? NumberColumnNear(Question q, int comparator, int number)
    {
        // "respondents under 30", "workers are over 60" of a table of people: their age.
        if (q.TagAt(q.Word(comparator - 1) is "are" or "is" or "were" or "was" ? comparator - 2 : comparator - 1) is { Kind: TagKind.TableWord, Reading: Question.PeopleRowsReading }
            && AgeColumn(q.Table) is { } age) return age;
        // "below 32 degrees", "the climb of races over 10 miles": the column the unit after the number measures, unless the
        // comparison follows a column's name ("a climb over 3000 feet").
        if (q.TagAt(number + 1) is { Kind: TagKind.Unit, Column: { } measured }
            && q.TagAt(comparator - 1) is not { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }) return measured;
        // "cars with more than 30000 miles" of Mileage: the one column named from the unit (not the price named before).
        if (q.TagAt(number + 1) is { Kind: TagKind.Unit, Column: null, Unit: { } unit } && unit.Name.Split(' ')[^1] is { Length: >= 3 } unitWord
            && q.Table.Columns.Where(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && Words.NameWords(c.Name) is [var named]
                && named.Length > unitWord.Length && named.StartsWith(unitWord, StringComparison.Ordinal)).ToList() is [var fromUnit]) return fromUnit;
        // "the average crime of cities with more than 20 percent nonwhite", "more than 16 years of education": the column named
        // right after the number (past a word of percent or a unit, and "of"), likewise.
        var named = q.Word(number + 1) is "percent" or "percentage" || q.TagAt(number + 1) is { Kind: TagKind.Unit } || q.Word(number + 1) is "years" or "months" or "days" or "hours"
            ? number + 2 : number + 1;
        if (q.TagAt(q.Word(named) == "of" && named > number + 1 ? named + 1 : named) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } after }
            && q.TagAt(comparator - 1) is not { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }) return after;
        for (var i = comparator - 1; i >= Math.Max(0, comparator - 6); i--)
            if (q.TagAt(i) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } column }) return column;
        for (var i = number + 1; i <= Math.Min(q.Words.Count - 1, number + 3); i++)
            if (q.TagAt(i) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } column }) return column;
        var numbers = q.Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }).Select(t => t.Column!).Distinct().ToList();
        if (numbers.Count == 1) return numbers[0];
        // "How many readings are above 70?" with the number last and no number named ("between 30 and 40 inches" too, the
        // second number or a unit after it): the table's one measure, if it has one and no column of a few numbers ("How
        // many women scored below 5?" of a vocabulary score 0 to 10) may hold it as well.
        var last = q.Word(number + 1) is "and" or "to" && q.TagAt(number + 2) is { Kind: TagKind.Number } ? number + 2 : number;
        if (q.TagAt(last + 1) is { Kind: TagKind.Unit }) last++;
        return numbers.Count == 0 && last == q.Words.Count - 1 && q.Table.OnlyMeasure is { } only
            && !(double.TryParse(q.Words[number], CultureInfo.InvariantCulture, out var said) && q.Table.Columns.Any(c => c != only
                && c is { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false, IsCategoryNumber: true }
                && double.TryParse(c.Profile.Min, CultureInfo.InvariantCulture, out var min) && double.TryParse(c.Profile.Max, CultureInfo.InvariantCulture, out var max)
                && said >= min && said <= max))
            ? only : null;
    }

    /// <summary>Days, years and months: "on 2009-06-01", "in 2015", "before 2005", "since 2008", "between 2000 and 2005", "in March 2010", "in January".</summary>
    private static void ReadTime(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            var tag = q.Tags[i];
            if (r.Used.Contains(i)) continue;
            if (tag.Kind == TagKind.Day)
            {
                if (TimeColumn(q, null) is not { Kind: ColumnKind.Date } dated)
                {
                    // A date kept as numbers (year, month and day-of-month columns): "on 1980-07-04" is one of each.
                    if (TimeComparison(q, i, "on").Op == "=" && DateAsNumbers(q.Table) is var (years, months, days))
                    {
                        r.Used.Add(i);
                        var day = DateOnly.ParseExact(tag.Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                        r.Filters.Add(new Filter(years, FilterPart.Value, "=", [day.Year], $"{years.Name} is {day.Year}"));
                        r.Filters.Add(new Filter(months, FilterPart.Value, "=", [day.Month], $"{months.Name} is {day.Month}"));
                        r.Filters.Add(new Filter(days, FilterPart.Value, "=", [day.Day], $"{days.Name} is {day.Day}"));
                    }
                    else r.Problems.Add($"'{q.Original[i]}' needs a date column, and {q.Table.Name} has none I can read as dates.");
                    continue;
                }
                var (op, words) = TimeComparison(q, i, "on");
                r.Used.Add(i);
                r.Filters.Add(new Filter(dated, FilterPart.Day, op, [tag.Value!], $"{dated.Name} {words} {tag.Value}"));
                continue;
            }
            if (tag.Kind == TagKind.Quarter)
            {
                // The tag holds the quarter's first day.
                var first = DateOnly.ParseExact(tag.Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var (year, quarter) = (first.Year, (first.Month + 2) / 3);
                for (var k = tag.Start; k < tag.Start + tag.Length; k++) r.Used.Add(k);
                if (TimeColumn(q, "quarter") is { Kind: ColumnKind.Date } quarterly)
                {
                    r.Filters.Add(new Filter(quarterly, FilterPart.Day, "between", [first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        first.AddMonths(3).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], $"{quarterly.Name} in quarter {quarter} of {year}"));
                }
                // A year and a quarter kept as numbers (macrodata's year, quarter): one of each.
                else if (q.Table.Columns.Where(c => c.IsYearNumber).ToList() is [var years]
                         && q.Table.Columns.Where(c => c.IsCategoryNumber && Words.NameWords(c.Name) is ["quarter" or "qtr"]).ToList() is [var quarters])
                {
                    r.Filters.Add(new Filter(years, FilterPart.Value, "=", [year], $"{years.Name} is {year}"));
                    r.Filters.Add(new Filter(quarters, FilterPart.Value, "=", [quarter], $"{quarters.Name} is {quarter}"));
                }
                else r.Problems.Add($"'{tag.Reading}' needs a date column, and {q.Table.Name} has none I can read as dates.");
                continue;
            }
            if (tag.Kind == TagKind.Weekday)
            {
                if (TimeColumn(q, "day") is not { Kind: ColumnKind.Date } dated)
                {
                    r.Problems.Add($"'{q.Original[i]}' needs a date column, and {q.Table.Name} has none I can read as dates.");
                    continue;
                }
                r.Used.Add(i);
                var days = tag.Value!.Split(',').Select(d => (object)int.Parse(d, CultureInfo.InvariantCulture)).ToList();
                r.Filters.Add(new Filter(dated, FilterPart.Weekday, days.Count == 1 ? "=" : "in", days, $"{dated.Name} on {q.Original[i]}"));
                continue;
            }
            if (tag.Kind == TagKind.Month)
            {
                var month = (int)tag.Number;
                var column = TimeColumn(q, null);
                if (column is null || column.IsYearNumber)
                {
                    // Dates kept as numbers (year, month, day columns): "in December" is month 12.
                    if (q.Table.Columns.FirstOrDefault(c => c.IsMonthNumber) is { } months)
                    {
                        r.Used.Add(i);
                        r.Filters.Add(new Filter(months, FilterPart.Value, "=", [month], $"{months.Name} is {month} ({CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)})"));
                        // "on June 5": that day too, of a day column beside the month's.
                        if (q.TagAt(i + 1) is { Kind: TagKind.Number, IsYear: false, Number: >= 1 and <= 31 and var dayOf } && dayOf == Math.Floor(dayOf) && !r.Used.Contains(i + 1)
                            && q.Table.Columns.Where(c => c.Kind == ColumnKind.Number && ColumnTypes.IsInteger(c.Type) && Words.NameWords(c.Name) is ["day"]).ToList() is [var daysOf])
                        {
                            r.Used.Add(i + 1);
                            r.Filters.Add(new Filter(daysOf, FilterPart.Value, "=", [dayOf], $"{daysOf.Name} is {dayOf}"));
                        }
                    }
                    else r.Problems.Add($"'{q.Original[i]}' needs a date or a month column, and {q.Table.Name} has none.");
                    continue;
                }
                r.Used.Add(i);
                if (q.TagAt(i + 1) is { IsYear: true } year && !r.Used.Contains(i + 1))
                {
                    r.Used.Add(i + 1);
                    r.Filters.Add(new Filter(column, FilterPart.YearAndMonth, "=", [year.Number, month],
                        $"{column.Name} in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year.Number}"));
                }
                // "on January 15": that day of the month, in any year (a year after it is read as the year).
                else if (q.TagAt(i + 1) is { Kind: TagKind.Number, IsYear: false, Number: >= 1 and <= 31 and var day } && day == Math.Floor(day) && !r.Used.Contains(i + 1)
                         && q.Word(i - 1) is "on" or "of")
                {
                    r.Used.Add(i + 1);
                    r.Filters.Add(new Filter(column, FilterPart.MonthAndDay, "=", [month, (int)day],
                        $"{column.Name} on {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {(int)day}"));
                }
                else r.Filters.Add(new Filter(column, FilterPart.Month, "=", [month], $"{column.Name} in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)}"));
                continue;
            }
            if (!tag.IsYear) continue;
            // "forecast year 2005": the year column named right before the year.
            var target = q.TagAt(i - 1) is { Kind: TagKind.Column, Column: { } named } && (named.IsYearNumber || named.Kind == ColumnKind.Date) ? named : TimeColumn(q, "year");
            // "Who was president in 1975?" of terms from a start to an end date: the rows whose term holds some of that year.
            if (target is null && q.Table.Term is var (began, ended) && TimeComparison(q, i, "in").Op == "=" && q.Word(i - 1) is "in" or "during")
            {
                r.Used.Add(i);
                r.Filters.Add(new Filter(began, FilterPart.Year, "<=", [(int)tag.Number], $"{began.Name} in or before {(int)tag.Number}"));
                r.Filters.Add(new Filter(ended, FilterPart.Year, ">=", [(int)tag.Number], $"{ended.Name} in or after {(int)tag.Number}"));
            }
            if (target is null) continue;
            var part = target.IsYearNumber ? FilterPart.Value : FilterPart.Year;
            var before = q.Word(i - 1);
            // A year kept in two digits (cars' 70 to 82): 1980 is 80.
            var twoDigits = target.IsYearNumber && long.TryParse(target.Profile.Max, out var lastYear) && lastYear < 100;
            int Year(double year) => twoDigits && (int)year / 100 == 19 ? (int)year % 100 : (int)year;
            var y = Year(tag.Number);
            r.Used.Add(i);
            if (before is "between" or "from" && q.Word(i + 1) is "and" or "to" or "through" && q.TagAt(i + 2) is { IsYear: true } end)
            {
                r.Used.Add(i + 2);
                r.Filters.Add(new Filter(target, part, "between", [y, Year(end.Number)], $"{target.Name} from {y} to {Year(end.Number)}"));
            }
            // "the 1950s", "the 1800s": a decade, or a century where the year is a whole hundred.
            else if (q.Word(i + 1) == "s" && q.TagAt(i + 1) is { Kind: TagKind.Stop })
            {
                var last = y + (y % 100 == 0 ? 99 : 9);
                r.Filters.Add(new Filter(target, part, "between", [y, last], $"{target.Name} from {y} to {last}"));
            }
            else
            {
                var (op, words) = TimeComparison(q, i, "in");
                r.Filters.Add(new Filter(target, part, op, [y], $"{target.Name} {words} {y}"));
            }
        }
    }

    /// <summary>
    /// Around "per": a column of whole counts of things before it (or before "rate", "ratio") and another after it ("claim
    /// rate per policyholder" of Claims and Holders).
    /// </summary>
    private static (LanguageColumn Counted, LanguageColumn Per)? CountOverCount(Question q, int per)
    {
        var before = q.Word(per - 1) is "rate" or "ratio" ? per - 2 : per - 1;
        var after = q.Word(per + 1) is "a" or "each" or "every" ? per + 2 : per + 1;
        return q.Tags.FirstOrDefault(t => t.Kind == TagKind.Column && t.Start + t.Length - 1 == before) is { Column: { } counted } && IsCount(counted)
            && q.TagAt(after) is { Kind: TagKind.Column, Column: { } of } && of != counted && IsCount(of) ? (counted, of) : null;

        static bool IsCount(LanguageColumn c) => c is { CountsThings: true, IsYearNumber: false, IsCategoryNumber: false };
    }

    /// <summary>
    /// The column of days, weeks or years at each of which every value of <paramref name="unit"/> has one row (a subject on
    /// days 0 to 9, a boy on occasions 1 to 9): the unit's rows are its measurements over time, not its members.
    /// </summary>
    private static LanguageColumn? TimeMeasuredAt(LanguageTable table, LanguageColumn unit) => table.Columns.FirstOrDefault(time => time != unit
        && (time.IsYearNumber || Words.NameWords(time.Name) is [var name] && (name == "time" || Question.TimeUnits.Contains(name.EndsWith('s') ? name : name + "s")
            // Of people (a boy on occasions 1 to 9), any whole numbers named by a time in some sense; not an experiment's runs.
            || time.Kind == ColumnKind.Number && ColumnTypes.IsInteger(time.Type) && Lexicon.Shared is { Available: true } lexicon && Senses.NamesATimeInSomeSense(name, lexicon)
                && unit == PersonId(table)))
        && time.Profile.DistinctCount > 1 && unit.Profile.DistinctCount * time.Profile.DistinctCount == table.RowCount);

    /// <summary>The thing (a patient) with one row at each value of <paramref name="time"/> (each period), if there is one.</summary>
    internal static LanguageColumn? OneRowPerUnitAt(LanguageTable table, LanguageColumn time) => table.Columns.FirstOrDefault(unit => unit != time && TimeMeasuredAt(table, unit) == time);

    /// <summary>One thing measured once at each time (a subject on each of ten days) or at each level of a number (a strip at each concentration).</summary>
    private static bool MeasuredOnceEach(LanguageTable table, LanguageColumn unit) => TimeMeasuredAt(table, unit) is not null || table.MeasuredAtLevels?.Contains(unit.Name) == true;

    /// <summary>
    /// "the highest unemployment rate" of an <c>unemp</c> column: the question calls the column's numbers rates (or prices,
    /// scores, ratios), or a share of what it names ("the highest percentage of Mormons").
    /// </summary>
    private static bool CalledARate(Question q, LanguageColumn column) => q.Tags.Any(t => t is { Kind: TagKind.Column } && t.Column == column
        && (q.Word(t.Start + t.Length) is "rate" or "rates" or "price" or "prices" or "score" or "scores" or "ratio" or "percentage"
            || q.Word(t.Start - 1) == "of" && ShareWords.Contains(q.Word(t.Start - 2))));

    /// <summary>
    /// A quarter, month or week number beside a year on each row (one row per quarter of each year), or on each row of the
    /// labels the question picks (txhousing's months of Houston): a period, not a kind.
    /// </summary>
    private static bool PeriodOfYear(LanguageTable table, LanguageColumn column, Reading r) => YearOfPeriod(table, column) is { } year
        && table.RowCount <= year.Profile.DistinctCount * column.Profile.DistinctCount
            * r.Filters.Where(f => f is { Op: "=", Part: FilterPart.Value, Column.Kind: ColumnKind.Text }).Select(f => f.Column).Distinct().Aggregate(1L, (rows, label) => rows * label.Profile.DistinctCount);

    private static LanguageColumn? YearOfPeriod(LanguageTable table, LanguageColumn column) =>
        (column.IsMonthNumber || Words.NameWords(column.Name) is ["quarter" or "qtr" or "week"]) && table.Columns.Where(c => c.IsYearNumber).ToList() is [var year] ? year : null;

    /// <summary>The year, month and day-of-month columns of a date kept as numbers (<c>date_of_month</c>, 1 to 31), if the table has one of each.</summary>
    private static (LanguageColumn Year, LanguageColumn Month, LanguageColumn Day)? DateAsNumbers(LanguageTable table)
    {
        var days = table.Columns.Where(c => c.Kind == ColumnKind.Number && ColumnTypes.IsInteger(c.Type) && Words.NameWords(c.Name) is var name
            && (name is ["day"] or ["date"] || name.Contains("month") && (name.Contains("day") || name.Contains("date")))
            && long.TryParse(c.Profile.Min, out var first) && long.TryParse(c.Profile.Max, out var last) && first >= 1 && last is >= 28 and <= 31).ToList();
        return table.Columns.Where(c => c.IsYearNumber).ToList() is [var year] && table.Columns.Where(c => c.IsMonthNumber).ToList() is [var month] && days is [var day]
            ? (year, month, day) : null;
    }

    /// <summary>How the words before a day or a year at <paramref name="i"/> compare with it: "before", "since", "later than"…; otherwise equal.</summary>
    private static (string Op, string Words) TimeComparison(Question q, int i, string equal) => q.Word(i - 1) switch
    {
        "before" or "until" or "till" or "prior" => ("<", "before"),
        "after" => (">", "after"),
        "since" => (">=", "from"),
        // "cars from 1980" are of that year; "from 1980 on" is a start.
        "from" when q.Word(i + 1) is "on" or "onward" or "onwards" => (">=", "from"),
        "than" when q.Word(i - 2) is "earlier" => ("<", "before"),
        "than" when q.Word(i - 2) is "later" => (">", "after"),
        _ => ("=", equal),
    };

    /// <summary>A group of a column's paths ("Europe" of Europe/Berlin), not one of its values.</summary>
    private static bool IsGroup(Tag t) =>
        t is { Kind: TagKind.Value, Column: { } column, Value: { } value } && column.Groups.Values.Contains(value) && !column.Values.ContainsKey(value.ToLowerInvariant());

    /// <summary>Values of text columns become filters; several of one column, a list; "not"/"except" before one, an exclusion.</summary>
    private static void ReadValues(Question q, Reading r)
    {
        var values = q.Tags.Where(t => t.Kind == TagKind.Value).Distinct().ToList();
        // "How many foods are cooked?": the rows whose value holds the word whole.
        foreach (var inside in values.Where(t => t.Inside).ToList())
        {
            values.Remove(inside);
            var negated = NegationWords.Contains(q.Word(inside.Start - 1)) || q.Words.Take(inside.Start).Skip(Math.Max(0, inside.Start - 3)).Contains("not");
            r.Filters.Add(new Filter(inside.Column!, FilterPart.Value, negated ? "lacks_word" : "has_word", [inside.Value!],
                $"{inside.Column!.Name} {(negated ? "does not hold" : "holds")} the word '{inside.Value}'"));
        }
        // "zones in Europe": a group of paths is the values starting with it; alone in its column, or it is not clear how they combine.
        foreach (var group in values.Where(IsGroup).ToList())
        {
            values.Remove(group);
            if (values.Any(v => v.Column == group.Column) || NegationWords.Contains(q.Word(group.Start - 1)))
                r.Problems.Add($"I don't see how the group {group.Value} goes with the other values of {group.Column!.Name}.");
            else
                r.Filters.Add(new Filter(group.Column!, FilterPart.Value, "starts_with", [group.Value!], $"{group.Column!.Name} starts with '{group.Value}'"));
        }
        foreach (var byColumn in values.GroupBy(t => t.Column!))
        {
            // "average salary of men and women": every value of a column, joined by "and", of a measure asked is each of them.
            if (byColumn.Select(v => v.Value!).Distinct().Count() is > 1 and var named && named == byColumn.Key.Values.Count
                && q.Word(byColumn.Max(v => v.Start) - 1) == "and" && q.Words.Any(w => NamedAggregate(w) is not null))
            {
                AddGroup(r, byColumn.Key, Grain.None);
                continue;
            }
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
        // A group of paths ("image types") leaves its column's values apart, to be listed.
        var filtered = q.Tags.Where(t => t.Kind == TagKind.Value && !IsGroup(t)).Select(t => t.Column).ToHashSet();
        for (var i = 0; i < q.Words.Count; i++)
        {
            var w = q.Words[i];
            Aggregate? aggregate = null;
            // "count" in jobs' count column, "maximum" in "maximum temperature": the word names the column, not an aggregate.
            if (r.Used.Contains(i) || q.TagAt(i) is { Kind: TagKind.Column, Pole: 0 }) continue;
            // "the total number of lynx trapped": the total of the number a column holds, not its rows counted besides.
            if (w == "number" && q.Word(i + 1) == "of" && SumWords.Contains(q.Word(i - 1)) && q.TagAt(i - 1) is not { Kind: TagKind.Column }
                && MeasureAfter(q, i, grouped) is { Kind: ColumnKind.Number }) continue;
            if (w == "how" && q.Word(i + 1) == "many" || w == "number" && q.Word(i + 1) == "of" || w == "count") aggregate = Aggregate.Count;
            else if (SumWords.Contains(w)) aggregate = Aggregate.Sum;
            else if (AverageWords.Contains(w)) aggregate = Aggregate.Avg;
            else if (w == "median") aggregate = Aggregate.Median;
            else if (w == "deviation" && q.Word(i - 1) == "standard") aggregate = Aggregate.StdDev;
            else if (w == "variance") aggregate = Aggregate.Variance;
            // "smallest" linked to the size it ranks is read as the adjective it is, below.
            else if (MaxWords.Contains(w) && !(w is "top" && r.Limit is not null) && q.TagAt(i) is not { Superlative: true, Pole: not 0 }) aggregate = Aggregate.Max;
            else if (MinWords.Contains(w) && !(w is "bottom" && r.Limit is not null) && q.TagAt(i) is not { Superlative: true, Pole: not 0 }) aggregate = Aggregate.Min;
            else if ((MostWords.Contains(w) || LeastWords.Contains(w)) && q.Word(i - 1) != "at" && q.TagAt(i + 1) is not { Superlative: true }
                     && q.Word(i + 1) is not ("common" or "frequent" or "popular" or "often" or "frequently")) aggregate = Aggregate.Sum;
            else if (q.TagAt(i) is { Superlative: true, Pole: var pole } degree)
            {
                // "heaviest", "most expensive": the extreme of the column the adjective measures, at its end.
                var measured = degree.Column!;
                if (!r.DirectionGiven) r.Descending = pole > 0;
                // "the longest color name": the texts themselves, by their length.
                if (degree.OfLength)
                {
                    // "Which country has the longest name?": the country asked for is the row, not a group of rows.
                    foreach (var asked in r.Groups.Where(g => g is { Grain: Grain.None, Column.Kind: ColumnKind.Text } && g.Column.Profile.DistinctCount * 2 >= q.Table.RowCount).ToList())
                    {
                        r.Groups.Remove(asked);
                        if (asked.Column != measured) r.Shown.Add(asked.Column);
                    }
                    r.LengthOf = measured;
                    r.Limit ??= 1;
                    continue;
                }
                if (r.Measures.Any(m => m.Column == measured && m.Aggregate != Aggregate.Count)) { r.Ranked |= r.Groups.Count > 0; continue; }
                if (r.Groups.Count > 0 && r.Ranked)
                {
                    // An adjective describes each member: the group whose members are heaviest on average; unless the question
                    // says how they add up ("the most populous countries by total city population"). Dates are not averaged:
                    // the group that "ends last" has the latest end.
                    // One thing measured once at each time (a subject on each of ten days) has no members: its single extreme.
                    // "Which batch had the weakest paste?" of a paste's assays: the table's own word in the singular is one row,
                    // the group's single extreme ("the heaviest penguins" are its members, on average).
                    r.Limit ??= 1;
                    var oneRow = q.TagAt(i + 1) is { Kind: TagKind.TableWord, Length: 1 } row && Words.Singular(q.Word(row.Start)) == q.Word(row.Start);
                    if (!q.Words.Select((w, j) => (w, j)).Skip(i + 1).Any(x => SumWords.Contains(x.w) || AverageWords.Contains(x.w) && q.Word(x.j - 1) != "on"))
                        // "the thickest oxide layer on average" says so of a lot measured at several sites.
                        r.Measures.Add(new MeasureSpec((measured.Kind == ColumnKind.Date || oneRow || r.Groups is [{ Column: { } unit }] && MeasuredOnceEach(q.Table, unit))
                            && !OnAverage(q)
                            ? pole > 0 ? Aggregate.Max : Aggregate.Min : Aggregate.Avg, measured));
                }
                else r.Measures.Add(new MeasureSpec(pole > 0 ? Aggregate.Max : Aggregate.Min, measured));
                continue;
            }
            if (aggregate is null) continue;
            // "the smallest share": the shares ranked from the least. Not "the average share of others" or "the highest
            // percentage of Mormons" where the column is itself a share, nor "the average percentage below poverty" of a
            // column so named.
            if (ShareWords.Contains(q.Word(i + 1)) && q.TagAt(i + 1) is not { Kind: TagKind.Column }
                && !(aggregate is Aggregate.Avg or Aggregate.Median or Aggregate.Max or Aggregate.Min && ShareColumnOf(q, i + 1) is not null))
            {
                if (!r.DirectionGiven && aggregate is Aggregate.Max or Aggregate.Min) r.Descending = aggregate == Aggregate.Max;
                continue;
            }

            var target = MeasureAfter(q, i, grouped);
            // "countries that have an average temperature above 25": each row's average, compared, not averaged again.
            if (aggregate == Aggregate.Avg && q.Word(i - 1) is "a" or "an" && target is not null && r.Filters.Any(f => f.Column == target && f.Op is not "=")) continue;
            // "on average" says how a group is ranked, read with the extreme.
            if (aggregate == Aggregate.Avg && q.Word(i - 1) == "on") continue;
            if (aggregate == Aggregate.Count)
            {
                // "how many recommended rules": a yes-or-no column before the rows' word only picks them.
                var counted = q.Tags.Skip(i + 1).Take(4).FirstOrDefault(t => t.Kind is TagKind.Column or TagKind.TableWord or TagKind.Stop or TagKind.Unknown
                    && !(t.Kind == TagKind.Stop && (q.Word(t.Start) is "of" or "the" or "many" or "were" or "was" or "distinct" or "unique" or "different" || t.Reading?.StartsWith("counted by") == true || t.Reading?.StartsWith("says whose") == true
                        || t.Reading?.StartsWith(Question.QualifiesReading) == true))
                    && !(t is { Kind: TagKind.Column, Column.IsFlag: true } && q.TagAt(t.Start + t.Length) is { Kind: TagKind.Column or TagKind.TableWord }));
                // "How many girls over 15 had reached menarche?": the people are counted by the column of what they did, however
                // far after them.
                if (q.TagAt(i + 2) is { Kind: TagKind.Stop, Column: { } countedBy, Reading: { } by } && by.StartsWith("counted by", StringComparison.Ordinal)
                    && q.Tags.FirstOrDefault(t => t is { Kind: TagKind.Column } && t.Column == countedBy && t.Start > i + 2) is { } doneTag)
                    counted = doneTag;
                // "How many lynx were trapped in 1900?": the things the rows are, done to as a column of numbers is named, are
                // that column's amount.
                // Not others the rows are not ("How many twins were born" of births).
                if (counted is { Kind: TagKind.TableWord, Length: 1 } && q.Table.NameWords.Contains(Words.Singular(q.Word(counted.Start))) && q.Word(counted.Start + 1) is "were" or "was"
                    && q.TagAt(counted.Start + 2) is { Kind: TagKind.Column, Length: 1, Column: { Kind: ColumnKind.Number, IsYearNumber: false, IsCategoryNumber: false } } done
                    && Words.NameWords(done.Column!.Name).Contains(q.Word(done.Start))
                    && Lexicon.Shared is { Available: true } verbs && verbs.BaseForms(q.Word(done.Start), PartOfSpeech.Verb).Any(b => b != q.Word(done.Start)))
                    counted = done;
                // "How many lynx were born in 1900?" of a row a year: the things the table's name counts are not its rows, and no
                // number the question names counts them.
                else if (counted is { Kind: TagKind.TableWord, Length: 1 } && q.Table.RowsAreTimes && Words.Singular(q.Word(counted.Start)) is var thing
                         && q.Table.NameWords.Contains(thing) && Lexicon.Shared is { Available: true } timeWords && !Senses.NamesATime(thing, timeWords)
                         && !q.Table.Columns.Any(c => c.Kind == ColumnKind.Text && c.Profile.DistinctCount == q.Table.RowCount)
                         && !q.Tags.Any(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }))
                    r.Problems.Add($"Each row of {q.Table.Name} is a time, not one of its {q.Original[counted.Start]}; I can't tell which number counts them here.");
                // "How many hours is the giraffe awake?": the amount of the measure the question names, in the unit asked.
                if (q.TagAt(i + 2) is { Reading: { } unit } && unit.StartsWith(Question.AnswerUnitReading, StringComparison.Ordinal)
                    && q.Tags.Skip(i + 3).FirstOrDefault(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }) is { } measured)
                    counted = measured;
                // "how many cat breeds" of cat-breeds: the table's word qualifies the column naming its rows; in the plural it
                // is the rows, and the column after it what they do ("how many moves target self").
                // "how many Ubuntu releases" of ubuntu-releases with a release date column: the rows, that column's plural.
                if (counted is { Kind: TagKind.TableWord, Reading: null } && q.TagAt(counted.Start + 1) is { Kind: TagKind.Column } qualified
                    && (qualified.Column!.Kind == ColumnKind.Text && Words.Singular(q.Word(counted.Start)) == q.Word(counted.Start)
                        || Words.Singular(q.Word(qualified.Start)) is var rowNoun && rowNoun != q.Word(qualified.Start) && q.Table.NameWords.Contains(rowNoun)))
                    counted = qualified;
                // "the average number of doctor visits" of doctor-visits' visits: the table's word before the measure an average
                // or an extreme of a number of things is of only qualifies it; "the average number of telephones in Oceania" of
                // WorldPhones' Oceania, the measure after "in" too.
                else if (counted is { Kind: TagKind.TableWord }
                         && q.TagAt(counted.Start + counted.Length + (q.Word(counted.Start + counted.Length) == "in" ? 1 : 0)) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } } qualifiedMeasure
                         && q.Word(i) == "number" && (AverageWords.Contains(q.Word(i - 1)) || MaxWords.Contains(q.Word(i - 1)) || MinWords.Contains(q.Word(i - 1)) || q.Word(i - 1) == "median"))
                    counted = qualifiedMeasure;
                // "how many browser releases" of browser-releases: the table's own name, its rows.
                else if (counted is { Kind: TagKind.Column } && q.TagAt(counted.Start + counted.Length) is { Kind: TagKind.TableWord } own
                         && !Question.KeywordWords.Contains(q.Word(own.Start)) && q.Table.NameWords.Contains(Words.Singular(q.Word(counted.Start))))
                    counted = own;
                // "the lowest number of channels" where channels are taken for the rows: the count of all rows has no extreme.
                if (counted is { Kind: TagKind.TableWord } && q.Word(i) == "number" && new[] { q.Word(i - 1), q.Word(i - 2) }.Any(w => MaxWords.Contains(w) || MinWords.Contains(w))
                    && r.Groups.Count == 0 && r.TotalsPer is null && !q.Words.Any(w => w is "per" or "each" or "by" or "single"))
                {
                    r.Problems.Add($"I can't tell what '{q.Original[i - 1]} number of {q.Original[counted.Start]}' is the extreme of in {q.Table.Name}.");
                    continue;
                }
                // "the average minimum number of channels" of chmin: the summaries before "number of" take the measure it names.
                if (counted is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number } && q.Word(i) == "number" && r.Measures.Any(m => m.Column == counted.Column)) continue;
                // "how many rated their marriage 5": a verb right after "how many" has the rows for its subject, counted.
                if (counted is { Predicate: true } && counted.Start == i + 2) counted = null;
                var distinct = q.Words.Skip(i + 1).Take(3).Any(DistinctWords.Contains);
                // "how many deaths" of a deaths column: the deaths are added up, not the rows counted; "the lowest number of
                // births" is the extreme already read. A column named in the singular and asked in the plural names each
                // row's thing ("how many readings" of a reading column numbering them): the rows are counted.
                // A few whole numbers are counts where a noun says what they count ("how many gold medals").
                // Not events a column of fractions is named by ("How many eruptions are recorded?" of each eruption's length in minutes).
                if (counted is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } amount } && !distinct && !Identifies(q, counted)
                    && !(!ColumnTypes.IsInteger(amount.Type) && Lexicon.Shared is { Available: true } events && Senses.NamesAnEvent(Words.Singular(q.Word(counted.Start)), events))
                    // "how many patients survived more than 1000 days": rows picked by the amount compared are counted.
                    && !r.Filters.Any(f => f.Column == amount && f.Op is "is null" or ">" or "<" or ">=" or "<=" or "between")
                    && (!amount.IsCategoryNumber || q.TagAt(counted.Start + counted.Length) is { Kind: TagKind.Stop } says && says.Column == amount
                        // "How many girls had reached menarche?": the people said before it are what it counts.
                        || q.Tags.Take(counted.Start).Any(t => t is { Kind: TagKind.Stop } && t.Column == amount)
                        || !grouped.Contains(amount) && Words.NameWords(amount.Name) is [.., var last] && last.TrimEnd("0123456789".ToCharArray()) is var things && Words.Singular(things) != things
                        // "How many awards" of awards_total: the things it counts, asked by their plural in its name.
                        || !grouped.Contains(amount) && q.Word(counted.Start + counted.Length - 1) is var plural && Words.Singular(plural) != plural
                           && Words.NameWords(amount.Name).Contains(plural)
                        // "How many pregnancies" of npreg: a count asked by the plural of what it counts.
                        || !grouped.Contains(amount) && amount.CountedStem is not null && q.Word(counted.Start + counted.Length - 1) is { } asked && Words.Singular(asked) != asked
                        // "How many cases" of incidence, the frequency of occurrences, a case being one.
                        || !grouped.Contains(amount) && counted.Length == 1 && q.CountedOccurrences(q.Word(counted.Start)) == amount)
                    && !NamesEachRow(q, counted) && !NumbersPeople(q, counted) && !SaidAsGroups(q, counted) && !QualifiesTheRows(q, counted)
                    // "How many varieties" of var, 1 to 45 on four rows each: the units of a design, not amounts.
                    && !(q.Table.NumbersUnits(amount) && NameWordInPlural(q, counted) is not null))
                {
                    if (!r.Measures.Any(m => m.Column == amount)) r.Measures.Add(new MeasureSpec(Aggregate.Sum, amount));
                    continue;
                }
                // "How many third class passengers": the value right before the column's name says which; the rows are counted.
                if (counted is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } picked } && !distinct
                    && q.Tags.Any(t => t is { Kind: TagKind.Value } && t.Column == picked && t.Start + t.Length == counted.Start))
                {
                    r.Measures.Add(new MeasureSpec(Aggregate.Count, null));
                    r.Counted.Add(picked);
                    continue;
                }
                // "how many LTS releases": a column qualifying the rows' own word picks some of its values, which it does not say.
                if (counted is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, IsFlag: false } partly } && !distinct && !grouped.Contains(partly)
                    && (!NamesWhatItHolds(q, counted) || q.TagAt(counted.Start + counted.Length) is { Kind: TagKind.TableWord } && !Question.KeywordWords.Contains(q.Word(counted.Start + counted.Length))))
                {
                    // "how many incumbents" of Incumbent_Challenger_Status: its values are statuses, not incumbents.
                    r.Problems.Add($"'{string.Join(' ', q.Original.Skip(counted.Start).Take(counted.Length))}' is part of {partly.Name}'s name, and I can't tell which of its values it means.");
                    continue;
                }
                // "how many divisions", "how many motes" of a column numbering a few (division, mote_id): its distinct values. Not
                // "how many cities" of a column naming (nearly) every row, where two rows may share a name (two presidents Bush): those are the rows; but
                // "how many zones" where a zone's rows agree on every number name one zone under two countries.
                // "how many years" of firms' yearly rows: the years, not the rows.
                // "how many quarters had…" of a year and quarter on each row: the rows, one per quarter.
                // "how many individuals" of an individual column numbering each on several rows, with what is theirs (an
                // income) repeated on each: the individuals. A reading's number on each mote's readings has nothing of its own.
                // "How many web developers" of a Web_developer of 1 and 0: the rows of 1, read with the flags.
                // "How many months had more than 5000 sales?" of several cities' months of each year: months of the year (1 to
                // 12), or months of each year, of any city? The question does not say.
                if (counted is { Kind: TagKind.Column, Column: { } period } && !distinct && !grouped.Contains(period) && NameWordInPlural(q, counted) is not null
                    && YearOfPeriod(q.Table, period) is not null && !PeriodOfYear(q.Table, period, r))
                    r.Problems.Add(q.Table.Columns.FirstOrDefault(l => l is { Kind: ColumnKind.Text, IsFlag: false } && l.Profile.DistinctCount > 1) is { } label
                        ? $"each {period.Name} of a year is on several rows, one per {label.Name}; say which {label.Name}'s '{q.Original[counted.Start]}' are meant."
                        : $"each {period.Name} of a year is on several rows; I can't tell which '{q.Original[counted.Start]}' are meant.");
                // "How many litters" of a Litter and a Mother of the same four genotypes, each pair of them on several rows: the
                // two are factors of a design, and a litter's genotype is not the litter, so the rows may be the litters. Not an
                // origin and a destination, whose pairs are seldom repeated: a destination is the airport.
                if (counted is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } side } && !distinct && q.Table.IsFactorSide(side)
                    && NameWordInPlural(q, counted) is not null && q.Table.Sides is var (first, second))
                    r.Problems.Add($"{first.Name} and {second.Name} hold the same values; I can't tell whether the '{q.Original[counted.Start + counted.Length - 1]}' are the rows or the different {side.Name} values.");
                if (counted is { Kind: TagKind.Column, Column: { } c } && !grouped.Contains(c) && (c.Kind == ColumnKind.Text && !c.IsFlag || distinct
                        || c.IsYearNumber && NameWordInPlural(q, counted) == "year"
                        // "How many municipalities" of swedish-municipalities' codes, each a row a year.
                        || c == q.Table.PanelUnit && c.Kind == ColumnKind.Number && NameWordInPlural(q, counted) is not null
                        // "How many periods had no seizures?" of a patient's row in each period: those rows.
                        || c is { IsCategoryNumber: true, IsFlag: false } && !PeriodOfYear(q.Table, c, r) && !(r.Filters.Count > 0 && OneRowPerUnitAt(q.Table, c) is not null)
                            // "How many airlines" of airline-costs' firm, each a row a year.
                            && (NameWordInPlural(q, counted) is not null || c == q.Table.PanelUnit && Words.Singular(q.Word(counted.Start)) != q.Word(counted.Start))
                        || c is { Kind: ColumnKind.Number, IsYearNumber: false, IsCategoryNumber: false } && NamesEachRow(q, counted) && q.Table.Columns.Any(other => q.Table.Repeats(other, c))
                        // "How many trees" of Sitka's tree, each number on five rows: a thing's number repeats (not a reading's, nor a
                        // day's of the month).
                        || c is { Kind: ColumnKind.Number, IsYearNumber: false, IsCategoryNumber: false } && ColumnTypes.IsInteger(c.Type) && NamesEachRow(q, counted)
                            && c.Profile.DistinctCount * 2 <= q.Table.RowCount && Lexicon.Shared is { Available: true } repeatedThings
                            && Senses.NamesAPhysicalThing(Words.Singular(q.Word(counted.Start + counted.Length - 1)), repeatedThings)
                        || NumbersPeople(q, counted) || Identifies(q, counted) || SaidAsGroups(q, counted)
                        // "How many pairs" of gehan's pair, 1 to 21 on two rows each.
                        || q.Table.NumbersUnits(c) && NameWordInPlural(q, counted) is not null
                        // "How many fish" of fish numbered 4842 to 4865, each seen at several stations.
                        || q.NumbersThings(counted))
                    && !(c.Kind == ColumnKind.Text && !distinct && c.Profile.DistinctCount >= 0.9 * q.Table.RowCount && (NamesEachRow(q, counted) || CalledByName(q, counted)) && q.Table.Frequency is null
                         && q.Table.ListedAgain?.Contains(c.Name) != true)
                    // "How many counties…" of midwest, where four states each have an ADAMS: the rows, one per county.
                    && !(c.Kind == ColumnKind.Text && !distinct && q.Table.NamedWithin?.Contains(c.Name) == true && NameWordInPlural(q, counted) is not null)
                    && (distinct || !RowsOfTheirOwn(q, counted))
                    // "How many grades increased?": one value kept, the rows that hold it are counted.
                    && !(!distinct && q.Tags.Any(t => t is { Kind: TagKind.Value } && t.Column == c)))
                    r.Measures.Add(new MeasureSpec(Aggregate.CountDistinct, c));
                // The table's own word ("species"), not rows a word was read as ("snow tiles"), counts the things observed. Not
                // "resumes" of résumés with a gender: their names are people's, and the résumés the rows.
                else if (counted is { Kind: TagKind.TableWord, Reading: null } && Observed(q.Table) is { } observed
                    && !(q.PeopleRows && !Senses.NamesAPerson(Words.Singular(q.Word(counted.Start)), Lexicon.Shared)))
                    r.Measures.Add(new MeasureSpec(Aggregate.CountDistinct, observed));
                // "How many patients" of IQs measured once or more per patient id: the people are their distinct ids. "How many
                // girls" of girls' exercise at several ages each: the girls are their subjects.
                else if (PeopleCounted(q, counted) is { } person)
                    r.Measures.Add(new MeasureSpec(Aggregate.CountDistinct, person));
                // "How many girls" of children measured at four ages each, a girl being Sex = Female: the people, by their ids.
                else if (counted is null or { Kind: TagKind.Stop } && q.TagAt(i + 2) is { Kind: TagKind.Value, Length: 1 } kindOfPerson && Words.Singular(q.Word(kindOfPerson.Start)) is var kind
                         && kind != q.Word(kindOfPerson.Start) && Lexicon.Shared is { Available: true } people && Senses.NamesAPerson(kind, people)
                         && PersonMeasuredOverTime(q.Table) is { } measuredPerson)
                    r.Measures.Add(new MeasureSpec(Aggregate.CountDistinct, measuredPerson));
                else
                {
                    r.Measures.Add(new MeasureSpec(Aggregate.Count, null));
                    // "How many doses were given?" of a dose column empty where a concentration was measured instead, "How many
                    // concentration measurements": the rows that hold one.
                    if (counted is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, HasEmptyCells: true } held } && !distinct
                        && (NamesEachRow(q, counted) || QualifiesTheRows(q, counted) || q.Word(counted.Start) == "times") && !r.Filters.Any(f => f.Column == held))
                        r.Filters.Add(new Filter(held, FilterPart.Value, "is not null", [], $"{held.Name} is not empty"));
                }
                // "how many months had…": the rows are counted, and the column that names them is placed by that.
                if (counted is { Kind: TagKind.Column, Column: { } rows }) r.Counted.Add(rows);
                continue;
            }
            // "Which condition had the best recall?" where nothing measures recall: best and worst rank a measure, never a count
            // of rows; nor does an extreme of a word of the table's name in the singular that is not what its rows are ("the
            // highest recall" of word-recall-conditions).
            if (target is null && (w is "best" or "worst" || q.TagAt(i + 1) is { Kind: TagKind.TableWord, Length: 1, Reading: null } said
                    && Words.Singular(q.Word(said.Start)) == q.Word(said.Start) && Words.Singular(q.Word(said.Start)) != q.Table.HeadNoun
                    && q.TagAt(said.Start + 1) is not { Kind: TagKind.TableWord or TagKind.Column }))
            {
                r.Problems.Add($"I don't know what '{q.Original[i]}' ranks in {q.Table.Name}.");
                continue;
            }
            if ((w is "most" or "least" or "fewest") && target is null)
            {
                // "which state has the most airports": most rows; "the most deaths" counts the rows death_date names. "Which
                // category has the most usages", a usage repeated over many rows: its different values.
                if (q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text, IsFlag: false } repeated } tagged
                    && repeated.Profile.DistinctCount < 0.95 * q.Table.RowCount && NameWordInPlural(q, tagged) is not null && !r.Groups.Any(g => g.Column == repeated))
                    r.Measures.Add(new MeasureSpec(Aggregate.CountDistinct, repeated));
                // "Which center enrolled the most patients?" of patients on several rows each: the most different patients.
                else if (PeopleCounted(q, q.TagAt(i + 1)) is { } person && !r.Groups.Any(g => g.Column == person))
                    r.Measures.Add(new MeasureSpec(Aggregate.CountDistinct, person));
                else r.Measures.Add(new MeasureSpec(Aggregate.Count, null));
                if (q.TagAt(i + 1) is { Kind: TagKind.Column, Column: { Kind: not ColumnKind.Number } rows }) r.Counted.Add(rows);
                if (r.Groups.Count > 0) { r.Ranked = true; r.Descending = w == "most"; r.Limit ??= 1; }
                continue;
            }
            // "the average number of rows per …" with nothing to average them over would be answered as the counts.
            if (target is null && aggregate == Aggregate.Avg && q.Word(i + 1) == "number" && q.Word(i + 2) == "of" && r.TotalsPer is null && !OnAverage(q))
                r.Problems.Add($"I don't know what '{q.Original[i]}' averages the number over in {q.Table.Name}.");
            if (target is null) continue;
            // "Which station saw the most fish?" of fish numbered 4842 to 4865: the most different fish.
            if (aggregate == Aggregate.Sum && (MostWords.Contains(w) || LeastWords.Contains(w)) && q.NumbersThings(target) && !r.Groups.Any(g => g.Column == target))
            {
                r.Measures.Add(new MeasureSpec(Aggregate.CountDistinct, target));
                if (r.Groups.Count > 0) { r.Ranked = true; r.Descending = MostWords.Contains(w); r.Limit ??= 1; }
                continue;
            }
            // "the best worker" of workers numbered 1 to 6: their numbers only tell them apart.
            if (aggregate != Aggregate.Count && q.NumbersThings(target))
            {
                r.Problems.Add($"{target.Name}'s numbers only tell them apart; I can't tell what '{q.Original[i]}' ranks or sums.");
                continue;
            }
            // "the highest average price": the extreme ranks the average.
            if (aggregate is Aggregate.Max or Aggregate.Min && AggregateWordAfter(q, i) is { } inner)
            {
                r.Measures.Add(new MeasureSpec(inner, target));
                r.Ranked = true;
                if (!r.DirectionGiven) r.Descending = aggregate == Aggregate.Max;
                continue;
            }
            // "the lowest and highest height", "minimum height and maximum height": two summaries of one column, side by side.
            if (r.Measures.Any(m => m.Column == target && m.Aggregate != Aggregate.Count)
                && !(q.Word(i - 1) == "and" && (NamedAggregate(q.Word(i - 2)) is not null || q.TagAt(i - 2)?.Column == target && NamedAggregate(q.Word(i - 3)) is not null)
                     && r.Groups.Count == 0 && !r.Ranked && r.Measures.All(m => m.Column != target || m.Aggregate != aggregate)))
                continue;
            var superlative = MaxWords.Contains(w) || MinWords.Contains(w) || MostWords.Contains(w) || LeastWords.Contains(w);
            if (r.Groups.Count > 0 && superlative && r.Ranked)
            {
                // "which source has the highest generation": the group with the largest total; for prices and
                // rates (and shares: every value between 0 and 1, as an interest rate of 0.083; and measures per unit, as a storm's
                // pressure), the largest single value; "most"/"least" of a rate, the largest average.
                r.Ranked = true;
                if (!r.DirectionGiven) r.Descending = MaxWords.Contains(w) || MostWords.Contains(w);
                r.Limit ??= 1;
                // "the fewest unemployed on average": the group's average.
                var averaged = (target.AveragedByNature || CalledARate(q, target) || target.IsFraction
                    || Language.Words.NameWords(target.Name) is [{ } perUnit] && Lexicon.Shared is { Available: true } lexicon && Senses.NamesAMeasurePerUnit(perUnit, lexicon)
                    // "concentration" of conc: the word the question names it by.
                    || q.Tags.FirstOrDefault(t => t is not null && t.Start > i && t.Column == target) is { } namedBy && Lexicon.Shared is { Available: true } dictionary
                        && Senses.NamesAMeasurePerUnit(Words.Singular(q.Word(namedBy.Start + namedBy.Length - 1)), dictionary))
                    // "the most relapses" of rel, 1 or 0: the events a yes or no says happened, said in the plural, are its ones added up.
                    && !(target.IsFlag && !target.IsMarkOnly && w is "most" or "least" or "fewest" && target.Kind == ColumnKind.Number
                         && q.Tags.FirstOrDefault(t => t.Start > i && t.Column == target) is { } events && q.Word(events.Start + events.Length - 1) is var plural && Words.Singular(plural) != plural);
                // "Which subject had the largest distance?" of children measured once at each age: one thing's single extreme.
                var highestOrLowest = MaxWords.Contains(w) || MinWords.Contains(w);
                var measuredOverTime = r.Groups is [{ Column: { } unit }] && MeasuredOnceEach(q.Table, unit) && highestOrLowest;
                // "Which batch had the highest yield?" of a batch and a yield on each row, nothing else: each batch's rows differ
                // in nothing but the measure, so its single highest, its total and its average are all its highest yield.
                if (!measuredOverTime && !averaged && !OnAverage(q) && highestOrLowest && r.Groups is [{ Grain: Grain.None, Column: { } labelOnly }]
                    && labelOnly.Profile.DistinctCount * 2 <= q.Table.RowCount && q.Table.Columns.All(c => c == labelOnly || c == target))
                {
                    r.Problems.Add($"each {labelOnly.Name} has several rows that differ only in {target.Name}; I can't tell whether '{q.Original[i]}' is of a single one, their total or their average.");
                    continue;
                }
                var extreme = OnAverage(q) ? Aggregate.Avg
                    : measuredOverTime ? aggregate.Value
                    : w is "most" or "least" or "fewest" ? (averaged ? Aggregate.Avg : Aggregate.Sum)
                    : averaged ? aggregate.Value : Aggregate.Sum;
                r.Measures.Add(new MeasureSpec(extreme, target));
            }
            // "What is the most breaks recorded?", "the fewest breaks", "Fewest lynx trapped in a year" with nothing grouped:
            // the one row's most or least.
            else if (r.Groups.Count == 0 && (MostWords.Contains(w) || LeastWords.Contains(w)) && (q.Word(i - 1) == "the" || i == 0))
                r.Measures.Add(new MeasureSpec(MostWords.Contains(w) ? Aggregate.Max : Aggregate.Min, target));
            else
            {
                r.Measures.Add(new MeasureSpec(aggregate.Value, target));
                // "total cases and controls": a numeric column joined to the measure by "and" is summed up the same way.
                if (q.Tags.FirstOrDefault(t => t.Start > i && t.Column == target) is { } measured && q.Word(measured.Start + measured.Length) == "and"
                    && q.TagAt(measured.Start + measured.Length + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } joined }
                    && joined != target && !grouped.Contains(joined) && !r.Measures.Any(m => m.Column == joined))
                    r.Measures.Add(new MeasureSpec(aggregate.Value, joined));
            }
        }

        // "disease deaths in 1855": what a column counts, asked for without an aggregate, is added up.
        if (r.Measures.Count == 0 && r.Groups.Count == 0 && q.Tags.FirstOrDefault(t => t is { Kind: TagKind.Stop, Column.Kind: ColumnKind.Number }) is { Column: { } tallied })
            r.Measures.Add(new MeasureSpec(Aggregate.Sum, tallied));

        // A table of counts: "total flights", "flights from LAX to SFO" add up what its rows count; "average flights" averages it;
        // "total PhDs by sex" adds it up per group.
        if (r.Measures.Count == 0 && q.Table.Frequency is { } counts
            && q.Tags.FirstOrDefault(t => t.Kind == TagKind.TableWord) is { } rowsWord && !IsEachOfTheRowsSharingLabels(q, rowsWord) && !q.Words.Any(w => w is "rows" or "row" or "records" or "record")
            && q.Word(rowsWord.Start - 1) is var summary
            && (r.Groups.Count == 0 || (SumWords.Contains(summary) || AverageWords.Contains(summary)) && r.Groups.All(g => g.Column != counts)))
            r.Measures.Add(new MeasureSpec(AverageWords.Contains(summary) ? Aggregate.Avg : Aggregate.Sum, counts));

        // "total population" where nothing is the population: the aggregate has nothing to apply to.
        if (r.Measures.Count == 0 && q.Words.Select((w, i) => (w, i)).FirstOrDefault(x => (SumWords.Contains(x.w) || AverageWords.Contains(x.w) || x.w == "median")
                && q.TagAt(x.i) is { Kind: TagKind.Keyword } && !ShareWords.Contains(q.Word(x.i + 1))) is { w: not null } idle)
            r.Problems.Add($"I don't know what '{q.Original[idle.i]}' applies to in {q.Table.Name}.");

        // "the share of engineers" where engineers is itself a share (every value between 0 and 1): that column, not a share of the total.
        // "the average contraceptor percentage": after a column averaged (or its extreme, its median), what kind of number it is.
        var shares = q.Words.Select((w, i) => (w, i)).Any(x => ShareWords.Contains(x.w) && q.TagAt(x.i) is not { Kind: TagKind.Column } && ShareColumnOf(q, x.i) is null
            && q.TagAt(x.i)?.Reading?.EndsWith(Question.IsTheShareEnding, StringComparison.Ordinal) != true
            && !(q.TagAt(x.i - 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } described }
                 && r.Measures.Any(m => m.Column == described && m.Aggregate is Aggregate.Avg or Aggregate.Median or Aggregate.Max or Aggregate.Min)));
        if (shares && r.Groups.Count > 0) r.Share = true;
        // "Which major admitted the lowest percentage of women?": a share of the rows a value picks may be of each group's own
        // (its women) or of all of them (the women in each group); the question does not say which.
        if (r.Share && q.Words.Select((w, i) => (w, i)).FirstOrDefault(x => ShareWords.Contains(x.w) && q.Word(x.i + 1) == "of"
                && q.TagAt(x.i + 2) is { Kind: TagKind.Value, Column: { } picking } && !r.Groups.Any(g => g.Column == picking)) is { w: not null } ofPicked)
            r.Problems.Add($"'{q.Original[ofPicked.i]} of {q.Original[ofPicked.i + 2]}': of each group's rows, or of all rows that are {q.Original[ofPicked.i + 2]}? Say which.");

        // A group with a measure named but no aggregate word: "price by symbol" sums or averages it.
        var measures = q.Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } } && !grouped.Contains(t.Column!)
            && !r.Filters.Any(f => f.Column == t.Column && f.Part == FilterPart.Value)).Select(t => t.Column!).Distinct().ToList();
        if (r.OrderBy is not null && !measures.Contains(r.OrderBy)) measures.Add(r.OrderBy);
        if (r.Measures.Count == 0 && r.Groups.Count > 0)
        {
            if (measures.Count > 0) r.Measures.AddRange(measures.Select(m => new MeasureSpec(m.AveragedByNature || SaidAsRatio(q, m) ? Aggregate.Avg : Aggregate.Sum, m)));
            else r.Measures.Add(new MeasureSpec(Aggregate.Count, null));
        }
        // A table of counts (a column called count, number or frequency): "how many", "the most", "top 5 jobs" add it up,
        // unless the rows themselves are asked for ("how many records").
        // Not "How many days had more than 30 accidents", whose days are another column's; nor "how many scats" of a table
        // whose rows, sharing labels, are each a scat.
        if (q.Table.Frequency is { } frequency && !q.Words.Any(w => w is "rows" or "row" or "records" or "record" or "entries" or "lines")
            && !q.Tags.Any(t => t is { Kind: TagKind.TableWord, Rows: true } || IsEachOfTheRowsSharingLabels(q, t))
            && !(q.Words is ["how", "many", ..] && q.TagAt(2) is { Kind: TagKind.Column } countedOther && countedOther.Column != frequency))
            for (var m = 0; m < r.Measures.Count; m++)
                if (r.Measures[m].Aggregate == Aggregate.Count) r.Measures[m] = new MeasureSpec(Aggregate.Sum, frequency);
        if (r.Measures.Count == 0 && r.Limit is not null && r.Ranked && measures.Count > 0) r.OrderBy ??= measures[0];
        // "the smallest country" where nothing is a size: the extreme has nothing to rank.
        if (r.Measures.Count == 0 && r.OrderBy is null && !r.When && q.Words.Select((w, i) => (w, i)).FirstOrDefault(x => (MaxWords.Contains(x.w) || MinWords.Contains(x.w))
                && x.w is not ("top" or "bottom") && q.TagAt(x.i) is { Kind: TagKind.Keyword }) is { w: not null } unranked)
            r.Problems.Add($"I don't know what '{q.Original[unranked.i]}' measures in {q.Table.Name}.");
        if (r.DistinctList && r.Measures.Count > 0) r.DistinctList = false;
        var distinctWord = q.Words.Any(DistinctWords.Contains);
        if (r.Measures.Count == 0 && r.Groups.Count == 0 && distinctWord)
        {
            var listed = q.Tags.Where(t => t is { Kind: TagKind.Column, OfLength: false } && !filtered.Contains(t.Column)).Select(t => t.Column!).Distinct().ToList();
            if (listed.Count >= 1) { r.DistinctList = true; r.Shown.AddRange(listed); }
        }
        if (r.DistinctList && r.Shown.Count == 0)
        {
            // Not a column held to one value ("which people are in group 3"): its value is in the question.
            var listed = q.Tags.Where(t => t is { Kind: TagKind.Column } && !filtered.Contains(t.Column)
                && !r.Filters.Any(f => f.Column == t.Column && (f is { Op: "=", Part: FilterPart.Value } || SaidOfTheRows(q, t, f)))).Select(t => t.Column!).Distinct().ToList();
            r.Shown.AddRange(listed);
        }
        // "total individual contributions" of Total_Individual_Contributions, asked alone: the column added up, as its name says.
        if (r.Measures.Count == 0 && r.Groups.Count == 0 && r.Limit is null && !r.DistinctList
            && q.Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } }).Distinct().ToList() is [var whole]
            && NamedAggregate(q.Word(whole.Start)) is { } named && Words.NameWords(whole.Column!.Name).FirstOrDefault() == q.Word(whole.Start))
            r.Measures.Add(new MeasureSpec(named, whole.Column));
        // A column held to one value ("for budget year 2000") is not shown: its value is in the question; one held to
        // several ("population of India and China") is, to tell the rows apart.
        if (r.Measures.Count == 0 && !r.DistinctList)
            r.Shown.AddRange(r.Filters.Where(f => f is { Op: "in", Part: FilterPart.Value } && !r.Shown.Contains(f.Column)).Select(f => f.Column).Distinct());
        // Nor one held empty ("the scripts without a property value alias"), nor one said of the rows.
        if (r.Measures.Count == 0 && !r.DistinctList)
            r.Shown.AddRange(q.Tags.Where(t => t is { Kind: TagKind.Column, OfLength: false } && !r.Shown.Contains(t.Column!)
                && (!filtered.Contains(t.Column) && !r.Filters.Any(f => f.Column == t.Column && (f is { Op: "=" or "is null", Part: FilterPart.Value } || SaidOfTheRows(q, t, f)))
                    || AskedOfItsOwnValue(q, t))
                // "Cars with more than 200 horsepower": a measure compared in its unit, as it would be by its name.
                || t is { Kind: TagKind.Unit, Column: { } inUnit } && !r.Shown.Contains(inUnit) && r.Filters.Any(f => f.Column == inUnit && f.Op is ">" or "<" or ">=" or "<=" or "between"))
                .Select(t => t.Column!).Distinct());
        // A year held between two ("population between 1900 and 1950") is shown: each value listed says its year.
        if (r.Measures.Count == 0 && r.Groups.Count == 0 && !r.DistinctList && r.Shown.Count > 0)
            r.Shown.AddRange(r.Filters.Where(f => f is { Part: FilterPart.Value, Op: "between", Column.IsYearNumber: true } && !r.Shown.Contains(f.Column))
                .Select(f => f.Column).Distinct());
        // "the countries whose code starts with Z": the code only picks the countries.
        if (r.Shown.Count > 1)
            r.Shown.RemoveAll(c => r.Filters.Any(f => f.Column == c && f.Op is "starts_with" or "ends_with" or "contains")
                && q.Tags.Any(t => t.Kind == TagKind.Column && t.Column == c && q.Word(t.Start - 1) == "whose"));
        // "When does maintenance start": one time asked, two columns of times named.
        if (r.When && r.Measures.Count == 0 && r.Shown.Where(c => c.Kind == ColumnKind.Date).ToList() is [var one, var other, ..])
            r.Problems.Add($"'When' asks for one time, and {one.Name} and {other.Name} are both times.");
        // "revenue of the Hawaiian Pizza Large in 2021" where that pizza has a row a day: a total, an average or a list, and
        // the question does not say which. "population of India" on a row per country, or per country and year with the
        // year asked, is one row's; rows picked by a comparison ("countries with health below 55"), shown over time
        // ("fertility of India over the years") or by a label ("fertility of countries in 2005") are a list.
        if (r.Measures.Count == 0 && r.Groups.Count == 0 && r.Limit is null && !r.DistinctList && r.OrderBy is null && r.Filters.Count > 0
            && r.Filters.All(f => f.Op == "=") && r.Shown.Count > 0 && r.Shown.All(c => c is { Kind: ColumnKind.Number, IsYearNumber: false } && !q.NumbersThings(c))
            && RowsPinned(q.Table, r.Filters) < NearlyEveryRow * q.Table.RowCount
            // "the weight of the AMC Ambassador DPL", a name the table holds once though other cars' names repeat: its one row.
            && !r.Filters.Any(f => f is { Part: FilterPart.Value, Column: { Kind: ColumnKind.Text, ListSeparator: null, OnSeveralRows: { } several } }
                && f.Values.All(v => v is string name && !several.Contains(name))))
        {
            // "the atomic number of iron", repeated on each of iron's isotopes: the one value it is. "Which port does ssh use?":
            // "which" before the column asks which of its values, not a sum of them.
            if (r.Filters.Any(f => f.Part == FilterPart.Value && r.Shown.All(n => q.Table.Repeats(n, f.Column)))
                || q.Words[0] == "which" && q.TagAt(1) is { Kind: TagKind.Column, Column: { } asked } && r.Shown.SequenceEqual([asked]))
                r.DistinctList = true;
            // "Approval ratings in 1974", "the scores in 2019": measurements asked in the plural are listed, each row's ("deaths
            // in 1990" may be their total); so are rates ("speeds in experiment 1"), which no one adds up.
            else if (!(r.Shown is [var listed] && Lexicon.Shared is { Available: true } lexicon && q.Tags.Any(t => t is { Kind: TagKind.Column } && t.Column == listed
                         && (q.TagAt(t.Start + t.Length) is { Kind: TagKind.Stop } ? [t.Start + t.Length - 1, t.Start + t.Length] : new[] { t.Start + t.Length - 1 })
                            .Select(q.Word).Any(plural => Words.Singular(plural) != plural
                                && (Senses.NamesAMeasuring(Words.Singular(plural), lexicon) || Senses.NamesARate(Words.Singular(plural), lexicon)
                                    // "distances from Stockholm": a property of each row (WordNet's attributes), not an amount to add up.
                                    || Senses.NamesAnAttribute(Words.Singular(plural), lexicon)))
                            // "reaction times": a compound naming a span of time, in the plural.
                            || t.Length > 1 && Words.Singular(q.Word(t.Start + t.Length - 1)) is var lastOne && lastOne != q.Word(t.Start + t.Length - 1)
                                && Senses.NamesATimeSpan(string.Join(' ', q.Words.Skip(t.Start).Take(t.Length - 1).Append(lastOne)), lexicon))))
                r.Problems.Add($"Many rows match, and I can't tell whether to add up, average or list their {string.Join(" and ", r.Shown.Select(n => n.Name))}.");
            // "Reaction times of subject 335": one unit's measurements, listed at their times.
            else if (r.Filters.Where(f => f.Part == FilterPart.Value).Select(f => TimeMeasuredAt(q.Table, f.Column)).Distinct().ToList() is [{ } time] && !r.Shown.Contains(time)
                     && !r.Filters.Any(f => f.Column == time))
                r.Shown.Insert(0, time);
            // "Distances from Stockholm": routes from one side, listed by the other; "diameters on plate x" of plates each with
            // every sample once, by the sample.
            else if ((q.Table.Sides ?? Crossed(q.Table)) is var (from, to) && r.Filters.Where(f => f.Op == "=" && (f.Column == from || f.Column == to)).Select(f => f.Column).Distinct().ToList() is [var held]
                     && (held == from ? to : from) is var unheld && !r.Shown.Contains(unheld))
                r.Shown.Insert(0, unheld);
        }
        // "the 5 highest countries" with nothing to rank by: rows counted per country, where (nearly) each country has one row,
        // rank nothing. "top 5 counties by number of zip codes", a zip code to a row: the counties ranked by their rows.
        if (r.Ranked && r.Groups is [{ Grain: Grain.None, Column: { Kind: ColumnKind.Text } each }] && r.Measures is [{ Aggregate: Aggregate.Count }]
            && each.Profile.DistinctCount >= 0.95 * q.Table.RowCount)
        {
            if (q.Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } } && t.Column != each && q.Word(t.Start + t.Length) == "by"
                    && q.Word(t.Start + t.Length + 1) == "number" && q.Word(t.Start + t.Length + 2) == "of" && t.Column!.Profile.DistinctCount < 0.95 * q.Table.RowCount)
                .Select(t => t.Column!).Distinct().ToList() is [var ranked])
                r.Groups[0] = new GroupSpec(ranked, Grain.None);
            else r.Problems.Add($"Each {each.Name} has one row, so counting its rows ranks nothing.");
        }
        // "the scientific name of the White-tailed Deer": text of the rows a value picks, each different text once; so are
        // "the source categories" asked in the plural of a column whose values repeat, and "the doses" of a few numbers
        // each on many rows.
        if (r.Measures.Count == 0 && r.Groups.Count == 0 && r.Limit is null && r.Shown.Count > 0
            && (r.Shown.All(c => c.Kind == ColumnKind.Text && !r.Filters.Any(f => f.Column == c))
                && (r.Filters.Count > 0 || r.OrderBy is null && r.Shown is [var only] && only.Profile.DistinctCount < q.Table.RowCount && SaidInPlural(q, only))
                || r.Filters.Count == 0 && r.OrderBy is null && r.Shown is [{ Kind: ColumnKind.Number } few] && few.Profile.DistinctCount <= 20
                    && few.Profile.DistinctCount * 2 <= q.Table.RowCount && SaidInPlural(q, few)))
            r.DistinctList = true;
        // "Which cities get between 30 and 40 inches?": rows a comparison picks by the table's one measure, unnamed, are listed
        // with it, as where it is named ("cities with less than 15 inches of precipitation").
        if (r is { DistinctList: true, Measures.Count: 0, Groups.Count: 0, Shown: [{ Kind: ColumnKind.Text } rowNames] } && rowNames.Profile.DistinctCount >= 0.95 * q.Table.RowCount
            && r.Filters.Where(f => f is { Part: FilterPart.Value, Op: ">" or "<" or ">=" or "<=" or "between" } && f.Column == q.Table.OnlyMeasure && !q.Tags.Any(t => t.Column == f.Column))
                .Select(f => f.Column).Distinct().ToList() is [var compared])
        {
            r.Shown.Add(compared);
            r.DistinctList = false;
        }
    }

    private const int MaxModeValues = 100;

    /// <summary>"the correlation of X and Y", "how correlated are X and Y": exactly two numeric columns named.</summary>
    private static void ReadCorrelation(Question q, Reading r)
    {
        if (!q.Words.Any(w => w is "correlation" or "correlated" or "correlate" or "corr")) return;
        var named = q.Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } } && !r.Groups.Any(g => g.Column == t.Column)
            && !r.Filters.Any(f => f.Column == t.Column)).Select(t => t.Column!).Distinct().ToList();
        if (named is [var first, var second]) r.Correlation = (first, second);
        else r.Problems.Add("A correlation needs exactly two numeric columns named.");
    }

    /// <summary>
    /// "the occupation with the lowest income", "the professional occupation with…": a question that begins with a text
    /// column (after a value picking its rows) described by what follows asks which, as "which occupation has" does.
    /// </summary>
    private static bool DescribedLabel(Question q) =>
        PastPickingValue(q, 1) is var at
        && q.TagAt(at) is { Kind: TagKind.Column, Column.Kind: ColumnKind.Text } label && q.Word(at + label.Length) is "with" or "having" or "that" or "whose";

    /// <summary>Where the column asked for stands from <paramref name="at"/>: past a value that only picks its rows ("which blue-collar occupation").</summary>
    private static int PastPickingValue(Question q, int at) =>
        q.TagAt(at) is { Kind: TagKind.Value } picking && q.TagAt(at + picking.Length) is { Kind: TagKind.Column, Column: { } asked } && asked != picking.Column
            ? at + picking.Length : at;

    private static bool SaidInPlural(Question q, LanguageColumn column) =>
        q.Tags.Where(t => t.Kind == TagKind.Column && t.Column == column).Select(t => q.Word(t.Start + t.Length - 1)).Any(last => Words.Singular(last) != last);

    /// <summary>
    /// A column the rows listed are picked by, said of them rather than asked: held filled by saying so ("the variants
    /// that are deprecated"), or a date its verb holds to the years the question gives ("Which regions were added in
    /// 2023?", "the subtags added after 2010").
    /// </summary>
    private static bool SaidOfTheRows(Question q, Tag column, Filter filter) =>
        filter.Op == "is not null" && (q.Word(column.Start - 1) is "are" or "is" or "were" or "was"
            // "List the locales with a modifier": held, it picks them.
            || q.Word(column.Start - 1) is "a" or "an" && q.Word(column.Start - 2) is "with" or "have" or "has" or "having")
        || filter.Part == FilterPart.Year && column.Column!.Kind == ColumnKind.Date && q.Word(column.Start).EndsWith("ed", StringComparison.Ordinal)
            && Lexicon.Shared is { Available: true } lexicon && lexicon.BaseForms(q.Word(column.Start), PartOfSpeech.Verb).Any(b => b != q.Word(column.Start));

    /// <summary>
    /// "the name of the MIT license" where "MIT license" is (in another case) a name itself: the column asked of its own
    /// value is shown, written as it is stored.
    /// </summary>
    private static bool AskedOfItsOwnValue(Question q, Tag column) =>
        q.Word(column.Start + column.Length) == "of" && (q.Word(column.Start + column.Length + 1) == "the" ? q.TagAt(column.Start + column.Length + 2) : q.TagAt(column.Start + column.Length + 1))
            is { Kind: TagKind.Value } value && value.Column == column.Column;

    /// <summary>
    /// When a table's rows are observations of a few named things (4 species over 3,090 counties), the column that names
    /// them (two or more: one name on every row only labels the table), each value on at least ten rows: "how many
    /// species" counts those, not the rows. The column is the rows' own name ("name", "scientific_name"), not another
    /// thing's ("Airport Name" of bird strikes names airports).
    /// </summary>
    private static LanguageColumn? Observed(LanguageTable table) =>
        table.Columns.Where(c => c.Kind == ColumnKind.Text && Words.NameWords(c.Name) is [.. var qualifiers, "name"]
                && Lexicon.Shared.Available && qualifiers.All(w => !Lexicon.Shared.Knows(w, PartOfSpeech.Noun)) && c.Profile.DistinctCount > 1 && c.Profile.DistinctCount * 10 <= table.RowCount)
            .MinBy(c => c.Profile.DistinctCount);

    /// <summary>
    /// "infant mortality by region", "verbal IQ by sex": a measure the question calls by a rate or a ratio (WordNet: a kind
    /// of magnitude relation, as a death rate and an intelligence quotient are) is averaged, not added up.
    /// </summary>
    private static bool SaidAsRatio(Question q, LanguageColumn measure) => Lexicon.Shared is { Available: true } lexicon
        && q.Tags.Any(t => t is { Kind: TagKind.Column } && t.Column == measure
            && new[] { string.Join(' ', q.Words.Skip(t.Start).Take(t.Length)), Words.Singular(q.Word(t.Start + t.Length - 1)) }
                .Any(said => Senses.IsAKindOf(said, "magnitude relation", lexicon, 4)));

    /// <summary>
    /// "patients" of IQs measured once or more per patient id: the people counted are their ids, if the word names the
    /// table's people or a person (whatever the rows were read as: epilepsy's patients).
    /// </summary>
    private static LanguageColumn? PeopleCounted(Question q, Tag? counted) =>
        counted is { Kind: TagKind.TableWord } && (counted.Reading == Question.PeopleRowsReading
            || (counted.Reading is null || counted.Rows) && Lexicon.Shared is { Available: true } persons && Senses.NamesAPerson(Words.Singular(q.Word(counted.Start)), persons))
            ? PersonId(q.Table) : null;

    /// <summary>The people a table's rows are of, by their ids, where each has one row at each of a column of times (a child at ages 8 to 14).</summary>
    internal static LanguageColumn? PersonMeasuredOverTime(LanguageTable table) => PersonId(table) is { } person && TimeMeasuredAt(table, person) is not null ? person : null;

    /// <summary>
    /// A column identifying people (id, patient_id) that repeats: each person is on several rows. Where no column is an id,
    /// one named by a word WordNet has for a person in some sense (a subject: one who is studied), holding whole numbers or
    /// labels of digits (not a party's names), not years, times or measures, many of them (a tenth of the rows or more: not
    /// a job, nor a family's size) or with a number of their own on each of their rows (a patient's height), each on two
    /// rows or more on average.
    /// </summary>
    internal static LanguageColumn? PersonId(LanguageTable table)
    {
        if (Lexicon.Shared is not { Available: true } lexicon) return null;
        var ids = table.Columns.Where(c => Words.NameWords(c.Name) is ["id"] or [_, "id"]).ToList();
        return (ids.Count > 0
                ? ids.Where(c => (Words.NameWords(c.Name) is not [var who, _] || Senses.NamesAPerson(who, lexicon)) && c.Profile.DistinctCount > 1 && c.Profile.DistinctCount < table.RowCount)
                : table.Columns.Where(c => Words.NameWords(c.Name) is [var observed] && c is { IsFlag: false, IsYearNumber: false }
                    && (c.Kind == ColumnKind.Text && c.MostlyDigits || c.Kind == ColumnKind.Number && ColumnTypes.IsInteger(c.Type))
                    && (c.Profile.DistinctCount * 10 >= table.RowCount || NumbersMany(c) || table.Columns.Any(own => table.Repeats(own, c))) && c.Profile.DistinctCount * 2 <= table.RowCount
                    && Senses.NamesAPersonInSomeSense(observed, lexicon) && !Senses.NamesATime(Words.Singular(observed), lexicon)
                    && !Senses.NamesAMeasure(Words.Singular(observed), lexicon)))
            .ToList() is [var only] ? only : null;
    }

    /// <summary>Whole numbers from 1 up, each used (subjects 1 to 59): many things numbered in turn, however many rows each has.</summary>
    private static bool NumbersMany(LanguageColumn column) => column is { Kind: ColumnKind.Number, Profile: { Min: "1", DistinctCount: >= 20 } profile }
        && profile.Max == profile.DistinctCount.ToString(CultureInfo.InvariantCulture);

    private static Aggregate? NamedAggregate(string word) =>
        SumWords.Contains(word) ? Aggregate.Sum : AverageWords.Contains(word) ? Aggregate.Avg : MaxWords.Contains(word) ? Aggregate.Max : MinWords.Contains(word) ? Aggregate.Min : null;

    /// <summary>
    /// Whether the words of a column's tag name what the column holds: its whole name or its last word ("genre" of Major
    /// Genre), or what it identifies when it is a name, code or id ("candidates" of Candidate_Name).
    /// </summary>
    private static bool NamesWhatItHolds(Question q, Tag tag)
    {
        var said = q.Words.Skip(tag.Start).Take(tag.Length).Select(Words.Singular).ToList();
        var name = Words.NameWords(tag.Column!.Name).Select(Words.Singular).ToList();
        if (name.Count <= 1 || said.SequenceEqual(name) || said.LastOrDefault() == name[^1]) return true;
        return name[^1] is "name" or "id" or "code" or "title" or "label" or "key" or "identification" or "identifier" && said.All(name.Contains);
    }

    /// <summary>"the share of engineers" where engineers is itself a share (every value between 0 and 1, or a percent): that column.</summary>
    private static LanguageColumn? ShareColumnOf(Question q, int shareWord) =>
        q.Word(shareWord + 1) == "of" && q.TagAt(shareWord + 2) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number } share } && share.IsShare ? share : null;

    private static Aggregate? AggregateWordAfter(Question q, int i)
    {
        // "the highest total receipts" of Total_Receipts: the word begins the column's name.
        if (q.TagAt(i + 1) is { Kind: TagKind.Column }) return null;
        var next = q.Word(i + 1);
        // "the highest peak concentration": the groups ranked by their own highest.
        return AverageWords.Contains(next) ? Aggregate.Avg : SumWords.Contains(next) ? Aggregate.Sum : next == "median" ? Aggregate.Median
            : next == "standard" && q.Word(i + 2) == "deviation" ? Aggregate.StdDev : next == "variance" ? Aggregate.Variance
            : next is "peak" or "maximum" or "max" ? Aggregate.Max : next is "minimum" or "min" ? Aggregate.Min : null;
    }

    /// <summary>
    /// A yes-or-no column named as a quality of the rows, neither measured nor grouped ("married workers", "indoor motes",
    /// "in a union", "how many are married") keeps the rows where it holds; "not" or "non" just before it, where it does not.
    /// </summary>
    private static void ReadFlags(Question q, Reading r)
    {
        // "Is Switzerland landlocked?" asks for the flag: it is shown, not held.
        if (q.Words.Count > 0 && q.Words[0] is "is" or "are" or "was" or "were") return;
        foreach (var tag in q.Tags.Where(t => t is { Kind: TagKind.Column, Column.IsFlag: true }).Distinct())
        {
            var flag = tag.Column!;
            if (r.Places(flag)) continue;
            // "the average price with and without gas heating", "with or without a (speed) limit", "southern and non-southern
            // states": both sides, side by side.
            var without = tag.Start - 1;
            while (q.Word(without) is "a" or "an" or "the" || q.TagAt(without) is { Kind: TagKind.Stop or TagKind.TableWord } && q.Word(without) != "without") without--;
            if (BothSides(q, without) || q.Tags.Any(other => other is { Kind: TagKind.Column } && other.Column == flag && other.Pole != tag.Pole
                    && Math.Abs(other.Start - tag.Start) == 2 && q.Word(Math.Min(other.Start, tag.Start) + 1) is "and" or "or" or "versus" or "vs"))
            {
                r.Counted.Remove(flag);
                AddGroup(r, flag, Grain.None);
                continue;
            }
            var negated = tag.Pole < 0 || Enumerable.Range(Math.Max(0, tag.Start - 3), Math.Min(3, tag.Start)).Any(j => q.Words[j] is "not" or "non" or "never" or "without"
                || q.Words[j] == "no" && q.Word(j + 1) != "more");
            if (negated && flag.IsMarkOnly)
            {
                r.Problems.Add($"{flag.Name} is never 0; I can't tell which rows are 'not'.");
                continue;
            }
            object holds = flag.TextFlag is var (yes, no) ? negated ? no : yes : flag.Kind == ColumnKind.Boolean ? !negated : negated ? 0 : 1;
            r.Counted.Remove(flag);
            // "the landlocked countries": the rows it keeps are shown without it, as with any value the question holds.
            r.Shown.Remove(flag);
            // A yes or no written as text may be written in either case (OpenFlights' one "n" among its "N"s).
            r.Filters.Add(new Filter(flag, FilterPart.Value, flag.TextFlag is null ? "=" : "ilike", [holds], negated ? $"not {flag.Name}" : flag.Name));
        }
        // "blocks that emit light" of emitLight: a count named by what the rows do holds the rows that do it at all.
        foreach (var tag in q.Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } } && SaysWhatRowsDo(q, t)).Distinct())
        {
            var amount = tag.Column!;
            if (r.Places(amount)) continue;
            var negated = Enumerable.Range(Math.Max(0, tag.Start - 3), Math.Min(3, tag.Start)).Any(j => q.Words[j] is "not" or "never");
            r.Counted.Remove(amount);
            r.Shown.Remove(amount);
            r.Filters.Add(new Filter(amount, FilterPart.Value, negated ? "=" : ">", [0], negated ? $"not {amount.Name} (none)" : $"{amount.Name} above 0"));
        }
    }

    /// <summary>
    /// "plots given nitrogen or phosphate", "a yield above 60 or below 50": two conditions the question joins by "or" keep
    /// the rows where either holds ("Japan or Europe", values of one column, are one condition already).
    /// </summary>
    private static void ReadAlternatives(Question q, Reading r)
    {
        for (var i = 1; i + 1 < q.Words.Count; i++)
        {
            if (q.Words[i] != "or" || q.TagAt(i) is { Kind: TagKind.Column or TagKind.Value } or { Reading: Question.OrMoreReading or Question.OrLessReading }) continue;
            var before = Enumerable.Range(0, i).Reverse().Select(q.TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column or TagKind.Value });
            var after = Enumerable.Range(i + 1, q.Words.Count - i - 1).Select(q.TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column or TagKind.Value });
            // "above 60 or below 50": nothing named after "or", the same column again.
            if (before?.Column is not { } first || (after?.Column ?? first) is not { } second) continue;
            var ones = r.Filters.Where(f => Holds(f, first)).ToList();
            var others = r.Filters.Where(f => Holds(f, second) && !Holds(f, first)).ToList();
            // "nitrogen or phosphate or potassium": the third joins the first two.
            if ((first == second ? ones : [.. ones, .. others]) is not [var one, var other] || first != second && ones.Count != 1) continue;
            r.Filters[r.Filters.IndexOf(one)] = new Filter(one.Column, one.Part, "or", [one, other], $"{one.Text} or {other.Text}");
            r.Filters.Remove(other);
        }

        static bool Holds(Filter f, LanguageColumn column) => Alternatives(f).Any(e => e.Column == column);
    }

    /// <summary>Whether "without" at <paramref name="at"/> follows "with and" or "with or": both sides asked.</summary>
    private static bool BothSides(Question q, int at) => q.Word(at) == "without" && q.Word(at - 1) is "and" or "or" && q.Word(at - 2) == "with";

    /// <summary>
    /// "mixtures with superplasticizer" of an amount of it, from none: after "with", a numeric column named for a substance
    /// or a thing (or a word no dictionary knows), neither measured nor compared, keeps the rows that have some of it.
    /// </summary>
    private static void ReadAmountsHeld(Question q, Reading r)
    {
        if (Lexicon.Shared is not { Available: true } lexicon) return;
        foreach (var tag in q.Tags.Where(t => t is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false } } && q.Word(t.Start - 1) == "with").Distinct())
        {
            var amount = tag.Column!;
            if (r.Places(amount)
                || !double.TryParse(amount.Profile.Min, CultureInfo.InvariantCulture, out var least) || least != 0 || Words.NameWords(amount.Name) is not [.., var last]
                || !(Senses.NamesASubstance(last, lexicon) || Senses.NamesAPhysicalThing(last, lexicon) || !lexicon.Knows(last, PartOfSpeech.Noun))) continue;
            r.Shown.Remove(amount);
            r.Filters.Add(new Filter(amount, FilterPart.Value, ">", [0], $"{amount.Name} above 0"));
        }
    }

    /// <summary>
    /// "What percentage of employees are women?", "What share of houses have air conditioning?": a share of the rows
    /// themselves, nothing grouped or measured, is the share of them the question's conditions keep. So is one of the
    /// records, entries or days the rows are called by no name of the table's ("What percentage of days had a headache?").
    /// </summary>
    private static void ReadShareOfRows(Question q, Reading r)
    {
        if (r is { Share: false, Groups.Count: 0, Measures.Count: 0, Filters.Count: > 0 }
            && q.Words.Select((w, i) => (w, i)).Any(x => ShareWords.Contains(x.w) && q.Word(x.i + 1) == "of"
                && (q.Word(x.i + 2) is "the" or "all" ? x.i + 3 : x.i + 2) is var of
                && (q.TagAt(of) is { Kind: TagKind.TableWord } || q.Word(of) is "rows" or "records" or "entries" or "days" && q.TagAt(of) is null or { Kind: TagKind.Stop })))
            r.ShareOfRows = true;
    }

    /// <summary>
    /// A column named by a verb and what it acts on (<c>emitLight</c>), asked as what the rows do: the whole name, its
    /// verb as a verb, after the rows' word or a word that leads a verb ("blocks emit light", "that emit light",
    /// "do not emit light"), with no number after it.
    /// </summary>
    private static bool SaysWhatRowsDo(Question q, Tag tag) =>
        Words.NameWords(tag.Column!.Name) is [var verb, _, ..] name && tag.Length == name.Count
        && Lexicon.Shared is { Available: true } lexicon && lexicon.BaseForms(q.Words[tag.Start], PartOfSpeech.Verb).Contains(verb)
        && (q.TagAt(tag.Start - 1) is { Kind: TagKind.TableWord } || q.Word(tag.Start - 1) is "that" or "which" or "who" or "not" or "never" or "do" or "does" or "can")
        && q.TagAt(tag.Start + tag.Length) is not { Kind: TagKind.Number } && q.Word(tag.Start + tag.Length) is not ("of" or "to" or "at");

    /// <summary>
    /// "How many instructors" of prof: people asked in the plural of a column of numbers named for one person each are
    /// who the numbers are, counted apart, not amounts added up ("How many votes did Gore get": votes are no people).
    /// </summary>
    private static bool NumbersPeople(Question q, Tag tag) => tag.Column is { Kind: ColumnKind.Number, IsYearNumber: false } c
        && q.Word(tag.Start) is var asked && Words.Singular(asked) != asked && Words.NameWords(c.Name) is [var person] && Words.Singular(person) == person
        && Lexicon.Shared is { Available: true } lexicon && Senses.NamesAPerson(person, lexicon) && Senses.NamesAPerson(Words.Singular(asked), lexicon);

    /// <summary>"How many age groups" of age: a measure's values said as groups of the rows (WordNet: a group) are its different values.</summary>
    private static bool SaidAsGroups(Question q, Tag tag) => tag is { Length: 2, Column.Kind: ColumnKind.Number } && q.Word(tag.Start + 1) is var kinds
        && Words.Singular(kinds) is var kind && kind != kinds && Lexicon.Shared is { Available: true } lexicon && Senses.NamesAGroupOfThings(kind, lexicon);

    /// <summary>
    /// "How many schools" of school_id: the things counted by the plural of the column identifying them; "how many
    /// earthquakes" of the event numbering the earthquakes measured.
    /// </summary>
    private static bool Identifies(Question q, Tag tag) => Words.NameWords(tag.Column!.Name) is [var thing, "id"] && NameWordInPlural(q, tag) == thing
        || tag.Reading?.StartsWith(Question.MeasuredThingsReading, StringComparison.Ordinal) == true;

    /// <summary>
    /// The word of the column's name the question asks in the plural ("readings" of <c>reading</c>, "motes" of <c>mote_id</c>),
    /// or the plural after its one word that says what its numbers label ("seed sources" of <c>Seed</c>), or of a word its
    /// one word shortens ("experiments" of <c>Expt</c>), if any.
    /// </summary>
    private static string? NameWordInPlural(Question q, Tag tag)
    {
        var asked = q.Word(tag.Start + tag.Length - 1);
        var singular = Words.Singular(asked);
        var name = Words.NameWords(tag.Column!.Name);
        return singular != asked && (name.Contains(singular) || tag.Length == 2 && tag.Column.IsCategoryNumber && name is [var only] && only == q.Word(tag.Start)
                || tag.Length == 1 && name is [var shortened] && Question.Shortens(shortened, singular))
            ? singular : null;
    }

    /// <summary>
    /// "how many operators" of postgres-operators, whose operator column repeats a symbol over the types it takes: the
    /// table's name ends with the rows' noun (not "codecs" of codec-aliases, nor "continents" of country-by-continent), and
    /// another text column names nearly every one (its function), so each row is one.
    /// </summary>
    private static bool RowsOfTheirOwn(Question q, Tag counted) =>
        counted.Column is { Kind: ColumnKind.Text } said && q.Table.HeadNoun == Words.Singular(q.Word(counted.Start + counted.Length - 1))
        && q.Table.Columns.Any(c => c != said && c.Kind == ColumnKind.Text && c.Profile.DistinctCount >= 0.95 * q.Table.RowCount);

    /// <summary>"how many presidents" of a column called name, whose names are presidents': a noun in the plural for what it names.</summary>
    private static bool CalledByName(Question q, Tag tag) =>
        Words.NameWords(tag.Column!.Name) is ["name" or "title" or "label"] && q.Word(tag.Start + tag.Length - 1) is var asked && Words.Singular(asked) != asked;

    /// <summary>A column named right before a word for the rows ("concentration measurements"): it says which rows, not how many.</summary>
    private static bool QualifiesTheRows(Question q, Tag tag) => q.TagAt(tag.Start + tag.Length) is { Kind: TagKind.TableWord, Rows: true };

    /// <summary>The plural of a column named in the singular ("readings" of <c>reading</c>): the rows it numbers or measures, one each.</summary>
    private static bool NamesEachRow(Question q, Tag tag) =>
        NameWordInPlural(q, tag) is { } word && Words.NameWords(tag.Column!.Name) is [.., var last] && last == word;

    /// <summary>The numeric column an aggregate word applies to: the next one named (within a few words), else the one before.</summary>
    private static LanguageColumn? MeasureAfter(Question q, int i, HashSet<LanguageColumn> grouped)
    {
        // Not a mark that is never 0 ("seen at the most stations"): it only picks rows.
        for (var j = i + 1; j < Math.Min(q.Words.Count, i + 6); j++)
            if (q.TagAt(j) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false, IsMarkOnly: false } c } && !grouped.Contains(c)) return c;
        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
            if (q.TagAt(j) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false, IsMarkOnly: false } c } && !grouped.Contains(c)) return c;
        return null;
    }

    /// <summary>
    /// "Which state has the largest total" where each state's total is repeated on each of its rows (one per income
    /// bracket): the total per state is that one value, not their sum; "the total of Texas" likewise. Added up over
    /// anything else ("total by region") it would count each state's many times: can't tell.
    /// </summary>
    private static void ReadRepeated(Question q, Reading r)
    {
        var label = r.Groups is [{ Grain: Grain.None, Column.Kind: ColumnKind.Text } group] ? group.Column
            : r.Groups.Count == 0 && r.Filters.FirstOrDefault(f => f is { Part: FilterPart.Value, Op: "=", Column.Kind: ColumnKind.Text }) is { } one ? one.Column : null;
        for (var m = 0; m < r.Measures.Count; m++)
        {
            if (r.Measures[m] is not { Aggregate: Aggregate.Sum, Column: { } number }) continue;
            if (label is not null && q.Table.Repeats(number, label)) r.Measures[m] = new MeasureSpec(Aggregate.Max, number, label);
            else if (q.Table.Columns.FirstOrDefault(c => q.Table.Repeats(number, c)) is { } per)
                r.Problems.Add($"{number.Name} is one value per {per.Name}, repeated on each of its rows, so adding it up would count each many times.");
        }
    }

    /// <summary>
    /// "the average age of patients" where each patient is on several rows (one per interval), each with their age: the
    /// average is over the patients the question names, each once, when every column it reads is one value per patient.
    /// Over the rows it would weigh each patient by their number of rows.
    /// </summary>
    private static void ReadEachOnce(Question q, Reading r)
    {
        if (q.Table.HeldById is not { } held || PersonId(q.Table) is not { } person || r.Measures.Count == 0 || r.Shown.Count > 0 || r.Entity
            || !q.Tags.Any(t => PeopleCounted(q, t) is not null)) return;
        bool Held(LanguageColumn column) => column == person || held.Contains(column.Name);
        // "the average age of the children" of children tested at several ages, many tests at each: over the rows, each
        // child counts once per test; which of their ages would count once is not said. An age is first an attribute
        // (WordNet), and a time in another sense; a time to infection is neither.
        if (r.Measures.FirstOrDefault(m => m is { Aggregate: Aggregate.Avg or Aggregate.Median, Column: { Kind: ColumnKind.Number } c } && !Held(c)
                && Words.NameWords(c.Name) is [var name] && Lexicon.Shared is { Available: true } lexicon && Senses.NamesAnAttribute(name, lexicon) && Senses.NamesATimeInSomeSense(name, lexicon)) is { Column: { } aging })
        {
            r.Problems.Add($"each {person.Name} is on several rows, at more than one {aging.Name}; I can't tell which {aging.Name} of each to count.");
            return;
        }
        if (r.Measures.All(m => m is { Aggregate: Aggregate.Avg or Aggregate.Median or Aggregate.StdDev or Aggregate.Variance, Column: { } measured, Per: null } && Held(measured))
            && r.Groups.All(g => Held(g.Column)) && r.Filters.SelectMany(Alternatives).All(f => Held(f.Column)) && r.TotalsPer is null)
            r.EachOnce = person;
    }

    /// <summary>
    /// "constellations with a name starting with C", "cities ending with burg": the text column named just before (else
    /// the rows' names) starts with, ends with or contains the text, as written.
    /// </summary>
    private static void ReadPatterns(Question q, Reading r)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            if (q.TagAt(i) is not { Kind: TagKind.Stop, Value: { } text }) continue;
            if (q.Word(i + 1) == "in" && q.TagAt(i + 3) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Text } holding })
            {
                r.Filters.Add(new Filter(holding, FilterPart.Value, "contains", [text], $"{holding.Name} contains '{text}'"));
                r.Counted.Add(holding);
                continue;
            }
            // "start with the letter Z": what the text is may be said before it.
            var with = q.Word(i - 1) is "letter" or "letters" or "word" or "words" && q.Word(i - 2) is "the" or "a" ? i - 3 : i - 1;
            if (q.Word(with) is not ("with" or "containing" or "contains" or "contain")) continue;
            var op = q.Word(with - 1) is "starting" or "starts" or "start" or "beginning" or "begins" or "begin" ? "starts_with"
                : q.Word(with - 1) is "ending" or "ends" or "end" ? "ends_with" : "contains";
            var before = op == "contains" ? with : with - 1;
            var column = Enumerable.Range(0, before).Reverse().Take(3).Select(q.TagAt)
                .FirstOrDefault(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Text })?.Column ?? LabelColumns(q.Table).FirstOrDefault(c => c.Kind == ColumnKind.Text);
            if (column is null)
            {
                r.Problems.Add($"I don't see which text '{text}' is part of in {q.Table.Name}.");
                continue;
            }
            r.Filters.Add(new Filter(column, FilterPart.Value, op, [text], $"{column.Name} {op.Replace('_', ' ')} '{text}'"));
            r.Counted.Add(column);
        }
    }

    /// <summary>
    /// "the most recently updated font", "the earliest modified font": the time column "latest" or "earliest" orders by (not
    /// "the latest independence date" of a table named by its dates).
    /// </summary>
    private static bool LatestOf(Question q, Tag tag, LanguageColumn measure) =>
        tag is { Kind: TagKind.Column } && tag.Column == measure && (measure.Kind == ColumnKind.Date || measure.IsYearNumber) && q.Word(tag.Start - 1) is "latest" or "earliest"
        && q.Word(tag.Start + tag.Length) is not ("date" or "dates" or "year" or "years");

    /// <summary>
    /// "Which country has the most breeds", "In which year did the most countries gain independence?": an empty origin is no
    /// country, nor an empty year a year, so ranked groups leave empty cells out; "Which modifiers are there?": nor is an
    /// empty cell one of the values listed.
    /// </summary>
    private static void ReadEmptyGroups(Reading r)
    {
        if (r.DistinctList && r.Filters.Count == 0 && r.Shown is [{ Kind: ColumnKind.Text or ColumnKind.Number, HasEmptyCells: true } listed])
            r.Filters.Add(new Filter(listed, FilterPart.Value, "is not null", [], $"{listed.Name} is not empty"));
        if (!r.Ranked || r.Limit is null) return;
        foreach (var g in r.Groups.Where(g => g is { Grain: Grain.None, Column: { Kind: ColumnKind.Text or ColumnKind.Number, HasEmptyCells: true } } && !r.Filters.Any(f => f.Column == g.Column)))
            r.Filters.Add(new Filter(g.Column, FilterPart.Value, "is not null", [], $"{g.Column.Name} is not empty"));
    }

    /// <summary>
    /// A text column naming all but a few rows, where the rows are no times and a repeated name is not one thing listed
    /// again: two things of one name (Portland, Oregon and Portland, Maine), each its own row.
    /// </summary>
    private static bool NamesThingsApart(LanguageTable table, LanguageColumn label) =>
        label is { Kind: ColumnKind.Text, IsFlag: false } && label.Profile.DistinctCount < table.RowCount && label.Profile.DistinctCount >= 0.95 * table.RowCount
        && table.ListedAgain?.Contains(label.Name) != true && table.Frequency is null && !table.Columns.Any(c => c.Kind == ColumnKind.Date || c.IsYearNumber);

    /// <summary>
    /// A column of numbers, one to a row, none empty, counting nothing: each row's number (department 1 … 30) or the measure
    /// that sets it apart (an age group's age), asked "which".
    /// </summary>
    private static bool NumbersRowsApart(LanguageTable table, LanguageColumn label) =>
        label is { Kind: ColumnKind.Number, IsYearNumber: false, IsFlag: false, CountsThings: false }
        && label.Profile.NullCount == 0 && label.Profile.DistinctCount == table.RowCount && table.RowCount > 2;

    /// <summary>
    /// The extreme after <paramref name="from"/> that ranks rows one by one: an adjective standing for its column ("the
    /// tallest") or a word of the extreme before the numeric column it ranks ("the largest population").
    /// </summary>
    private static (int At, LanguageColumn Measured, bool Descending)? RowRanking(Question q, int from)
    {
        for (var i = from; i < q.Words.Count; i++)
        {
            if (q.TagAt(i) is { Superlative: true, Column: { } adjective } degree) return (i, adjective, degree.Pole > 0);
            if ((MaxWords.Contains(q.Words[i]) || MinWords.Contains(q.Words[i]) || q.Words[i] is "most" or "least" or "fewest" && q.Word(i - 1) != "at")
                // "scores lowest on learning": past a preposition too.
                && q.TagAt(q.Word(i + 1) is "on" or "in" ? i + 2 : i + 1) is { Kind: TagKind.Column, Column: { Kind: ColumnKind.Number, IsYearNumber: false } ranked })
                return (i, ranked, MaxWords.Contains(q.Words[i]) || q.Words[i] == "most");
        }
        return null;
    }

    /// <summary>
    /// "Which car has the highest horsepower", "the heaviest car", "who is the oldest", "the windiest day": an extreme asked of the things the
    /// table holds (named by the table's own word) or of days is answered with the row — its label and the measure —
    /// unless the measure is asked for by name first ("the weight of the heaviest penguin").
    /// </summary>
    private static void ReadEntity(Question q, Reading r)
    {
        // "Which planet has the most moons": of rows each named once, the one with the largest number.
        if (r.Groups.Count == 0 && r.Measures is [{ Aggregate: Aggregate.Sum, Column: { } most }] && LabelColumns(q.Table).Count > 0
            && q.Words.Where((w, i) => w is "most" or "least" or "fewest" && q.Word(i - 1) != "at").FirstOrDefault() is { } mostWord
            && q.Tags.Any(t => t is { Kind: TagKind.TableWord, Rows: false } && q.Word(t.Start - 1) is "which" or "what"))
            r.Measures[0] = new MeasureSpec(mostWord == "most" ? Aggregate.Max : Aggregate.Min, most);
        if (r.Groups.Count > 0 || r.Measures is not [{ Aggregate: Aggregate.Max or Aggregate.Min, Column: { } measure }]) return;
        var extreme = Array.FindIndex(q.Tags, t => t.Superlative || MaxWords.Contains(q.Words[t.Start]) || MinWords.Contains(q.Words[t.Start])
            || q.Words[t.Start] is "most" or "least" or "fewest" && q.Word(t.Start - 1) != "at" || LatestOf(q, t, measure));
        if (extreme < 0) return;
        // The table's word is the entity asked for when asked which ("which European car"), ranked ("the heaviest car")
        // or described ("the car with the highest horsepower"); not when it is the domain ("maximum horsepower of cars").
        // "Who is the oldest": people asked for are rows too.
        // A table's word right before the measure qualifies it ("the lowest obesity rate", "the fastest wind speed").
        // "Which entry has the largest size", "the 3 largest entries": the rows, by a word that only says they are rows.
        var rowsAsked = q.Words.Select((w, i) => (w, i)).Any(x => x.w is "entry" or "entries" or "row" or "rows" or "record" or "records" or "item" or "items"
            && (q.Word(x.i - 1) is "which" or "what" || q.TagAt(x.i - 1) is { Superlative: true }));
        // "Which mob is the tallest?" of rows whose type is mob: one of those rows.
        var valueAsked = q.Tags.Any(t => t.Kind == TagKind.Value && q.Word(t.Start - 1) is "which" or "what" && q.Word(t.Start + t.Length) is "is" or "was" or "has" or "had");
        // "Maximum death rate of urban women" of virginia-death-rates: the table's words "of" the measure say what it measures;
        // so do they "for" it ("Highest return for Acme" of acme-monthly-returns).
        bool OfTheMeasure(Tag t)
        {
            var j = t.Start + t.Length;
            while (q.TagAt(j) is { Kind: TagKind.TableWord or TagKind.Stop } && q.Word(j) is not ("of" or "for")) j++;
            return q.Word(j) is "of" or "for" && q.TagAt(j + 1) is { Kind: TagKind.Column } of && of.Column == measure;
        }
        var asked = rowsAsked || valueAsked || q.Words.Contains("who") || q.Tags.Any(t => t.Kind == TagKind.TableWord && !OfTheMeasure(t)
            && q.TagAt(t.Start + t.Length) is not { Kind: TagKind.Column, Superlative: false } && (q.Word(t.Start + 1) is "with" or "that" or "having" or "whose"
            || Enumerable.Range(0, t.Start).Reverse().Select(q.TagAt).FirstOrDefault(b => b is not { Kind: TagKind.Value }) is { } before
               && (before.Superlative || q.Words[before.Start] is "which" or "what" || MaxWords.Contains(q.Words[before.Start]) || MinWords.Contains(q.Words[before.Start])
                   || LatestOf(q, before, measure))));
        var namedFirst = Enumerable.Range(0, extreme).Any(i => q.TagAt(i) is { Kind: TagKind.Column, Pole: 0 } t && t.Column == measure && q.Words.Skip(i).Take(extreme - i).Contains("of"));
        if (namedFirst) return;
        // "the lot size of the most expensive house", "the gas consumption in the coldest week": another column (and a word
        // saying what it measures), right before "of the" or "in the" extreme, is asked of that row; so it is before the rows'
        // word and "with" the extreme ("the murder rate of the state with the highest income").
        int After(Tag t) => q.TagAt(t.Start + t.Length) is { Kind: TagKind.Stop } ? t.Start + t.Length + 1 : t.Start + t.Length;
        bool Between(int j) => q.Words[j] is "the" or "a" or "an"
            || q.TagAt(j) is { Kind: TagKind.TableWord } && q.Word(j + 1) is "with" or "whose" or "having" || q.Words[j] is "with" or "whose" or "having" && q.TagAt(j - 1) is { Kind: TagKind.TableWord };
        if (Enumerable.Range(0, extreme).Select(q.TagAt).FirstOrDefault(t => t is { Kind: TagKind.Column, Pole: 0, Superlative: false } && t.Column != measure
                && q.Word(After(t)) is "of" or "in" && Enumerable.Range(After(t) + 1, Math.Max(0, extreme - After(t) - 1)).All(Between)) is { Column: { } ofRow }
            && !r.Filters.Any(f => f.Column == ofRow) && !r.Groups.Any(g => g.Column == ofRow))
        {
            r.RowOf = ofRow;
            return;
        }
        // "Discharge when salinity was highest", "At what time was the acceleration lowest?": another column asked first,
        // then "when" (or asked "at what") the measure was at its extreme, is asked of that row.
        var atWhat = q.Words is ["at", "what" or "which", ..];
        var opening = atWhat ? 2 : 0;
        while (!atWhat && opening < 3 && q.Word(opening) is "what" or "was" or "is" or "were" or "the") opening++;
        if (q.TagAt(opening) is { Kind: TagKind.Column, Pole: 0, Superlative: false, Column: { } ofExtreme } first && ofExtreme != measure
            && !r.Filters.Any(f => f.Column == ofExtreme))
        {
            bool Measure(int j) => q.TagAt(j) is { Kind: TagKind.Column } named && named.Column == measure;
            var next = After(first);
            var between = Enumerable.Range(next, Math.Max(0, extreme - next)).ToList();
            if ((atWhat || q.Word(next) == "when")
                && between.Any(Measure) && between.All(j => q.Words[j] is "when" or "was" or "is" or "were" or "the" or "a" || Measure(j)))
            {
                r.RowOf = ofExtreme;
                r.RowOfAskedWhich = atWhat;
                return;
            }
            // "Equivalence ratio at the highest NOx", "Year with the most calls": the column, then "at" or "with" the measure's
            // extreme, ending the question; "with" describes the row, so the extreme is shown beside it (a row of its own: a year
            // on several rows with the most of something is their total's).
            var measureAt = Measure(extreme) ? extreme : extreme + 1;
            if ((q.Word(next) == "at" || q.Word(next) == "with" && q.TellsRowsApart(ofExtreme)) && q.Word(next + 1) == "the" && extreme == next + 2
                && Measure(measureAt) && measureAt + q.TagAt(measureAt)!.Length == q.Words.Count)
            {
                r.RowOf = ofExtreme;
                r.RowOfAskedWhich = q.Word(next) == "with";
                return;
            }
        }
        var day = q.Words.Select((w, i) => (w, i)).Any(x => x.w is "day" or "date" && (x.i > extreme || q.Word(x.i - 1) is "which" or "what"))
                  && TimeColumn(q, null) is { Kind: ColumnKind.Date };
        if (day) r.When = true;
        else if (asked) r.Entity = true;
    }
}
