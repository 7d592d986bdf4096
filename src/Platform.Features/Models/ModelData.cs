using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Platform.Features.Datasets;
using Platform.Features.Query.Language;

namespace Platform.Features.Models;

/// <summary>
/// Rows for a model, column by column: each input column's values (numbers as double, booleans, dates as
/// DateTime, text as string, or null) and, for training, the target's.
/// </summary>
public sealed record ModelRows(int Count, IReadOnlyList<object?[]> Inputs, object?[] Targets);

/// <param name="Value">Regression: the predicted number.</param>
/// <param name="Label">Classification: the predicted class.</param>
/// <param name="Score">Classification: the probability of the predicted class (binary: of the positive class).</param>
/// <param name="Probabilities">Classification: the probability of every class.</param>
public sealed record Prediction(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Value = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, double>? Probabilities = null);

/// <summary>
/// Moves data between datasets, request bodies and ML.NET: reads a dataset's columns, chooses how each becomes
/// features, lays rows out as an ML.NET data view (<see cref="DataFrame"/>), builds the featurising pipeline,
/// and reads predictions back.
/// </summary>
public static class ModelData
{
    private const int MaxCategories = 100;
    private const int HashBits = 10;

    public static ModelRows Read(string databasePath, string tableName, IReadOnlyList<string> inputs, string? target, long maxRows)
    {
        using var connection = DatasetStorage.OpenReadOnly(databasePath);
        using var command = connection.CreateCommand();
        var columns = inputs.Append(target).OfType<string>().Select(DatasetStorage.Identifier);
        var where = target is null ? "" : $" where {DatasetStorage.Identifier(target)} is not null";
        command.CommandText = $"select {string.Join(", ", columns)} from {DatasetStorage.Identifier(tableName)}{where} limit {maxRows}";
        using var reader = command.ExecuteReader();
        var values = Enumerable.Range(0, reader.FieldCount).Select(_ => new List<object?>()).ToArray();
        while (reader.Read())
            for (var i = 0; i < values.Length; i++) values[i].Add(reader.IsDBNull(i) ? null : Plain(reader.GetValue(i)));
        var count = values.Length == 0 ? 0 : values[0].Count;
        return new ModelRows(count, values.Take(inputs.Count).Select(v => v.ToArray()).ToList(), target is null ? [] : values[^1].ToArray());
    }

