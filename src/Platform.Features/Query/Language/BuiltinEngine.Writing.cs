using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Features.Datasets;

namespace Platform.Features.Query.Language;

/// <summary>Writing what was read as DuckDB SQL, with its explanation in words and the shape of its answer.</summary>
public static partial class BuiltinEngine
{
    private static Understanding Write(Question q, Reading r)
    {
        var table = q.Table;
        var from = $"from {DatasetStorage.Identifier(table.TableName)}";
        // "most common script" of lists of scripts ("Cyrl, Latn"): each item is a group of its own.
        if (r.Groups.FirstOrDefault(g => g is { Grain: Grain.None, Column.HoldsLists: true }) is { } listed)
            from = $"from (select * replace (unnest({Items(listed.Column, Id(listed.Column))}) as {Id(listed.Column)}) {from})";
        // Each person once: their first row stands for them, every column read holding one value per person.
        if (r.EachOnce is { } person) from = $"from (select distinct on ({Id(person)}) * {from})";
        var where = r.Filters.Count > 0 ? $" where {string.Join(" and ", r.Filters.Select(Sql))}" : "";
        var filterText = r.Filters.Count > 0 ? $", where {string.Join(" and ", r.Filters.Select(f => f.Text))}" : "";

        if (r.ShareOfRows)
            return Done(q, $"select round(100.0 * count(*) filter (where {string.Join(" and ", r.Filters.Select(Sql))}) / count(*), 2) as share_pct {from}",
                $"The share of the rows of {table.Name}{filterText}, in percent.", AnswerShape.Number);

        if (r.Held is { } held)
        {
            var counted = held.Counted is { } values ? $"count(distinct {Id(values)})" : "count(*)";
            var kept = r.Filters.Select(Sql).Append($"{Id(held.Of)} is not null");
            var groups = $"select {Id(held.Of)} {from} where {string.Join(" and ", kept)} group by 1 having {counted} {held.Op} {held.Number.ToString(CultureInfo.InvariantCulture)}";
            if (r.Groups.Count == 0 && r.Measures is [{ Aggregate: Aggregate.Count or Aggregate.CountDistinct, Column: var countedGroups }] && (countedGroups == held.Of || countedGroups is null))
                return Done(q, $"select count(*) as count from ({groups})", $"The number of {held.Of.Name} values with {held.Text}{filterText}.", AnswerShape.Number);
            if (r.Groups.Count == 0 && r.Measures.Count == 0 && r.Shown.All(c => c == held.Of || c == held.Counted || q.Tags.Any(t => t.Column == c && q.RepeatsTableWord(t))))
                return Done(q, $"{groups} order by 1{LimitSql(r)}", $"The {held.Of.Name} values with {held.Text}{filterText}.", AnswerShape.Listing);
            return Understanding.Unsure($"I can't tell what to do with the {held.Of.Name} values that have {held.Text}.", Suggestions(table), table);
        }

        if (r.DistinctList && r.Shown.Count > 0)
        {
            var columns = string.Join(", ", r.Shown.Select(Id));
            return Done(q, $"select distinct {columns} {from}{where} order by {columns}{LimitSql(r)}",
                $"The distinct values of {string.Join(", ", r.Shown.Select(c => c.Name))}{filterText}.", AnswerShape.Listing);
        }

        if (r.Correlation is var (first, second))
        {
            var groups = r.Groups.Select(g => $"{GroupSql(g)} as {GroupAlias(g)}").ToList();
            var grouping = groups.Count > 0 ? $" group by {string.Join(", ", Enumerable.Range(1, groups.Count))} order by {string.Join(", ", Enumerable.Range(1, groups.Count))}" : "";
            return Done(q, $"select {string.Join("", groups.Select(g => g + ", "))}round(corr({Id(first)}, {Id(second)}), 4) as correlation {from}{where}{grouping}",
                $"The Pearson correlation of {first.Name} and {second.Name}{(r.Groups.Count > 0 ? $" per {string.Join(" and ", r.Groups.Select(GroupText))}" : "")}{filterText}.",
                r.Groups.Count > 0 ? AnswerShape.Category : AnswerShape.Number);
        }

        // "the longest color name": the texts ranked by their length. "Which function has the longest syntax?": the rows
        // by their label, with the length that ranks them; "the hex of the color with the longest name": what is asked.
        if (r.LengthOf is { } text)
        {
            if (r.Groups.Count > 0 || r.Measures.Count > 0)
                return Understanding.Unsure($"I can't tell how the length of {text.Name} goes with the rest of the question.", Suggestions(table), table);
            var length = $"length({Id(text)})";
            var labels = LabelColumns(table);
            var shown = r.Shown.Count > 0 ? r.Shown.Select(Shown)
                : labels.Contains(text) || labels.Count == 0 ? [Shown(text)]
                : labels.Select(Shown).Append($"{length} as {Words.Alias("length", text.Name)}");
            var kept = r.Filters.Select(Sql).Append($"{Id(text)} is not null");
            return Done(q, $"select {string.Join(", ", shown)} {from} where {string.Join(" and ", kept)}"
                + $" order by {length} {(r.Descending ? "desc" : "asc")}, {Id(text)}{LimitSql(r)}",
                $"The {(r.Limit is > 1 ? $"{r.Limit} rows" : "row")} of {table.Name} with the {(r.Descending ? "longest" : "shortest")} {text.Name}{filterText}.", AnswerShape.Listing);
        }

        if (r.Measures.Count == 0 && r.Groups.Count == 0)
        {
            if (r.When && r.OrderBy is null) r.OrderBy = q.Tags.Where(t => t is { Kind: TagKind.Column, Column.Kind: ColumnKind.Number }).Select(t => t.Column).FirstOrDefault();
            // "What is the Chrome version of 20.0.0?": a column held to the one value the question gives repeats it beside what
            // is asked.
            var shown = r.Shown.Where(c => !r.Filters.Any(f => f is { Op: "=", Part: FilterPart.Value, Values.Count: 1 } && f.Column == c)).ToList() is { Count: > 0 } answered
                && answered.Count < r.Shown.Count ? answered : r.Shown;
            // "Where does the Affenpinscher come from?", "Where is Goroka Airport?": the columns that name a place.
            if (shown.Count == 0 && r.Filters.Count > 0 && q.Words[0] == "where")
            {
                shown = q.PlaceColumns(r.Filters.Select(f => f.Column).ToList());
                // "Where were the 1972 Olympics held?" of a venue and a winner's country: of an event, the place WordNet
                // defines as the scene of one.
                if (shown.Count > 1 && Lexicon.Shared is { Available: true } places
                    && q.Words.Any(w => w.Length >= 3 && !Words.StopWords.Contains(w) && Senses.NamesAnEvent(w, places))
                    && shown.Where(c => places.Synsets(Words.Singular(Words.NameWords(c.Name)[^1]), PartOfSpeech.Noun).FirstOrDefault() is { } place
                        && Regex.IsMatch(place.Definition, @"\bevents?\b")).ToList() is [var scene])
                    shown = [scene];
                if (shown.Count == 0)
                    return Understanding.Unsure($"'where' asks for a place, and no column of {table.Name} names one.", Suggestions(table), table);
            }
            // "What is the capital of Texas": the rows the table's word names, by their label.
            if (shown.Count == 0 && r.Filters.Count > 0 && q.Tags.FirstOrDefault(t => t.Kind == TagKind.TableWord && q.Word(t.Start + 1) is "of" or "for") is { } asked)
            {
                // "the likely subtag of zh" of likely-subtags: a word of the table's name that is a column's whole name asks for it.
                var spoken = Enumerable.Range(0, asked.Start + 1).Reverse().TakeWhile(j => q.TagAt(j) is { Kind: TagKind.TableWord }).Select(q.Word).ToHashSet();
                shown = table.Columns.Where(c => Words.NameWords(c.Name) is [var only] && spoken.Contains(only) && r.Filters.All(f => f.Column != c)).ToList() is [var one]
                    ? [one] : LabelColumns(table, r.Filters.Select(f => f.Column).ToList());
                // "the population of Japan" of a population density table: the table's word asks for what no column holds.
                if (shown.Count == 0)
                    return Understanding.Unsure($"'{q.Original[asked.Start]}' is part of {table.Name}'s name, and no column of it holds that.", Suggestions(table), table);
            }
            // "candidates with loans above 10,000", "which countries had more than 7 in 2011", "blocks harder than 50": the
            // rows the table's word describes or asks for, by their label beside what was asked (unless what was asked is
            // their label: "the languages whose name starts with Z"). What was asked held to the one value the question gives
            // ("characters with a numeric value of 1/2") would only repeat it. So are the rows listed in an order ("the mammals
            // from heaviest to lightest").
            if (shown.Count > 0 && q.Tags.Any(t => t.Kind == TagKind.TableWord && (q.Word(t.Start + 1) is "with" or "that" or "whose" or "having" or "where" || q.Word(t.Start - 1) == "which"
                    || r is { OrderBy: not null, DirectionGiven: true, Ranked: false }
                    || q.TagAt(t.Start + t.Length) is { Kind: TagKind.Column, Pole: not 0, Superlative: false } && q.Word(t.Start + t.Length + 1) == "than"))
                && !shown.Intersect(LabelColumns(table)).Any() && LabelColumns(table, shown).Where(l => !shown.Contains(l)).ToList() is { Count: > 0 } labels)
                shown = [.. labels, .. shown.Where(c => !r.Filters.Any(f => f is { Op: "=", Part: FilterPart.Value, Values.Count: 1 } && f.Column == c))];
            // "Which storms reached category 5?" of storms observed every six hours: the things observed that the table's word
            // asks for, each once.
            if (q.Words[0] == "which" && q.TagAt(1) is { Kind: TagKind.TableWord, Reading: null } && r.Filters.Count > 0 && Observed(table) is { } observed
                && !shown.Intersect(LabelColumns(table)).Any())
                return Done(q, $"select distinct {Shown(observed)} {from}{where} order by 1{LimitSql(r)}", $"The {observed.Name} values{filterText}.", AnswerShape.Listing);
            // "list the breeds from Japan", "which breeds are hairless", "list the active airlines", "fonts with one variant": the
            // rows the table's word asks for, by their names.
            if (shown.Count == 0 && r.Filters.Count > 0 && !r.When && q.Tags.Any(t => t.Kind == TagKind.TableWord
                    && Enumerable.Range(0, t.Start).Reverse().SkipWhile(j => q.Word(j) is "the" or "all" || q.TagAt(j) is { Kind: TagKind.Value } or { Kind: TagKind.Column, Column.IsFlag: true })
                        .Select(q.Word).FirstOrDefault() is var before
                    && (before is null || Words.CommandWords.Contains(before) || before is "which" or "what")))
                shown = LabelColumns(table, r.Filters.Where(f => f.Op is "=" or "in").Select(f => f.Column).ToList());
            // The rows the values pick, by their names: "list the Nordic countries", whose value holds the rows' own word; "list
            // the Microsoft extensions", a command and nothing but a value written in the plural; "Which exceptions derive from
            // OSError?", a value in the plural right after "which", a kind of the rows asked for.
            if (shown.Count == 0 && r.Filters.Count > 0
                && (!r.When && !q.Words.Contains("who") && q.Tags.Any(t => t.Kind == TagKind.Value
                        && q.Words.Skip(t.Start).Take(t.Length).Any(w => table.NameWords.Contains(Words.Singular(w))))
                    || !r.When && Words.CommandWords.Contains(q.Words[0])
                        && Enumerable.Range(1, q.Words.Count - 1).All(i => q.TagAt(i) is { Kind: TagKind.Value } || q.Words[i] is "the" or "all")
                        && q.Tags.Any(t => t is { Kind: TagKind.Value } && q.Words[t.Start + t.Length - 1] is var last && Words.Singular(last) != last)
                    || q.Words[0] == "which" && q.TagAt(1) is { Kind: TagKind.Value, Start: 1 } kindAsked
                        && q.Word(kindAsked.Length) is var plural && Words.Singular(plural) != plural))
                shown = LabelColumns(table, r.Filters.Select(f => f.Column).ToList());
            // "Who was the 16th president?": the rows the table's word names, people, by their names ("Who invented the Cyrillic
            // script?" asks for someone the rows are not).
            if (shown.Count == 0 && r.Filters.Count > 0 && q.Words[0] == "who" && Lexicon.Shared is { Available: true } lexicon
                && q.Tags.Any(t => t.Kind == TagKind.TableWord && Senses.NamesAPerson(Words.Singular(q.Word(t.Start)), lexicon)))
                shown = LabelColumns(table, r.Filters.Select(f => f.Column).ToList());
            // "Who won in 1960?" of a table of winners: the one column of people.
            if (shown.Count == 0 && q.AsksWho && Lexicon.Shared is { Available: true } persons && q.PeopleColumn(persons) is { } people)
                shown = [people];
            // "Who wrote flare?" of a row named flare: someone, where the table names no one.
            if (shown.Count == 0 && q.AsksWho)
                return Understanding.Unsure($"'who' asks for someone, and I see no column of {table.Name} that names who.", Suggestions(table), table);
            if (r.When && TimeColumn(q, null) is { } time && !shown.Contains(time)) shown = [time, .. shown];
            // "When does morning1 start in German?" with no column read as that start: whole rows answer no "when".
            if (r.When && shown.Count == 0)
                return Understanding.Unsure($"'When' asks for a time, and I can't tell which column of {table.Name} holds it.", Suggestions(table), table);
            // "What does Levitate do?": what the rows picked do is what the one column describing them says; "What does the @@
            // operator do?" of several rows, each different description once.
            var described = shown.Count == 0 && r.Filters.Count > 0 && q.Words is ["what", "does" or "do" or "did", .., "do"];
            if (described && table.Columns.Where(c => c.Kind == ColumnKind.Text && Words.NameWords(c.Name).Any(w => w is "description" or "desc" or "summary" or "effect" or "doc" or "documentation")).ToList() is [var describing])
                shown = [describing];
            // "the elevation of the station" where one station is every row's: its one value, once.
            var once = shown.Count > 0 && (described || shown.All(c => c.Profile.DistinctCount == 1)) && r.OrderBy is null ? "distinct " : "";
            // "What can bigint be cast to?": of rows by their two sides, what one side's value goes with is the other side (not
            // "Which region has the subtag DD?", naming the column it holds).
            if (shown.Count == 0 && q.Words[0] is "what" or "which" && table.Sides is var (earlier, later)
                && r.Filters.Where(f => f is { Op: "=", Part: FilterPart.Value } && (f.Column == earlier || f.Column == later)).Select(f => f.Column).Distinct().ToList() is [var side]
                && !q.Tags.Any(t => t.Kind == TagKind.Column && t.Column == side))
                shown = [side == earlier ? later : earlier];
            // "What replaced East Timor?", "Which region has the subtag DD?": a question of rows picked, asking for something
            // of them no column was found for, is not answered with the whole rows; a command ("show …") may be.
            if (shown.Count == 0 && r.Filters.Count > 0 && q.Words[0] is "what" or "which" && q.Word(1) is not ("is" or "are" or "was" or "were"))
                return Understanding.Unsure($"I can't tell what '{q.Original[0]} {q.Original[1]}' asks for of the rows it picks.", Suggestions(table), table);
            // "Recordings closer than 10 km": rows called only what a table of measurements holds are shown whole.
            if (q.Tags.Any(t => t is { Kind: TagKind.TableWord, Rows: true, Start: 0 } && Question.RowNouns.Contains(q.Word(t.Start))) && r.Filters.Count > 0 && r.OrderBy is null)
                shown = [];
            var select = shown.Count > 0 ? once + string.Join(", ", shown.Select(Shown)) : "*";
            // The first rows kept are certain: ties broken by the first column, as every ranking breaks them.
            var order = r.OrderBy is { } by ? $" order by {Id(by)} {(r.Descending ? "desc" : "asc")}{(r.Limit is not null ? " nulls last, 1" : "")}" : "";
            if (r.Filters.Count == 0 && r.OrderBy is null && r.Limit is null && shown.Count == 0)
                return Understanding.Unsure("the question names no measure, group or filter I can use.", Suggestions(table), table);
            return Done(q, $"select {select} {from}{where}{order}{LimitSql(r)}",
                $"Rows of {table.Name}{filterText}{(r.OrderBy is { } o ? $", by {o.Name} {(r.Descending ? "highest" : "lowest")} first" : "")}{(r.Limit is { } l ? $", the first {l}" : "")}.",
                AnswerShape.Listing);
        }

        // Extremes with no group: "what was the highest price" → max; "when was the highest price" → the row's date; "when
        // was the latest added" → the latest date itself.
        if (r.When && r.Groups.Count == 0 && r.Measures is [{ Aggregate: Aggregate.Max or Aggregate.Min, Column: { } extreme } m] && TimeColumn(q, null) is { } when && when != extreme)
            return Done(q, $"select {Shown(when)}, {Shown(extreme)} {from}{where} order by {Id(extreme)} {(m.Aggregate == Aggregate.Max ? "desc" : "asc")} nulls last, 1 limit 1",
                $"When {extreme.Name} was {(m.Aggregate == Aggregate.Max ? "highest" : "lowest")}{filterText}.", AnswerShape.Listing);

        // "the lot size of the most expensive house": the column asked, of the row that has the extreme.
        if (r.RowOf is { } ofRow && r.Groups.Count == 0 && r.Measures is [{ Aggregate: Aggregate.Max or Aggregate.Min, Column: { } ranking } ranked])
        {
            var highest = ranked.Aggregate == Aggregate.Max;
            return Done(q, $"select {Shown(ofRow)}{(r.RowOfAskedWhich ? $", {Shown(ranking)}" : "")} {from}{where} order by {Id(ranking)} {(highest ? "desc" : "asc")} nulls last, 1 limit {r.Limit ?? 1}",
                $"The {ofRow.Name} of the row with the {(highest ? "highest" : "lowest")} {ranking.Name}{filterText}.", AnswerShape.Listing);
        }

        // "Which car has the highest horsepower": the rows with the extreme, by their label when the table has one.
        // A table whose rows have no name ("the heaviest diamond" of diamonds) answers with the extreme itself.
        // "the shortest route from Hook of Holland": a side the question holds to one value is no label.
        var rowLabels = r.Entity ? LabelColumns(table, table.Sides is null ? null : r.Filters.Where(f => f is { Op: "=", Part: FilterPart.Value }).Select(f => f.Column).ToList()) : [];
        if (r.Entity && r.Measures is [{ Column: { } measured } e] && (rowLabels.Count > 0 || RepeatedName(table) is not null))
        {
            var descending = r.DirectionGiven ? r.Descending : e.Aggregate == Aggregate.Max;
            var order = $"{Id(measured)} {(descending ? "desc" : "asc")} nulls last";
            var limit = r.Limit ?? 1;
            // "the most expensive pizza" where each pizza has a row a day: the names, each by its own extreme.
            if (rowLabels.Count == 0 && RepeatedName(table) is { } named)
                return Done(q, $"select {Id(named)}, {(descending ? "max" : "min")}({Id(measured)}) as {Name(measured)} {from}{where} group by 1 order by 2 {(descending ? "desc" : "asc")} nulls last, 1 limit {limit}",
                    $"The {(limit == 1 ? "" : $"{limit} ")}{named.Name}{(limit == 1 ? "" : "s")} of {table.Name} with the {(descending ? "highest" : "lowest")} {measured.Name}{filterText}.", AnswerShape.Listing);
            return Done(q, $"select {string.Join(", ", rowLabels.Select(Shown))}, {Shown(measured)} {from}{where} order by {order}, 1 limit {limit}",
                $"The {(limit == 1 ? "row" : $"{limit} rows")} of {table.Name} with the {(descending ? "highest" : "lowest")} {measured.Name}{filterText}"
                + $", named by {string.Join(" and ", rowLabels.Select(l => l.Name))}.", AnswerShape.Listing);
        }

        // "Which animal has the lightest body?" ranked by a column naming each row once: each group is one row, its measure
        // the row's own value, shown as stored rather than averaged and rounded.
        if (r is { Ranked: true, Share: false, TotalsPer: null, Groups: [{ Grain: Grain.None, Column: { Kind: ColumnKind.Text } each }],
                Measures: [{ Aggregate: Aggregate.Avg or Aggregate.Sum or Aggregate.Max or Aggregate.Min, Column: { } own }] }
            && each.Profile.NullCount == 0 && each.Profile.DistinctCount == table.RowCount && table.RowCount <= DuckDbIngest.ExactDistinctUpTo)
            return Done(q, $"select {Shown(each)}, {Shown(own)} {from}{where} order by {Id(own)} {(r.Descending ? "desc" : "asc")} nulls last, 1{LimitSql(r)}",
                $"The {each.Name} of {table.Name} with the {(r.Descending ? "highest" : "lowest")} {own.Name}{filterText} (one row each).", AnswerShape.Listing);

        if (r.TotalsPer is { } per) return WriteOfTotals(q, r, per, from, where, filterText);

        var keys = r.Groups.Select(g => (Sql: GroupSql(g), Alias: GroupAlias(g), Text: GroupText(g))).ToList();
        var aggregates = r.Measures.Select(m => (Sql: AggregateSql(m), Alias: AggregateAlias(m), Text: AggregateText(m))).DistinctBy(a => a.Alias).ToList();
        var selectList = keys.Select(k => $"{k.Sql} as {k.Alias}").Concat(aggregates.Select(a => $"{a.Sql} as {a.Alias}")).ToList();
        if (r.Share && aggregates.Count > 0)
            selectList.Add($"round(100.0 * {aggregates[0].Sql} / sum({aggregates[0].Sql}) over (), 2) as share_pct");
        var sql = $"select {string.Join(", ", selectList)} {from}{where}";
        if (keys.Count > 0) sql += $" group by {string.Join(", ", Enumerable.Range(1, keys.Count))}";
        var timeGroup = r.Groups.Count > 0 && r.Groups.All(g => g.Column.Kind == ColumnKind.Date || g.Column.IsYearNumber);
        // Ranked by the average itself, not its rounding (four series averaging 7.50 are not tied).
        var rankBy = r.Measures.Count > 0 && r.Measures[0] is { Aggregate: Aggregate.Avg, Column: { } averaged } ? $"avg({Id(averaged)})" : aggregates.Count > 0 ? aggregates[0].Alias : "";
        if (keys.Count > 0)
        {
            if (r.Ranked || r.Limit is not null) sql += $" order by {rankBy} {(r.Descending ? "desc" : "asc")}, 1";
            // Days of the week in their order, Monday first, not by name.
            else if (timeGroup) sql += $" order by {string.Join(", ", r.Groups.Select((g, i) => g.Grain == Grain.Weekday ? $"min(isodow({Id(g.Column)}))" : $"{i + 1}"))}";
            else sql += $" order by {rankBy} {(r.DirectionGiven && !r.Descending ? "asc" : "desc")}, 1";
        }
        sql += LimitSql(r);

        var explanation = $"{string.Join(" and ", aggregates.Select(a => a.Text))}"
            + (keys.Count > 0 ? $" per {string.Join(" and ", keys.Select(k => k.Text))}" : "")
            + filterText
            + (r.EachOnce is { } eachOnce ? $", each {eachOnce.Name} once" : "")
            + (r.Share ? ", with each one's share of the total" : "")
            + (keys.Count > 0 && r.Limit is { } n ? $", {(r.Descending ? "highest" : "lowest")} {(n == 1 ? "only" : $"{n}")}" : "") + ".";
        var shape = keys.Count == 0 ? AnswerShape.Number : r.Share ? AnswerShape.Share : timeGroup ? AnswerShape.Time : AnswerShape.Category;
        return Done(q, sql, char.ToUpperInvariant(explanation[0]) + explanation[1..], shape);
    }

