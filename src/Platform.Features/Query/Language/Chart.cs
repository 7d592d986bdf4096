using Platform.Features.Datasets;
using System.Text.Json.Serialization;

namespace Platform.Features.Query.Language;

/// <param name="Type">number, bar, line, pie, scatter or table.</param>
/// <param name="X">The column along the x axis (categories, time), if any.</param>
/// <param name="Y">The measure plotted.</param>
/// <param name="Series">A second grouping drawn as separate series.</param>
public sealed record ChartSuggestion(string Type, string? X, string? Y, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Series = null);

/// <summary>The chart that fits an answer: one number, categories as bars, time as a line, a few shares as a pie, two measures as a scatter.</summary>
public static class Chart
{
    private const int MostPieSlices = 8;

    public static ChartSuggestion For(AnswerShape shape, IReadOnlyList<QueryColumn> columns, int? rowCount)
    {
        if (columns.Count == 0) return new("table", null, null, null);
        var numeric = columns.Where(c => ColumnTypes.IsNumber(c.Type)).ToList();
        switch (shape)
        {
            case AnswerShape.Number when columns.Count >= 1:
                return new("number", null, columns[^1].Name, null);
            case AnswerShape.Share when columns.Count >= 3:
                return rowCount is null or <= MostPieSlices ? new("pie", columns[0].Name, columns[^2].Name, null) : new("bar", columns[0].Name, columns[^2].Name, null);
            // Groups ranked by a date ("the version that ends last") have no number to plot: a table.
            case AnswerShape.Time or AnswerShape.Category when columns.Count >= 2
                && columns.Skip(1).FirstOrDefault(c => ColumnTypes.IsNumber(c.Type)) is { } y:
                var series = columns.Count >= 3 && !ColumnTypes.IsNumber(columns[1].Type) ? columns[1].Name : null;
                return new(shape == AnswerShape.Time ? "line" : "bar", columns[0].Name, y.Name, series);
            default:
                return numeric.Count == 2 && columns.Count <= 3 ? new("scatter", numeric[0].Name, numeric[1].Name, columns.Count == 3 ? columns.First(c => !ColumnTypes.IsNumber(c.Type)).Name : null)
                    : new("table", null, null, null);
        }
    }

    /// <summary>The shape of an answer the engine did not plan (a language model's): read from its columns.</summary>
    public static AnswerShape ShapeOf(IReadOnlyList<QueryColumn> columns, int rowCount)
    {
        if (columns.Count == 1 && rowCount == 1 && ColumnTypes.IsNumber(columns[0].Type)) return AnswerShape.Number;
        if (columns.Count >= 2 && columns.Skip(1).Any(c => ColumnTypes.IsNumber(c.Type)))
        {
            if (ColumnTypes.IsTemporal(columns[0].Type) || columns[0].Name.Equals("year", StringComparison.OrdinalIgnoreCase)) return AnswerShape.Time;
            if (ColumnTypes.IsText(columns[0].Type)) return AnswerShape.Category;
        }
        return AnswerShape.Listing;
    }

    /// <summary>Whether a DuckDB type holds numbers.</summary>
}
