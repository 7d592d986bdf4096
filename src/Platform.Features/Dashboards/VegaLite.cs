using System.Text.Json.Nodes;
using Platform.Features.Query;

namespace Platform.Features.Dashboards;

/// <summary>
/// A complete Vega-Lite v5 specification of a panel with its data inlined, so a front end renders it with
/// vega-embed alone: bars, lines (one per series), pie (arc), scatter points, one big number, or a table
/// drawn as text in a grid.
/// </summary>
public static class VegaLite
{
    public const string Schema = "https://vega.github.io/schema/vega-lite/v5.json";
    public const int Width = 560;

    public static JsonObject Spec(string title, Visualization visualization, IReadOnlyList<QueryColumn> columns, IReadOnlyList<object?[]> rows)
    {
        var values = new JsonArray(rows.Select(row => (JsonNode?)new JsonObject(columns.Select((c, i) =>
            KeyValuePair.Create(c.Name, JsonValue(row[i]))))).ToArray());
        var spec = new JsonObject
        {
            ["$schema"] = Schema,
            ["title"] = title,
            // A fixed width: "container" draws 0 px wide inside vega-embed's inline-block wrapper in an unstyled element.
            ["width"] = Width,
            ["data"] = new JsonObject { ["values"] = values },
        };
        var type = visualization.Type;
        QueryColumn? Column(string? name) => columns.FirstOrDefault(c => c.Name == name);
        var x = Column(visualization.X);
        var y = Column(visualization.Y) ?? columns.LastOrDefault(Visualizations.IsNumber);
        var series = Column(visualization.Series);
        switch (type)
        {
            case "number" when y is not null:
                spec["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = 48, ["fontWeight"] = "bold" };
                spec["encoding"] = new JsonObject { ["text"] = Field(y, "quantitative", format: true) };
                break;
            case "bar" when x is not null && y is not null:
                spec["mark"] = new JsonObject { ["type"] = "bar", ["tooltip"] = true };
                spec["encoding"] = Encoding(new JsonObject { ["field"] = x.Name, ["type"] = "nominal", ["sort"] = "-y" }, Field(y, "quantitative"), series);
                break;
            case "line" when x is not null && y is not null:
                spec["mark"] = new JsonObject { ["type"] = "line", ["point"] = true, ["tooltip"] = true };
                spec["encoding"] = Encoding(Field(x, Visualizations.IsNumber(x) ? "ordinal" : "temporal"), Field(y, "quantitative"), series);
                break;
            case "pie" when x is not null && y is not null:
                spec["mark"] = new JsonObject { ["type"] = "arc", ["tooltip"] = true };
                spec["encoding"] = new JsonObject { ["theta"] = Field(y, "quantitative"), ["color"] = Field(x, "nominal") };
                break;
            case "scatter" when x is not null && y is not null:
                spec["mark"] = new JsonObject { ["type"] = "point", ["tooltip"] = true };
                spec["encoding"] = Encoding(Field(x, "quantitative"), Field(y, "quantitative"), series);
                break;
            default:
                // A table: one text mark per cell, rows down and columns across.
                spec["transform"] = new JsonArray(
                    new JsonObject { ["window"] = new JsonArray(new JsonObject { ["op"] = "row_number", ["as"] = "row" }) },
                    new JsonObject { ["fold"] = new JsonArray(columns.Select(c => (JsonNode?)c.Name).ToArray()), ["as"] = new JsonArray("column", "value") });
                spec["mark"] = new JsonObject { ["type"] = "text", ["align"] = "left" };
                spec["encoding"] = new JsonObject
                {
                    ["x"] = new JsonObject { ["field"] = "column", ["type"] = "nominal", ["sort"] = new JsonArray(columns.Select(c => (JsonNode?)c.Name).ToArray()), ["axis"] = new JsonObject { ["orient"] = "top", ["title"] = null } },
                    ["y"] = new JsonObject { ["field"] = "row", ["type"] = "ordinal", ["axis"] = null },
                    ["text"] = new JsonObject { ["field"] = "value", ["type"] = "nominal" },
                };
                break;
        }
        return spec;
    }

    private static JsonObject Encoding(JsonObject x, JsonObject y, QueryColumn? series)
    {
        var encoding = new JsonObject { ["x"] = x, ["y"] = y };
        if (series is not null) encoding["color"] = Field(series, "nominal");
        return encoding;
    }

    private static JsonObject Field(QueryColumn column, string type, bool format = false)
    {
        var field = new JsonObject { ["field"] = column.Name, ["type"] = type, ["title"] = column.Name };
        if (format) field["format"] = ",";
        return field;
    }

    private static JsonNode? JsonValue(object? value) => value switch
    {
        null => null,
        System.Text.Json.JsonElement e => JsonNode.Parse(e.GetRawText()),
        DateOnly d => d.ToString("yyyy-MM-dd"),
        DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss"),
        _ => System.Text.Json.JsonSerializer.SerializeToNode(value),
    };
}