    /// <summary>
    /// "average yearly deaths", "the most deaths in a single year": each measure of the totals per time group (sums, or
    /// counts of rows), within each group asked for. Totals of prices, rates and other averaged measures mean nothing.
    /// </summary>
    private static Understanding WriteOfTotals(Question q, Reading r, GroupSpec per, string from, string where, string filterText)
    {
        var unit = per.Grain != Grain.None ? GrainNoun(per.Grain) : per.Column.IsYearNumber ? "year" : per.Column.Name;
        // "the most precipitation in a single month", "the most disasters in a single year": the largest total or count.
        Aggregate? extreme = q.Words.Any(w => MaxWords.Contains(w) || MostWords.Contains(w)) ? Aggregate.Max
            : q.Words.Any(w => MinWords.Contains(w) || LeastWords.Contains(w)) ? Aggregate.Min : null;
        Aggregate? Outer(MeasureSpec m) => m.Aggregate switch
        {
            Aggregate.Avg or Aggregate.Max or Aggregate.Min or Aggregate.Median => m.Aggregate,
            Aggregate.Count => extreme ?? Aggregate.Avg,
            Aggregate.Sum => extreme,
            _ => null,
        };
        if (r.Measures.Count == 0 || r.Measures.Any(m => Outer(m) is null || m.Column is { AveragedByNature: true } || m.Column is { Kind: not ColumnKind.Number }))
            return Understanding.Unsure($"I read a measure of totals per {unit}, but not of a quantity I can add up per {unit}.", Suggestions(q.Table), q.Table);
        var keys = r.Groups.Select(g => (Sql: GroupSql(g), Alias: GroupAlias(g), Text: GroupText(g))).ToList();
        var totals = r.Measures.Select((m, i) => (Inner: m.Aggregate == Aggregate.Count ? "count(*)" : $"sum({Id(m.Column!)})", Total: $"total_{i + 1}",
            Outer: Outer(m)!.Value, Name: m.Column?.Name ?? "rows")).ToList();
        var inner = $"select {string.Join("", keys.Select(k => $"{k.Sql} as {k.Alias}, "))}{GroupSql(per)} as {Words.Alias("per", unit)}, "
            + $"{string.Join(", ", totals.Select(t => $"{t.Inner} as {t.Total}"))} {from}{where} group by {string.Join(", ", Enumerable.Range(1, keys.Count + 1))}";
        var measures = totals.Select(t => (Sql: t.Outer == Aggregate.Avg ? $"round(avg({t.Total}), 2)" : $"{t.Outer.ToString().ToLowerInvariant()}({t.Total})",
            Alias: Words.Alias(t.Outer.ToString(), unit, t.Name),
            Text: $"the {t.Outer switch { Aggregate.Avg => "average", Aggregate.Max => "highest", Aggregate.Min => "lowest", _ => "median" }} of the totals of {t.Name} per {unit}")).ToList();
        var sql = $"select {string.Join(", ", keys.Select(k => k.Alias).Concat(measures.Select(m => $"{m.Sql} as {m.Alias}")))} from ({inner})";
        if (keys.Count > 0)
            sql += $" group by {string.Join(", ", Enumerable.Range(1, keys.Count))} order by {measures[0].Alias} {(r.Ranked || r.Limit is not null ? r.Descending ? "desc" : "asc" : "desc")}, 1";
        sql += LimitSql(r);
        var explanation = string.Join(" and ", measures.Select(m => m.Text)) + (keys.Count > 0 ? $" for each {string.Join(" and ", keys.Select(k => k.Text))}" : "") + filterText + ".";
        return Done(q, sql, char.ToUpperInvariant(explanation[0]) + explanation[1..], keys.Count == 0 ? AnswerShape.Number : AnswerShape.Category);
    }

