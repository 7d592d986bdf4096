using System.Diagnostics;
using Microsoft.ML;

namespace Platform.Features.Models;

/// <summary>A fitted pipeline with its held-out metrics, and the report the experiment routes show.</summary>
public sealed record TrainingOutcome(ITransformer Pipeline, DataViewSchema InputSchema, Dictionary<string, double> Metrics, List<string> Classes, ModelReport Report, List<FeatureBaseline> Baselines, long TrainRows, long TestRows, long DurationMs);

/// <summary>
/// Trains one model with ML.NET on rows already read: splits them (stratified by class for classification),
/// fits the featurising pipeline and the trainer on the training part, and evaluates on the held-out part:
/// the task's metrics, a confusion matrix or residual summary, permutation importance per input column,
/// the worst predictions and the error per category segment.
/// </summary>
public static class ModelFitting
{
    private const int ImportanceRows = 5000;
    private const int WorstCount = 10;
    private const int SegmentValues = 20;

    public static (List<int> Train, List<int> Test) Split(TrainedModel model, ModelRows rows)
    {
        var random = new Random(model.Seed);
        var train = new List<int>();
        var test = new List<int>();
        var groups = model.Task == ModelTask.Regression
            ? [Enumerable.Range(0, rows.Count).ToList()]
            : Enumerable.Range(0, rows.Count).GroupBy(i => ModelFeatures.TargetText(rows.Targets[i])).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        foreach (var group in groups)
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            var take = (int)Math.Round(shuffled.Count * model.TestFraction);
            if (take == 0 && shuffled.Count >= 2) take = 1;
            if (take == shuffled.Count) take--;
            test.AddRange(shuffled.Take(take));
            train.AddRange(shuffled.Skip(take));
        }
        train.Sort();
        test.Sort();
        return (train, test);
    }

    public static TrainingOutcome Train(TrainedModel model, ModelRows rows, Action<string> stage)
    {
        var clock = Stopwatch.StartNew();
        var ml = new MLContext(model.Seed);
        var algorithm = ModelAlgorithms.Find(model.Task, model.Algorithm)!;
        var (trainRows, testRows) = Split(model, rows);
        if (testRows.Count == 0) throw new InvalidOperationException("Too few rows to hold any out for evaluation.");
        var trainFrame = ModelFeatures.Frame(model, rows, trainRows, withTargets: true);
        stage("training");
        var pipeline = ModelFeatures.Pipeline(ml, model, algorithm).Fit(trainFrame);
        stage("evaluating");
        // Cached: the metrics and the per-row predictions read it once each, and scoring it twice cost 0.2-0.8 s on 20,000 rows.
        var scored = ml.Data.Cache(pipeline.Transform(ModelFeatures.Frame(model, rows, testRows, withTargets: true)));
        if (model.Task == ModelTask.Multiclass) model.Classes = ModelPredictions.Classes(scored);
        var metrics = Evaluate(ml, model.Task, scored);
        var predictions = ModelPredictions.Predictions(scored, model);
        var report = new ModelReport { Id = model.Id };
        Analyse(report, model, rows, testRows, predictions);
        report.Importance = Importance(ml, pipeline, model, rows, testRows, metrics);
        return new TrainingOutcome(pipeline, ((IDataView)trainFrame).Schema, metrics, model.Classes, report, Baselines(model, rows, trainRows),
            trainRows.Count, testRows.Count, clock.ElapsedMilliseconds);
    }

    /// <summary>Fits on the training rows and returns the held-out metrics only (a tuning trial).</summary>
    public static Dictionary<string, double> Score(TrainedModel model, ModelRows rows, List<int> trainRows, List<int> testRows)
    {
        var ml = new MLContext(model.Seed);
        var pipeline = ModelFeatures.Pipeline(ml, model, ModelAlgorithms.Find(model.Task, model.Algorithm)!).Fit(ModelFeatures.Frame(model, rows, trainRows, withTargets: true));
        return Evaluate(ml, model.Task, pipeline.Transform(ModelFeatures.Frame(model, rows, testRows, withTargets: true)));
    }

    /// <summary>The task's standard metrics on scored rows; ones that cannot be computed (AUC of one class) are left out.</summary>
    public static Dictionary<string, double> Evaluate(MLContext ml, ModelTask task, IDataView scored)
    {
        var metrics = new Dictionary<string, double>();
        switch (task)
        {
            case ModelTask.Regression:
                var r = ml.Regression.Evaluate(scored);
                (metrics["rSquared"], metrics["rmse"], metrics["mae"], metrics["mse"]) = (r.RSquared, r.RootMeanSquaredError, r.MeanAbsoluteError, r.MeanSquaredError);
                break;
            case ModelTask.Binary:
                var b = ml.BinaryClassification.Evaluate(scored);
                (metrics["accuracy"], metrics["auc"], metrics["f1"], metrics["logLoss"], metrics["precision"], metrics["recall"]) =
                    (b.Accuracy, b.AreaUnderRocCurve, b.F1Score, b.LogLoss, b.PositivePrecision, b.PositiveRecall);
                break;
            default:
                var m = ml.MulticlassClassification.Evaluate(scored);
                (metrics["macroAccuracy"], metrics["microAccuracy"], metrics["logLoss"], metrics["logLossReduction"]) =
                    (m.MacroAccuracy, m.MicroAccuracy, m.LogLoss, m.LogLossReduction);
                break;
        }
        return metrics.Where(kv => double.IsFinite(kv.Value)).ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 6));
    }

    private static void Analyse(ModelReport report, TrainedModel model, ModelRows rows, List<int> testRows, List<Prediction> predictions)
    {
        // Per held-out row: its error (absolute error, or 1 − the probability of the actual class) and whether it was wrong.
        var errors = new double[testRows.Count];
        var wrong = new bool[testRows.Count];
        for (var k = 0; k < testRows.Count; k++)
        {
            var actual = rows.Targets[testRows[k]];
            var p = predictions[k];
            if (model.Task == ModelTask.Regression) errors[k] = Math.Abs((double)actual! - p.Value!.Value);
            else
            {
                var name = ModelFeatures.TargetText(actual);
                errors[k] = 1 - (p.Probabilities?.GetValueOrDefault(name) ?? 0);
                wrong[k] = p.Label != name;
            }
        }

        if (model.Task == ModelTask.Regression)
        {
            var residuals = testRows.Select((row, k) => (double)rows.Targets[row]! - predictions[k].Value!.Value).Order().ToArray();
            var mean = residuals.Average();
            report.Residuals = new ResidualSummary(residuals.Length, R(mean), R(Math.Sqrt(residuals.Average(x => (x - mean) * (x - mean)))),
                R(residuals[0]), R(Quantile(residuals, 0.05)), R(Quantile(residuals, 0.25)), R(Quantile(residuals, 0.5)),
                R(Quantile(residuals, 0.75)), R(Quantile(residuals, 0.95)), R(residuals[^1]));
        }
        else
        {
            var position = model.Classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
            var counts = model.Classes.Select(_ => new long[model.Classes.Count]).ToArray();
            for (var k = 0; k < testRows.Count; k++)
                if (position.TryGetValue(ModelFeatures.TargetText(rows.Targets[testRows[k]]), out var a) && position.TryGetValue(predictions[k].Label ?? "", out var p))
                    counts[a][p]++;
            report.ConfusionMatrix = new ConfusionMatrix(model.Classes, counts);
        }

        report.WorstPredictions = Enumerable.Range(0, testRows.Count)
            .Where(k => model.Task == ModelTask.Regression || wrong[k])
            .OrderByDescending(k => errors[k]).Take(WorstCount)
            .Select(k => new WorstPrediction(
                model.Features.Select((f, i) => (f.Name, Value: rows.Inputs[i][testRows[k]])).ToDictionary(x => x.Name, x => x.Value),
                rows.Targets[testRows[k]], (object?)predictions[k].Value ?? predictions[k].Label, R(errors[k])))
            .ToList();

        // Error by segment: per category value, mean absolute error or error rate, worst first.
        var segmentError = model.Task == ModelTask.Regression ? errors : wrong.Select(w => w ? 1.0 : 0.0).ToArray();
        report.Segments = model.Features.Select((f, i) => (f, i))
            .Where(x => x.f.Kind is FeatureKind.Category or FeatureKind.Boolean)
            .SelectMany(x => Enumerable.Range(0, testRows.Count)
                .GroupBy(k => ModelFeatures.TargetText(rows.Inputs[x.i][testRows[k]]))
                .OrderByDescending(g => g.Count()).Take(SegmentValues)
                .Select(g => new SegmentError(x.f.Name, g.Key, g.Count(), R(g.Average(k => segmentError[k])))))
            .OrderByDescending(s => s.Error).ThenByDescending(s => s.Count)
            .ToList();
    }

    /// <summary>
    /// Permutation importance per input column: the drop in the primary metric when that column's values are
    /// shuffled among the held-out rows. Done on input columns rather than ML.NET's per-slot importance, so a
    /// one-hot or date column counts once, as the user knows it.
    /// </summary>
    private static List<FeatureImportance> Importance(MLContext ml, ITransformer pipeline, TrainedModel model, ModelRows rows, List<int> testRows, Dictionary<string, double> metrics)
    {
        var spec = ModelAlgorithms.For(model.Task);
        if (!metrics.TryGetValue(spec.PrimaryMetric, out var baseline)) return [];
        var random = new Random(model.Seed);
        var sample = testRows.Count > ImportanceRows ? testRows.OrderBy(_ => random.Next()).Take(ImportanceRows).Order().ToList() : testRows;
        var sampleBaseline = sample == testRows ? baseline
            : Evaluate(ml, model.Task, pipeline.Transform(ModelFeatures.Frame(model, rows, sample, withTargets: true)))[spec.PrimaryMetric];
        var importance = new List<FeatureImportance>();
        for (var f = 0; f < model.Features.Count; f++)
        {
            var shuffled = sample.OrderBy(_ => random.Next()).ToList();
            var inputs = rows.Inputs.ToList();
            var column = new object?[rows.Count];
            for (var k = 0; k < sample.Count; k++) column[sample[k]] = rows.Inputs[f][shuffled[k]];
            inputs[f] = column;
            var permuted = new ModelRows(rows.Count, inputs, rows.Targets);
            var score = Evaluate(ml, model.Task, pipeline.Transform(ModelFeatures.Frame(model, permuted, sample, withTargets: true)));
            importance.Add(new FeatureImportance(model.Features[f].Name, spec.PrimaryMetric,
                R(score.TryGetValue(spec.PrimaryMetric, out var s) ? sampleBaseline - s : 0)));
        }
        return importance.OrderByDescending(i => i.Importance).ToList();
    }

    /// <summary>Each feature's training distribution: deciles of numbers and dates, shares of the most frequent text values; missing last.</summary>
    private static List<FeatureBaseline> Baselines(TrainedModel model, ModelRows rows, List<int> trainRows) =>
        model.Features.Select((f, i) => Baseline(f, trainRows.Select(r => rows.Inputs[i][r]).ToList())).ToList();

    public static FeatureBaseline Baseline(InputFeature feature, IReadOnlyList<object?> values)
    {
        if (feature.Kind is FeatureKind.Number or FeatureKind.Date or FeatureKind.Boolean)
        {
            var numbers = values.Select(Number).Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
            var edges = numbers.Length == 0 ? [] : Enumerable.Range(1, 9).Select(d => Quantile(numbers, d / 10.0)).Distinct().ToList();
            return new FeatureBaseline(feature.Name, edges, null, Shares(Bins(feature, edges, null, values), edges.Count + 2));
        }
        var top = values.OfType<string>().GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(10).Select(g => g.Key).ToList();
        return new FeatureBaseline(feature.Name, null, top, Shares(Bins(feature, null, top, values), top.Count + 2));
    }

    /// <summary>The bin of each value under a baseline's edges or values (the last bin is missing values).</summary>
    public static IEnumerable<int> Bins(InputFeature feature, IReadOnlyList<double>? edges, IReadOnlyList<string>? top, IEnumerable<object?> values)
    {
        foreach (var value in values)
        {
            if (edges is not null)
            {
                var n = Number(value);
                if (n is null) yield return edges.Count + 1;
                else
                {
                    var bin = 0;
                    while (bin < edges.Count && n.Value > edges[bin]) bin++;
                    yield return bin;
                }
            }
            else if (value is not string s) yield return top!.Count + 1;
            else
            {
                var at = 0;
                while (at < top!.Count && top[at] != s) at++;
                yield return at;
            }
        }
    }

    public static double[] Shares(IEnumerable<int> bins, int count)
    {
        var counts = new double[count];
        var total = 0;
        foreach (var bin in bins)
        {
            counts[bin]++;
            total++;
        }
        return counts.Select(c => total == 0 ? 0 : R(c / total)).ToArray();
    }

    private static double? Number(object? value) => value switch
    {
        double d => d,
        bool b => b ? 1 : 0,
        DateTime t => t.ToOADate(),
        _ => null,
    };

    private static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    private static double R(double value) => double.IsFinite(value) ? Math.Round(value, 6) : 0;
}
