using System.Text.Json.Serialization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Platform.Features.Models;

/// <param name="Value">Regression: the predicted number.</param>
/// <param name="Label">Classification: the predicted class.</param>
/// <param name="Score">Classification: the probability of the predicted class (binary: of the positive class).</param>
/// <param name="Probabilities">Classification: the probability of every class.</param>
public sealed record Prediction(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Value = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, double>? Probabilities = null);

/// <summary>Reads what a scored data view says back as predictions (classes in score order, labels, probabilities).</summary>
public static class ModelPredictions
{
    /// <summary>The classes of a multiclass model in the order of its scores (the order the label's keys were given).</summary>
    public static List<string> Classes(IDataView scored)
    {
        VBuffer<ReadOnlyMemory<char>> keys = default;
        scored.Schema["Label"].GetKeyValues(ref keys);
        return keys.DenseValues().Select(k => k.ToString()).ToList();
    }

    /// <summary>The columns a scored row of a model of <paramref name="task"/> is read from.</summary>
    public static string[] Outputs(ModelTask task) => task switch
    {
        ModelTask.Regression => ["Score"],
        ModelTask.Binary => ["PredictedLabel", "Probability"],
        _ => ["PredictedClass", "Score"],
    };

    /// <summary>One prediction per scored row, in order.</summary>
    public static List<Prediction> Predictions(IDataView scored, TrainedModel model)
    {
        using var cursor = scored.GetRowCursor(Outputs(model.Task).Select(name => scored.Schema[name]));
        return Read(cursor, cursor.MoveNext, model);
    }

    /// <summary>One prediction per row <paramref name="scored"/> stands on, moving on with <paramref name="next"/> until it says no more.</summary>
    public static List<Prediction> Read(DataViewRow scored, Func<bool> next, TrainedModel model)
    {
        var predictions = new List<Prediction>();
        var schema = scored.Schema;
        switch (model.Task)
        {
            case ModelTask.Regression:
            {
                var score = scored.GetGetter<float>(schema["Score"]);
                float value = 0;
                while (next())
                {
                    score(ref value);
                    predictions.Add(new Prediction(value, null, null, null));
                }
                break;
            }
            case ModelTask.Binary:
            {
                var label = scored.GetGetter<bool>(schema["PredictedLabel"]);
                var probability = scored.GetGetter<float>(schema["Probability"]);
                bool positive = false;
                float p = 0;
                while (next())
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
                var label = scored.GetGetter<ReadOnlyMemory<char>>(schema["PredictedClass"]);
                var scores = scored.GetGetter<VBuffer<float>>(schema["Score"]);
                ReadOnlyMemory<char> predicted = default;
                VBuffer<float> values = default;
                while (next())
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
}