    private static Understanding Done(Question q, string sql, string explanation, AnswerShape shape)
    {
        var plan = string.Join("; ", q.Tags.Distinct().Where(t => t.Kind is TagKind.Column or TagKind.Value || t.Reading is not null)
            .Select(t => $"'{string.Join(' ', q.Original.Skip(t.Start).Take(t.Length))}' → " + t switch
            {
                { Reading: { } reading } => reading,
                { Kind: TagKind.Column } => $"column {t.Column!.Name}",
                _ => $"{t.Column!.Name} = {t.Value}",
            }));
        return new Understanding(true, sql, explanation, [], shape, q.Table, plan.Length > 0 ? plan : "no column named");
    }

    /// <summary>
    /// The columns that name a table's rows: text columns with a different value for most rows — those called a name
    /// or title (first and last name together), else the one with the most values.
    /// </summary>
    private static List<LanguageColumn> LabelColumns(LanguageTable table, IReadOnlyCollection<LanguageColumn>? except = null)
    {
        var labels = table.Columns.Where(c => c.Kind is ColumnKind.Text or ColumnKind.Other && c.Profile.DistinctCount * 2 >= table.RowCount && table.RowCount > 1
            && except?.Contains(c) != true).ToList();
        // Rows named by no one text but by two sides (a cast's source and target), or by two texts each row a pair of (a
        // plate and a sample, every plate with every sample once): both, but one the question holds.
        if (labels.Count == 0 && (table.Sides ?? Crossed(table)) is var (first, second))
            return new[] { first, second }.Where(c => except?.Contains(c) != true).ToList();
        // Rows named by no text, only by a number ("which county" of counties by FIPS id, "which student" of students
        // numbered 1 to 32): that number.
        if (labels.Count == 0)
            return table.Columns.Where(c => c.Kind == ColumnKind.Number && ColumnTypes.IsInteger(c.Type) && c.Profile.DistinctCount == table.RowCount && except?.Contains(c) != true
                && (Words.NameWords(c.Name) is [.., "id" or "code" or "fips"] || c.Profile.Min == "1" && c.Profile.Max == table.RowCount.ToString(CultureInfo.InvariantCulture))).Take(1).ToList();
        var named = labels.Where(c => Words.NameWords(c.Name).Any(w => w is "name" or "title" or "label" or "model")).ToList();
        // A column called just name, beside an official_name: the name.
        if (named.Count > 1 && named.Where(c => Words.NameWords(c.Name) is ["name" or "title"]).ToList() is [var plain]) named = [plain];
        // The one named as the table's rows are (a package of debian-packages); not one the table's name qualifies its rows
        // by: a capital of us-state-capitals is its city, not its state.
        // A name rarely holds digits: a time zone's "India Standard Time", not its "(UTC+05:30) Chennai, Kolkata".
        var chosen = named.Count > 0 ? named : labels.OrderByDescending(c => Words.NameWords(c.Name).Select(Words.Singular).ToList() is [var only] && only == table.HeadNoun)
            .ThenBy(c => Words.NameWords(c.Name).Select(Words.Singular).All(table.NameWords.Contains))
            .ThenBy(c => c.MostlyDigits).ThenByDescending(c => c.Profile.DistinctCount).Take(1).ToList();
        // A car's Model (300E) beside its Make (Mercedes-Benz 300E): the label whose values are another's, written whole.
        return chosen is [var part] && labels.Where(c => c != part && WrittenWhole(c, part)).ToList() is [var whole] ? [whole] : chosen;
    }

