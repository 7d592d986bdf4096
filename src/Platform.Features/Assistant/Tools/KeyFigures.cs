using System.Globalization;
using Platform.Features.Datasets;
using Platform.Features.Query;

namespace Platform.Features.Assistant;

/// <summary>
/// A result in a few sentences, the figures taken from its rows: one value as a sentence; a few categories each with
/// its value, more by the top and bottom groups, and for a measure that adds up, the total and the top group's share; a time series with its first and
/// last values, the change between them and its peak; anything else by its size.
/// </summary>
public static class KeyFigures
{
    private const int MostListed = 6;

    public static string Describe(IReadOnlyList<QueryColumn> columns, IReadOnlyList<object?[]> rows, int rowCount, bool truncated)
    {
        if (rowCount == 0 || rows.Count == 0) return "No rows match.";
        if (rows.Count == 1)
            return columns.Count == 1
                ? $"The answer is {Format(rows[0][0])} ({Readable(columns[0].Name)})."
                : string.Join(", ", columns.Take(8).Select((c, i) => $"{Readable(c.Name)}: {Format(rows[0][i])}")) + ".";
        var measureIndex = LastIndex(columns, c => ColumnTypes.IsNumber(c.Type));
        var labelIndex = FirstIndex(columns, c => !ColumnTypes.IsNumber(c.Type) || IsPeriod(c.Name));
        if (measureIndex < 0 || labelIndex < 0 || labelIndex == measureIndex)
            return $"{rowCount:N0} rows{(truncated ? $" (the first {rows.Count:N0} shown)" : "")}.";

        var measure = columns[measureIndex];
        var points = rows.Select(r => (Label: Label(r[labelIndex]), Value: Number(r[measureIndex]))).Where(p => p.Value is not null)
            .Select(p => (p.Label, Value: p.Value!.Value)).ToList();
        if (points.Count == 0) return $"{rowCount:N0} rows, none with a value of {Readable(measure.Name)}.";
        var what = Readable(measure.Name);
        var groups = truncated ? $"The first {rows.Count:N0} of {rowCount:N0} rows" : $"{points.Count:N0} {(points.Count == 1 ? "row" : "rows")}";
        if (ColumnTypes.IsTemporal(columns[labelIndex].Type) || IsPeriod(columns[labelIndex].Name))
        {
            var (first, last) = (points[0], points[^1]);
            var peak = points.MaxBy(p => p.Value);
            var change = first.Value == 0 ? "" : $" ({(last.Value - first.Value) / Math.Abs(first.Value):+0.#%;-0.#%})";
            var direction = last.Value > first.Value ? "rose" : last.Value < first.Value ? "fell" : "stayed";
            return $"{groups}. {Capital(what)} {direction} from {Format(first.Value)} in {first.Label} to {Format(last.Value)} in {last.Label}{change}; " +
                   $"the peak was {Format(peak.Value)} in {peak.Label}.";
        }
        var ordered = points.OrderByDescending(p => p.Value).ToList();
        var (top, bottom) = (ordered[0], ordered[^1]);
        // A few groups are read in full; more, by their ends.
        var text = ordered.Count <= MostListed
            ? $"{groups}, highest {what} first: {string.Join(", ", ordered.Select(p => $"{p.Label} ({Format(p.Value)})"))}."
            : $"{groups}. Highest {what}: {top.Label} ({Format(top.Value)}); lowest: {bottom.Label} ({Format(bottom.Value)}).";
        if (Adds(measure.Name) && !truncated && ordered.All(p => p.Value >= 0))
        {
            var total = ordered.Sum(p => p.Value);
            text += $" Total {Format(total)}" + (total > 0 && ordered.Count > 2 ? $"; {top.Label} is {top.Value / total:0.#%} of it." : ".");
        }
        return text;
    }

    /// <summary>A figure as a person writes it: thousands separated, at most two decimals (more for small numbers).</summary>
    public static string Format(object? value) => value switch
    {
        null => "nothing",
        double or float or decimal or long or int or short or byte or ulong or uint => Format(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A group's name: numbers as they are (a year is 1955, not 1,955), dates as dates.</summary>
    private static string Label(object? value) => value is DateTime or DateOnly or DateTimeOffset or null ? Format(value) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static string Format(double value) =>
        Math.Abs(value) is > 0 and < 0.01 ? value.ToString("0.####", CultureInfo.InvariantCulture) : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static double? Number(object? value)
    {
        try
        {
            return value is null or string ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Whether the groups' values sum to a meaningful whole: counts and sums do, averages, extremes and ratios do not.</summary>
    private static bool Adds(string name) => !NotAdding.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] NotAdding = ["avg", "average", "mean", "median", "min", "max", "rate", "ratio", "pct", "percent", "share", "stddev"];

    public static bool IsPeriod(string name) => name.ToLowerInvariant() is "year" or "month" or "quarter" or "week" or "day" or "date";

    /// <summary>A column name as words: <c>avg_body_mass_g</c> → "avg body mass g".</summary>
    public static string Readable(string name) => name.Replace('_', ' ').Trim();

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static int FirstIndex(IReadOnlyList<QueryColumn> columns, Func<QueryColumn, bool> match)
    {
        for (var i = 0; i < columns.Count; i++) if (match(columns[i])) return i;
        return -1;
    }

    private static int LastIndex(IReadOnlyList<QueryColumn> columns, Func<QueryColumn, bool> match)
    {
        for (var i = columns.Count - 1; i >= 0; i--) if (match(columns[i])) return i;
        return -1;
    }
}
