using System.Text.Json.Serialization;

namespace Platform.Features.Models;

[JsonConverter(typeof(JsonStringEnumConverter<ModelStatus>))]
public enum ModelStatus
{
    [JsonStringEnumMemberName("queued")] Queued,
    [JsonStringEnumMemberName("training")] Training,
    [JsonStringEnumMemberName("ready")] Ready,
    [JsonStringEnumMemberName("failed")] Failed,
}

[JsonConverter(typeof(JsonStringEnumConverter<ModelTask>))]
public enum ModelTask
{
    [JsonStringEnumMemberName("regression")] Regression,
    [JsonStringEnumMemberName("binary")] Binary,
    [JsonStringEnumMemberName("multiclass")] Multiclass,
}

/// <summary>How an input column is turned into features.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeatureKind>))]
public enum FeatureKind
{
    /// <summary>A number; missing values become the column's mean.</summary>
    [JsonStringEnumMemberName("number")] Number,
    /// <summary>True or false, as 1 or 0.</summary>
    [JsonStringEnumMemberName("boolean")] Boolean,
    /// <summary>A date or time, as year, month, day, day of week and hour.</summary>
    [JsonStringEnumMemberName("date")] Date,
    /// <summary>Few distinct values: one-hot encoded.</summary>
    [JsonStringEnumMemberName("category")] Category,
    /// <summary>Many distinct short values: one-hot encoded through a hash.</summary>
    [JsonStringEnumMemberName("hashed")] Hashed,
    /// <summary>Free text: word and character n-grams.</summary>
    [JsonStringEnumMemberName("text")] Text,
}

/// <param name="Name">The dataset's column, as the user wrote it.</param>
/// <param name="Type">DuckDB's type of the column at training time.</param>
/// <param name="Categories">For category features, the values seen in training (the most frequent first).</param>
public sealed record InputFeature(string Name, string Type, FeatureKind Kind, IReadOnlyList<string>? Categories = null);

/// <summary>The training distribution of one feature, kept to measure drift against prediction inputs.</summary>
/// <param name="Edges">For numbers and dates: inner bin edges (deciles); values fall in Edges.Count + 1 bins.</param>
/// <param name="Values">For text kinds: the bins' values; one more bin holds every other value.</param>
/// <param name="Shares">Share of training rows per bin; the last bin holds missing values.</param>
public sealed record FeatureBaseline(string Feature, IReadOnlyList<double>? Edges, IReadOnlyList<string>? Values, IReadOnlyList<double> Shares);

/// <summary>A model trained on a dataset: its specification, state and held-out metrics. The ML.NET artifact lives beside the data.</summary>
public sealed class TrainedModel
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public Guid DatasetId { get; set; }
    public string DatasetName { get; set; } = "";
    public int DatasetVersion { get; set; }
    public ModelStatus Status { get; set; }
    /// <summary>What a model in training is doing now: loading, training, evaluating.</summary>
    public string? Stage { get; set; }
    public ModelTask Task { get; set; }
    public string Algorithm { get; set; } = "";
    public Dictionary<string, double> Parameters { get; set; } = [];
    public string Target { get; set; } = "";
    public List<InputFeature> Features { get; set; } = [];
    /// <summary>Classification: the classes in the order of probabilities (binary: negative, positive).</summary>
    public List<string> Classes { get; set; } = [];
    public double TestFraction { get; set; }
    public int Seed { get; set; }
    public Dictionary<string, double> Metrics { get; set; } = [];
    public long RowCount { get; set; }
    public long TrainRowCount { get; set; }
    public long TestRowCount { get; set; }
    public long? DurationMs { get; set; }
    public string? Error { get; set; }
    /// <summary>The tuning run that trained it, when it is that run's best.</summary>
    public Guid? TuningId { get; set; }
    /// <summary>The model it was retrained from, if any.</summary>
    public Guid? RetrainedFrom { get; set; }
    public List<Guid> RoomIds { get; set; } = [];
    public List<FeatureBaseline> Baselines { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? TrainedAt { get; set; }
}

/// <summary>What the held-out split showed about a model (one per ready model; read by the experiment routes).</summary>
public sealed class ModelReport
{
    public Guid Id { get; set; }
    public ConfusionMatrix? ConfusionMatrix { get; set; }
    public ResidualSummary? Residuals { get; set; }
    public List<FeatureImportance> Importance { get; set; } = [];
    public List<WorstPrediction> WorstPredictions { get; set; } = [];
    public List<SegmentError> Segments { get; set; } = [];
}

/// <param name="Counts">Counts[actual][predicted], classes in <see cref="Classes"/> order.</param>
public sealed record ConfusionMatrix(IReadOnlyList<string> Classes, IReadOnlyList<IReadOnlyList<long>> Counts);

/// <summary>Residuals are actual minus predicted.</summary>
public sealed record ResidualSummary(long Count, double Mean, double StandardDeviation, double Min, double P05, double P25, double Median, double P75, double P95, double Max);

/// <param name="Importance">How much the primary metric drops when the column's values are shuffled (higher matters more).</param>
public sealed record FeatureImportance(string Feature, string Metric, double Importance);

/// <param name="Error">Regression: absolute error; classification: 1 − the probability given to the actual class.</param>
public sealed record WorstPrediction(Dictionary<string, object?> Row, object? Actual, object? Predicted, double Error);

/// <param name="Error">Regression: mean absolute error; classification: error rate.</param>
public sealed record SegmentError(string Feature, string Value, long Count, double Error);

public sealed record ModelResponse(
    Guid Id, ModelStatus Status, string? Stage, ModelTask Task, string Algorithm, IReadOnlyDictionary<string, double> Parameters,
    Guid DatasetId, string DatasetName, int DatasetVersion, string Target, IReadOnlyList<InputFeature> Features, IReadOnlyList<string> Classes,
    IReadOnlyDictionary<string, double> Metrics, long RowCount, long TrainRowCount, long TestRowCount, double TestFraction, int Seed,
    long? DurationMs, string? Error, Guid? TuningId, Guid? RetrainedFrom, DateTimeOffset CreatedAt, DateTimeOffset? TrainedAt)
{
    public static ModelResponse From(TrainedModel m) => new(
        m.Id, m.Status, m.Stage, m.Task, m.Algorithm, m.Parameters, m.DatasetId, m.DatasetName, m.DatasetVersion, m.Target, m.Features, m.Classes,
        m.Metrics, m.RowCount, m.TrainRowCount, m.TestRowCount, m.TestFraction, m.Seed, m.DurationMs, m.Error, m.TuningId, m.RetrainedFrom,
        m.CreatedAt, m.TrainedAt);
}

/// <summary>The payload of <c>model.trained</c> and <c>model.failed</c> on a room's event stream.</summary>
public sealed record ModelOutcome(Guid ModelId, Guid DatasetId, string Target, ModelTask Task, string Algorithm, ModelStatus Status, IReadOnlyDictionary<string, double> Metrics, string? Error)
{
    public static ModelOutcome Of(TrainedModel m) => new(m.Id, m.DatasetId, m.Target, m.Task, m.Algorithm, m.Status, m.Metrics, m.Error);
}