    /// <summary>The one pair of text columns whose values, every one with every other, make as many pairs as there are rows.</summary>
    private static (LanguageColumn First, LanguageColumn Second)? Crossed(LanguageTable table) =>
        table.Columns.Where(c => c is { Kind: ColumnKind.Text, Profile.DistinctCount: > 1 }).ToList() is var texts
        && texts.SelectMany((a, i) => texts.Skip(i + 1).Where(b => a.Profile.DistinctCount * b.Profile.DistinctCount == table.RowCount).Select(b => (a, b))).ToList() is [var pair]
            ? pair : null;

    /// <summary>Whether each of a text column's values (the first 50) ends, after a space, with one of another's.</summary>
    private static bool WrittenWhole(LanguageColumn whole, LanguageColumn part)
    {
        if (part.Values.Count is 0 or > 5_000 || whole.Values.Count == 0) return false;
        var ends = part.Values.Values.ToHashSet(StringComparer.Ordinal);
        return whole.Values.Values.Take(50).All(v => Enumerable.Range(1, Math.Max(0, v.Length - 1)).Any(k => v[k - 1] == ' ' && ends.Contains(v[k..])));
    }

    private static string LimitSql(Reading r) => r.Limit is { } n ? $" limit {n}" : "";

    private static string GroupSql(GroupSpec g) => g.Grain switch
    {
        Grain.Year => $"year({Id(g.Column)})",
        Grain.Quarter => $"date_trunc('quarter', {Id(g.Column)})",
        Grain.Month => $"date_trunc('month', {Id(g.Column)})",
        Grain.Week => $"date_trunc('week', {Id(g.Column)})",
        Grain.Day => $"cast({Id(g.Column)} as date)",
        // "by hour": the hour of the day (0-23), the way hours are compared across days.
        Grain.Hour => $"hour({Id(g.Column)})",
        Grain.Weekday => $"dayname({Id(g.Column)})",
        Grain.Decade => g.Column.IsYearNumber ? $"{Id(g.Column)} // 10 * 10" : $"year({Id(g.Column)}) // 10 * 10",
        _ => Id(g.Column),
    };

