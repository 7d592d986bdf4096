using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Platform.Features.Models;

/// <param name="LogScale">Tuning samples it evenly on a logarithmic scale (rates, regularisation).</param>
public sealed record ParameterSpec(string Name, string Type, double Min, double Max, double Default, bool LogScale, string Description);

/// <param name="Linear">Linear trainers get their features normalised (min-max); trees do not need it.</param>
public sealed record AlgorithmSpec(string Name, string Description, IReadOnlyList<ParameterSpec> Parameters, bool Linear);

/// <param name="PrimaryMetric">The metric that ranks models of the task (comparison, tuning, importance).</param>
public sealed record TaskSpec(ModelTask Task, string Description, IReadOnlyList<string> Metrics, string PrimaryMetric, bool HigherIsBetter, IReadOnlyList<AlgorithmSpec> Algorithms);

/// <summary>The tasks and ML.NET trainers models can use, their tunable parameters, and how each trainer is built.</summary>
public static class ModelAlgorithms
{
    private static ParameterSpec Leaves(double fallback) => new("numberOfLeaves", "integer", 2, 128, fallback, false, "Maximum leaves per tree.");
    private static ParameterSpec MinLeaf(double fallback) => new("minimumExampleCountPerLeaf", "integer", 1, 100, fallback, false, "Fewest training rows a leaf may hold.");
    private static ParameterSpec Rate(double fallback) => new("learningRate", "number", 0.001, 1, fallback, true, "Shrinkage of each boosting step.");
    private static readonly ParameterSpec Iterations = new("numberOfIterations", "integer", 10, 1000, 100, true, "Boosting rounds.");
    private static readonly ParameterSpec Trees = new("numberOfTrees", "integer", 10, 1000, 100, true, "Trees in the ensemble.");
    private static readonly ParameterSpec L1 = new("l1Regularization", "number", 0, 10, 1, false, "L1 penalty on the weights.");
    private static readonly ParameterSpec L2 = new("l2Regularization", "number", 0.000001, 10, 0.1, true, "L2 penalty on the weights.");
    private static readonly ParameterSpec SdcaIterations = new("maximumNumberOfIterations", "integer", 1, 200, 20, true, "Passes over the data.");

    private static readonly AlgorithmSpec LightGbm = new("lightGbm", "Gradient-boosted trees (LightGBM); fast and strong on tabular data.", [Leaves(31), Rate(0.1), Iterations, MinLeaf(20)], false);
    private static readonly AlgorithmSpec FastTree = new("fastTree", "Gradient-boosted trees (MART).", [Leaves(20), Rate(0.2), Trees, MinLeaf(10)], false);
    private static readonly AlgorithmSpec FastForest = new("fastForest", "Random forest.", [Leaves(20), Trees, MinLeaf(10)], false);
    private static readonly AlgorithmSpec Sdca = new("sdca", "Linear model by stochastic dual coordinate ascent.", [L2, SdcaIterations], true);
    private static readonly AlgorithmSpec Lbfgs = new("lbfgs", "Linear (logistic / maximum-entropy) model by L-BFGS.", [L1, L2 with { Default = 1 }], true);

    public static readonly IReadOnlyList<TaskSpec> Tasks =
    [
        new(ModelTask.Regression, "Predict a number.", ["rSquared", "rmse", "mae", "mse"], "rSquared", true, [LightGbm, FastTree, FastForest, Sdca]),
        new(ModelTask.Binary, "Predict one of two classes.", ["accuracy", "auc", "f1", "logLoss", "precision", "recall"], "auc", true, [LightGbm, FastTree, Sdca, Lbfgs]),
        new(ModelTask.Multiclass, "Predict one of several classes.", ["macroAccuracy", "microAccuracy", "logLoss", "logLossReduction"], "macroAccuracy", true, [LightGbm, Sdca, Lbfgs]),
    ];

    public static TaskSpec For(ModelTask task) => Tasks.Single(t => t.Task == task);

