using System.Globalization;
using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Platform.Features.Models;

/// <summary>
/// Lays rows out as an ML.NET data view (<see cref="DataFrame"/>) and builds the featurising pipeline: missing
/// numbers replaced by the mean, dates split into parts, text one-hot, hashed or n-grams, then the trainer.
/// </summary>
public static class ModelFeatures
{
    private const int HashBits = 10;

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
}