    private static string GroupAlias(GroupSpec g) => g.Grain == Grain.None ? Name(g.Column) : Words.Alias(g.Grain.ToString());

    private static string GroupText(GroupSpec g) => g.Grain == Grain.None ? g.Column.Name : $"{g.Grain.ToString().ToLowerInvariant()} of {g.Column.Name}";

    private static string AggregateSql(MeasureSpec m) => m switch
    {
        { Aggregate: Aggregate.Count } => "count(*)",
        { Aggregate: Aggregate.CountDistinct } => $"count(distinct {Id(m.Column!)})",
        { Aggregate: Aggregate.Avg } => $"round(avg({Id(m.Column!)}), 2)",
        { Aggregate: Aggregate.Median } => $"median({Id(m.Column!)})",
        // Of a sample, as statistics packages give it.
        { Aggregate: Aggregate.StdDev } => $"round(stddev_samp({Id(m.Column!)}), 2)",
        { Aggregate: Aggregate.Variance } => $"round(var_samp({Id(m.Column!)}), 2)",
        { Aggregate: Aggregate.Ratio } => $"round(sum({Id(m.Column!)}) / nullif(sum({Id(m.Per!)}), 0), 4)",
        _ => $"{m.Aggregate.ToString().ToLowerInvariant()}({Id(m.Column!)})",
    };