    /// <summary>How many distinct non-null values the column has, and how many non-null rows.</summary>
    public static (long Distinct, long Rows) Distinct(string databasePath, string tableName, string column)
    {
        using var connection = DatasetStorage.OpenReadOnly(databasePath);
        using var command = connection.CreateCommand();
        var c = DatasetStorage.Identifier(column);
        command.CommandText = $"select count(distinct {c}), count({c}) from {DatasetStorage.Identifier(tableName)}";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Convert.ToInt64(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1)));
    }

    private static object Plain(object value) => value switch
    {
        bool or string or DateTime => value,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset t => t.UtcDateTime,
        IConvertible n when n.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal => n.ToDouble(CultureInfo.InvariantCulture),
        System.Numerics.BigInteger n => (double)n,
        _ => value.ToString() ?? "",
    };

    /// <summary>How a column becomes features: by its type, and for text by how many distinct values it has and how long they are.</summary>
    public static InputFeature Describe(string name, string type, object?[] values)
    {
        if (ColumnTypes.IsNumber(type)) return new(name, type, FeatureKind.Number);
        if (type == "BOOLEAN") return new(name, type, FeatureKind.Boolean);
        if (ColumnTypes.IsTemporal(type)) return new(name, type, FeatureKind.Date);
        var texts = values.OfType<string>().ToList();
        var frequent = texts.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        if (frequent.Count <= MaxCategories) return new(name, type, FeatureKind.Category, frequent);
        var prose = texts.Count > 0 && texts.Average(t => t.Length) >= 25 && texts.Count(t => t.Contains(' ')) * 2 > texts.Count;
        return new(name, type, prose ? FeatureKind.Text : FeatureKind.Hashed);
    }

    private static string Column(int feature) => $"f{feature}";

    private static readonly string[] DateParts = ["year", "month", "day", "dow", "hour"];

    private static float DatePart(DateTime d, int part) => part switch
    {
        0 => d.Year, 1 => d.Month, 2 => d.Day, 3 => (float)d.DayOfWeek, _ => d.Hour,
    };

    /// <summary>The rows at <paramref name="indices"/> as a data view with a <c>Label</c> column (placeholders when <paramref name="withTargets"/> is false).</summary>
    public static DataFrame Frame(TrainedModel model, ModelRows rows, IReadOnlyList<int> indices, bool withTargets)
    {
        var columns = new List<DataFrameColumn>();
        for (var f = 0; f < model.Features.Count; f++)
        {
            var values = rows.Inputs[f];
            switch (model.Features[f].Kind)
            {
                case FeatureKind.Number:
                    columns.Add(new SingleDataFrameColumn(Column(f), indices.Select(i => values[i] is double d ? (float)d : float.NaN)));
                    break;
                case FeatureKind.Boolean:
                    columns.Add(new SingleDataFrameColumn(Column(f), indices.Select(i => values[i] is bool b ? (b ? 1f : 0f) : float.NaN)));
                    break;
                case FeatureKind.Date:
                    for (var part = 0; part < DateParts.Length; part++)
                    {
                        var p = part;
                        columns.Add(new SingleDataFrameColumn($"{Column(f)}_{DateParts[p]}", indices.Select(i => values[i] is DateTime d ? DatePart(d, p) : float.NaN)));
                    }
                    break;
                default:
                    columns.Add(new StringDataFrameColumn(Column(f), indices.Select(i => values[i] as string)));
                    break;
            }
        }
        columns.Add(model.Task switch
        {
            ModelTask.Regression => new SingleDataFrameColumn("Label", indices.Select(i => withTargets && rows.Targets[i] is double d ? (float)d : 0f)),
            ModelTask.Binary => new BooleanDataFrameColumn("Label", indices.Select(i => withTargets && TargetText(rows.Targets[i]) == model.Classes[1])),
            _ => new StringDataFrameColumn("Label", indices.Select(i => withTargets ? TargetText(rows.Targets[i]) : model.Classes[0])),
        });
        return new DataFrame(columns);
    }

    /// <summary>A target value as the class name it stands for.</summary>
    public static string TargetText(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("s", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Features from the input columns (missing numbers replaced by the mean; text one-hot, hashed or n-grams), then the trainer.</summary>
    public static IEstimator<ITransformer> Pipeline(MLContext ml, TrainedModel model, AlgorithmSpec algorithm)
    {
        var numeric = new List<string>();
        var parts = new List<string>();
        IEstimator<ITransformer> chain = new EstimatorChain<ITransformer>();
        for (var f = 0; f < model.Features.Count; f++)
        {
            var name = Column(f);
            switch (model.Features[f].Kind)
            {
                case FeatureKind.Number or FeatureKind.Boolean:
                    numeric.Add(name);
                    break;
                case FeatureKind.Date:
                    numeric.AddRange(DateParts.Select(p => $"{name}_{p}"));
                    break;
                case FeatureKind.Category:
                    chain = chain.Append(ml.Transforms.Categorical.OneHotEncoding($"{name}_encoded", name));
                    parts.Add($"{name}_encoded");
                    break;
                case FeatureKind.Hashed:
                    chain = chain.Append(ml.Transforms.Categorical.OneHotHashEncoding($"{name}_encoded", name, numberOfBits: HashBits));
                    parts.Add($"{name}_encoded");
                    break;
                case FeatureKind.Text:
                    chain = chain.Append(ml.Transforms.Text.FeaturizeText($"{name}_encoded", name));
                    parts.Add($"{name}_encoded");
                    break;
            }
        }
        if (numeric.Count > 0)
        {
            chain = chain.Append(ml.Transforms.ReplaceMissingValues(numeric.Select(n => new InputOutputColumnPair(n)).ToArray(),
                Microsoft.ML.Transforms.MissingValueReplacingEstimator.ReplacementMode.Mean));
            parts.InsertRange(0, numeric);
        }
        chain = chain.Append(ml.Transforms.Concatenate("Features", parts.ToArray()));
        if (algorithm.Linear) chain = chain.Append(ml.Transforms.NormalizeMinMax("Features"));
        if (model.Task == ModelTask.Multiclass) chain = chain.Append(ml.Transforms.Conversion.MapValueToKey("Label"));
        chain = chain.Append(ModelAlgorithms.Trainer(ml, model.Task, algorithm.Name, model.Parameters));
        // The predicted key stays for evaluation; the class name goes beside it.
        if (model.Task == ModelTask.Multiclass) chain = chain.Append(ml.Transforms.Conversion.MapKeyToValue("PredictedClass", "PredictedLabel"));
        return chain;
    }

    /// <summary>The classes of a multiclass model in the order of its scores (the order the label's keys were given).</summary>
    public static List<string> Classes(IDataView scored)
    {
        VBuffer<ReadOnlyMemory<char>> keys = default;
        scored.Schema["Label"].GetKeyValues(ref keys);
        return keys.DenseValues().Select(k => k.ToString()).ToList();
    }

    /// <summary>One prediction per scored row, in order.</summary>
    public static List<Prediction> Predictions(IDataView scored, TrainedModel model)
    {
        var predictions = new List<Prediction>();
        var schema = scored.Schema;
        switch (model.Task)
        {
            case ModelTask.Regression:
            {
                using var cursor = scored.GetRowCursor([schema["Score"]]);
                var score = cursor.GetGetter<float>(schema["Score"]);
                float value = 0;
                while (cursor.MoveNext())
                {
                    score(ref value);
                    predictions.Add(new Prediction(value, null, null, null));
                }
                break;
            }
            case ModelTask.Binary:
            {
                using var cursor = scored.GetRowCursor([schema["PredictedLabel"], schema["Probability"]]);
                var label = cursor.GetGetter<bool>(schema["PredictedLabel"]);
                var probability = cursor.GetGetter<float>(schema["Probability"]);
                bool positive = false;
                float p = 0;
                while (cursor.MoveNext())
                {
                    label(ref positive);
                    probability(ref p);
                    var chance = double.IsFinite(p) ? Math.Round(p, 6) : 0.5;
                    predictions.Add(new Prediction(null, model.Classes[positive ? 1 : 0], chance,
                        new Dictionary<string, double> { [model.Classes[0]] = Math.Round(1 - chance, 6), [model.Classes[1]] = chance }));
                }
                break;
            }
            default:
            {
                using var cursor = scored.GetRowCursor([schema["PredictedClass"], schema["Score"]]);
                var label = cursor.GetGetter<ReadOnlyMemory<char>>(schema["PredictedClass"]);
                var scores = cursor.GetGetter<VBuffer<float>>(schema["Score"]);
                ReadOnlyMemory<char> predicted = default;
                VBuffer<float> values = default;
                while (cursor.MoveNext())
                {
                    label(ref predicted);
                    scores(ref values);
                    var probabilities = new Dictionary<string, double>();
                    var dense = values.DenseValues().ToList();
                    for (var c = 0; c < model.Classes.Count && c < dense.Count; c++) probabilities[model.Classes[c]] = Math.Round(dense[c], 6);
                    var name = predicted.ToString();
                    predictions.Add(new Prediction(null, name, probabilities.GetValueOrDefault(name), probabilities));
                }
                break;
            }
        }
        return predictions;
    }

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
