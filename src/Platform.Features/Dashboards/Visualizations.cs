using Platform.Features.Datasets;
using Platform.Features.Common;
using Platform.Features.Query;
using Platform.Features.Query.Language;

namespace Platform.Features.Dashboards;

/// <summary>How a result is drawn when the person does not say: read from the result's shape.</summary>
public static class Visualizations
{
    public static readonly string[] Types = ["number", "bar", "line", "pie", "scatter", "table"];
    private const int MostPieSlices = 8;

    /// <summary>
    /// One number → number; a date or year with measures → line; a category with measures → bar, or pie when it
    /// holds a share of the total over few categories; two measures → scatter; anything else → table.
    /// </summary>
    public static Visualization Infer(IReadOnlyList<QueryColumn> columns, int rowCount)
    {
        var numeric = columns.Where(IsNumber).ToList();
        if (columns.Count == 1 && rowCount == 1 && numeric.Count == 1) return new("number", Y: columns[0].Name);
        if (columns.Count >= 2 && numeric.Count >= 1)
        {
            var first = columns[0];
            var series = columns.Count >= 3 && IsText(columns[1]) ? columns[1].Name : null;
            var measures = numeric.Where(c => c != first).ToList();
            var share = measures.FirstOrDefault(IsShare);
            var measure = measures.FirstOrDefault(c => !IsShare(c)) ?? share;
            if (IsTime(first) && measure is not null) return new("line", first.Name, measure.Name, series);
            if (IsText(first) && measure is not null)
                return share is not null && rowCount <= MostPieSlices && series is null ? new("pie", first.Name, share.Name) : new("bar", first.Name, measure.Name, series);
            if (numeric.Count == 2 && columns.Count <= 3)
                return new("scatter", numeric[0].Name, numeric[1].Name, columns.FirstOrDefault(IsText)?.Name);
        }
        return new("table");
    }

    /// <summary>A visualization the person chose must name columns the result has.</summary>
    public static void Check(Visualization visualization, IReadOnlyList<QueryColumn> columns)
    {
        if (!Types.Contains(visualization.Type))
            throw new ProblemException(StatusCodes.Status400BadRequest, "Unknown visualization", $"'{visualization.Type}' is not one of {string.Join(", ", Types)}.");
        foreach (var field in new[] { visualization.X, visualization.Y, visualization.Series }.OfType<string>())
            if (columns.All(c => c.Name != field))
                throw new ProblemException(StatusCodes.Status400BadRequest, "Unknown field",
                    $"The result has no column '{field}'; it has {string.Join(", ", columns.Select(c => $"'{c.Name}'"))}.");
    }

    public static bool IsNumber(QueryColumn c) => ColumnTypes.IsNumber(c.Type);

    public static bool IsTime(QueryColumn c) => ColumnTypes.IsTemporal(c.Type)
        || (IsNumber(c) && c.Name.Equals("year", StringComparison.OrdinalIgnoreCase));

    private static bool IsText(QueryColumn c) => ColumnTypes.IsText(c.Type) || c.Type == "BOOLEAN";

    private static bool IsShare(QueryColumn c) => c.Name.Contains("share", StringComparison.OrdinalIgnoreCase)
        || c.Name.Contains("pct", StringComparison.OrdinalIgnoreCase) || c.Name.Contains("percent", StringComparison.OrdinalIgnoreCase);
}