    private static string AggregateAlias(MeasureSpec m) => m.Aggregate switch
    {
        Aggregate.Count => "count",
        Aggregate.CountDistinct => Words.Alias("distinct", m.Column!.Name),
        Aggregate.Ratio => Words.Alias(m.Column!.Name, "per", m.Per!.Name),
        _ => Words.Alias(m.Aggregate.ToString(), m.Column!.Name),
    };

    private static string AggregateText(MeasureSpec m) => m.Aggregate switch
    {
        Aggregate.Count => "the number of rows",
        Aggregate.CountDistinct => $"the number of distinct {m.Column!.Name}",
        Aggregate.Avg => $"the average {m.Column!.Name}",
        Aggregate.Sum => $"the total {m.Column!.Name}",
        Aggregate.Max when m.RepeatedPer is { } label => $"the {m.Column!.Name} of each {label.Name} (the same on each of its rows, so not added up)",
        Aggregate.Max => $"the highest {m.Column!.Name}",
        Aggregate.Min => $"the lowest {m.Column!.Name}",
        Aggregate.StdDev => $"the standard deviation of {m.Column!.Name}",
        Aggregate.Variance => $"the variance of {m.Column!.Name}",
        Aggregate.Ratio => $"the total {m.Column!.Name} over the total {m.Per!.Name}",
        _ => $"the median {m.Column!.Name}",
    };

