using System.Globalization;
using System.Text.Json;

namespace Platform.Features.Models;

/// <summary>Rows of a prediction request checked against the model's inputs.</summary>
public static class PredictionInput
{

    /// <summary>
    /// Request rows as model rows: every column must be an input of the model and hold a value of its kind
    /// (missing columns and nulls are missing values). Returns the problem with the first bad value, if any.
    /// </summary>
    public static (ModelRows? Rows, string? Problem) FromJson(TrainedModel model, IReadOnlyList<Dictionary<string, JsonElement>> rows)
    {
        var index = model.Features.Select((f, i) => (f.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.OrdinalIgnoreCase);
        var inputs = model.Features.Select(_ => new object?[rows.Count]).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var (column, element) in rows[r])
            {
                if (!index.TryGetValue(column, out var f))
                    return (null, $"Row {r + 1}: '{column}' is not an input of this model; its inputs are {string.Join(", ", model.Features.Select(x => x.Name))}.");
                if (element.ValueKind is JsonValueKind.Null) continue;
                var feature = model.Features[f];
                object? value = feature.Kind switch
                {
                    FeatureKind.Number => element.ValueKind == JsonValueKind.Number ? element.GetDouble()
                        : element.ValueKind == JsonValueKind.String && double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
                    FeatureKind.Boolean => element.ValueKind switch
                    {
                        JsonValueKind.True => true, JsonValueKind.False => false,
                        JsonValueKind.String when bool.TryParse(element.GetString(), out var b) => b,
                        _ => null,
                    },
                    FeatureKind.Date => element.ValueKind == JsonValueKind.String && DateTime.TryParse(element.GetString(), CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) ? d : null,
                    _ => element.ValueKind switch
                    {
                        JsonValueKind.String => element.GetString(),
                        JsonValueKind.Number => element.GetRawText(),
                        JsonValueKind.True => "true", JsonValueKind.False => "false",
                        _ => null,
                    },
                };
                if (value is null)
                    return (null, $"Row {r + 1}: '{feature.Name}' must be {Expected(feature.Kind)}, not {element.GetRawText()}.");
                inputs[f][r] = value;
            }
        }
        return (new ModelRows(rows.Count, inputs, new object?[rows.Count]), null);
    }

    public static string Expected(FeatureKind kind) => kind switch
    {
        FeatureKind.Number => "a number",
        FeatureKind.Boolean => "true or false",
        FeatureKind.Date => "a date (ISO 8601)",
        _ => "text",
    };
}