    public static AlgorithmSpec? Find(ModelTask task, string name) =>
        For(task).Algorithms.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The parameters a trainer runs with: the given ones over the defaults.</summary>
    public static Dictionary<string, double> Resolve(AlgorithmSpec algorithm, IReadOnlyDictionary<string, double>? given) =>
        algorithm.Parameters.ToDictionary(p => p.Name, p => given is not null && given.TryGetValue(p.Name, out var v) ? (p.Type == "integer" ? Math.Round(v) : v) : p.Default);

    /// <summary>What is wrong with the given parameters, if anything.</summary>
    public static string? Check(AlgorithmSpec algorithm, IReadOnlyDictionary<string, double>? given)
    {
        foreach (var (name, value) in given ?? new Dictionary<string, double>())
        {
            var spec = algorithm.Parameters.FirstOrDefault(p => p.Name == name);
            if (spec is null)
                return $"'{algorithm.Name}' has no parameter '{name}'; it has {string.Join(", ", algorithm.Parameters.Select(p => p.Name))}.";
            if (value < spec.Min || value > spec.Max)
                return $"'{name}' must be between {spec.Min} and {spec.Max}.";
        }
        return null;
    }

    /// <summary>The trainer reading <c>Features</c> and <c>Label</c>.</summary>
    public static IEstimator<ITransformer> Trainer(MLContext ml, ModelTask task, string algorithm, IReadOnlyDictionary<string, double> p)
    {
        int I(string name) => (int)p[name];
        return (task, algorithm) switch
        {
            (ModelTask.Regression, "lightGbm") => ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
            {
                NumberOfLeaves = I("numberOfLeaves"), LearningRate = p["learningRate"], NumberOfIterations = I("numberOfIterations"), MinimumExampleCountPerLeaf = I("minimumExampleCountPerLeaf"), Seed = 1, Verbose = false, Silent = true,
            }),
            (ModelTask.Binary, "lightGbm") => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                NumberOfLeaves = I("numberOfLeaves"), LearningRate = p["learningRate"], NumberOfIterations = I("numberOfIterations"), MinimumExampleCountPerLeaf = I("minimumExampleCountPerLeaf"), Seed = 1, Verbose = false, Silent = true,
            }),
            (ModelTask.Multiclass, "lightGbm") => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                NumberOfLeaves = I("numberOfLeaves"), LearningRate = p["learningRate"], NumberOfIterations = I("numberOfIterations"), MinimumExampleCountPerLeaf = I("minimumExampleCountPerLeaf"), Seed = 1, Verbose = false, Silent = true,
            }),
            (ModelTask.Regression, "fastTree") => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                NumberOfLeaves = I("numberOfLeaves"), LearningRate = p["learningRate"], NumberOfTrees = I("numberOfTrees"), MinimumExampleCountPerLeaf = I("minimumExampleCountPerLeaf"),
            }),
            (ModelTask.Binary, "fastTree") => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfLeaves = I("numberOfLeaves"), LearningRate = p["learningRate"], NumberOfTrees = I("numberOfTrees"), MinimumExampleCountPerLeaf = I("minimumExampleCountPerLeaf"),
            }),
            (ModelTask.Regression, "fastForest") => ml.Regression.Trainers.FastForest(new FastForestRegressionTrainer.Options
            {
                NumberOfLeaves = I("numberOfLeaves"), NumberOfTrees = I("numberOfTrees"), MinimumExampleCountPerLeaf = I("minimumExampleCountPerLeaf"),
            }),
            (ModelTask.Regression, "sdca") => ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
            {
                L2Regularization = (float)p["l2Regularization"], MaximumNumberOfIterations = I("maximumNumberOfIterations"),
            }),
            (ModelTask.Binary, "sdca") => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                L2Regularization = (float)p["l2Regularization"], MaximumNumberOfIterations = I("maximumNumberOfIterations"),
            }),
            (ModelTask.Multiclass, "sdca") => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = (float)p["l2Regularization"], MaximumNumberOfIterations = I("maximumNumberOfIterations"),
            }),
            (ModelTask.Binary, "lbfgs") => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L1Regularization = (float)p["l1Regularization"], L2Regularization = (float)p["l2Regularization"],
            }),
            (ModelTask.Multiclass, "lbfgs") => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = (float)p["l1Regularization"], L2Regularization = (float)p["l2Regularization"],
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), $"No {algorithm} trainer for {task}."),
        };
    }
}