    /// <summary>The column in an expression: numbers kept as text are read as numbers.</summary>
    private static string Id(LanguageColumn column) =>
        column.StoredAsText ? $"try_cast({DatasetStorage.Identifier(column.Name)} as {column.Type})" : DatasetStorage.Identifier(column.Name);

    /// <summary>The column's name, as an alias.</summary>
    private static string Name(LanguageColumn column) => DatasetStorage.Identifier(column.Name);

    /// <summary>The column in a select list, under its own name.</summary>
    private static string Shown(LanguageColumn column) => column.StoredAsText ? $"{Id(column)} as {Name(column)}" : Id(column);

    /// <summary>The items of a column of lists, as a DuckDB list: "CA,US" and "pt, gl" split at their commas, "H hB" at its spaces.</summary>
    private static string Items(LanguageColumn lists, string column) =>
        lists.ListSeparator == ' ' ? $"string_split({column}, ' ')" : $"string_split(replace({column}, ', ', ','), ',')";

    /// <summary>A filter as a DuckDB condition: numbers as invariant literals, text quoted.</summary>
    private static string Sql(Filter f)
    {
        // A number column held to a value read from words ("the first occasion": 1) compares numbers.
        string Value(object v) => v is string text ? f.Column.Kind == ColumnKind.Number && PlainNumber().IsMatch(text) ? text : DatasetStorage.Literal(text)
            : v is LanguageColumn other ? Id(other) : Convert.ToString(v, CultureInfo.InvariantCulture)!;
        if (f.Op == "or") return $"({string.Join(" or ", f.Values.Cast<Filter>().Select(e => e.Part is FilterPart.YearAndMonth or FilterPart.MonthAndDay ? $"({Sql(e)})" : Sql(e)))})";
        var column = f.Column.Blank && f.Op is "is null" or "is not null" ? $"nullif(trim({Id(f.Column)}), '')"
            : f.Column.Padded && f.Part == FilterPart.Value ? $"trim({Id(f.Column)})" : Id(f.Column);
        if (f.Part == FilterPart.YearAndMonth) return $"year({column}) = {Value(f.Values[0])} and month({column}) = {Value(f.Values[1])}";
        if (f.Part == FilterPart.MonthAndDay) return $"month({column}) = {Value(f.Values[0])} and day({column}) = {Value(f.Values[1])}";
        // "zones the US has" of codes like "CA,US": the value is one of each row's list.
        if (f is { Part: FilterPart.Value, Op: "=", Column.HoldsLists: true }) return $"list_contains({Items(f.Column, column)}, {Value(f.Values[0])})";
        var target = f.Part switch { FilterPart.Items => $"len({Items(f.Column, column)})", FilterPart.Length => $"length({column})", FilterPart.Year => $"year({column})", FilterPart.Month => $"month({column})", FilterPart.Weekday => $"isodow({column})", FilterPart.Day => $"cast({column} as date)", _ => column };
        return f.Op switch
        {
            "is null" or "is not null" => $"{target} {f.Op}",
            "starts_with" or "ends_with" or "contains" => $"{f.Op}({target}, {Value(f.Values[0])})",
            // A word whole, or its plural: between the start or end of the text and anything but a letter or digit, in any case.
            "has_word" or "lacks_word" => $"{(f.Op == "lacks_word" ? "not " : "")}coalesce(regexp_matches({target}, {Value($"(^|[^[:alnum:]]){Regex.Escape((string)f.Values[0])}(s|es)?([^[:alnum:]]|$)")}, 'i'), false)",
            "between" => $"{target} between {Value(f.Values[0])} and {Value(f.Values[1])}",
            "in" => $"{target} in ({string.Join(", ", f.Values.Select(Value))})",
            _ => $"{target} {f.Op} {Value(f.Values[0])}",
        };
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainNumber();
}
