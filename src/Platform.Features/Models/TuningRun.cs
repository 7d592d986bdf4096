using System.Text.Json.Serialization;

namespace Platform.Features.Models;

[JsonConverter(typeof(JsonStringEnumConverter<TuningStatus>))]
public enum TuningStatus
{
    [JsonStringEnumMemberName("queued")] Queued,
    [JsonStringEnumMemberName("running")] Running,
    [JsonStringEnumMemberName("done")] Done,
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <param name="Score">The primary metric on the held-out split (null when the trial failed).</param>
public sealed record TuningTrial(int Number, string Algorithm, IReadOnlyDictionary<string, double> Parameters, IReadOnlyDictionary<string, double> Metrics, double? Score, long DurationMs, string? Error);

/// <summary>A search over trainers and their parameters on one dataset; its best trial is trained again in full and registered as a model.</summary>
public sealed class TuningRun
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public Guid DatasetId { get; set; }
    public TuningStatus Status { get; set; }
    /// <summary>The queued model the search fills in: its task, target and features; algorithm and parameters come from the best trial.</summary>
    public TrainedModel Spec { get; set; } = new();
    public List<string> Algorithms { get; set; } = [];
    public int Trials { get; set; }
    public string Metric { get; set; } = "";
    public List<TuningTrial> Results { get; set; } = [];
    public int? BestTrial { get; set; }
    public Guid? BestModelId { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

public sealed record TuningResponse(
    Guid Id, TuningStatus Status, Guid DatasetId, string Target, ModelTask Task, IReadOnlyList<string> Algorithms, int Trials, string Metric,
    int TrialsDone, IReadOnlyList<TuningTrial> Results, int? BestTrial, Guid? BestModelId, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    public static TuningResponse From(TuningRun r) => new(
        r.Id, r.Status, r.DatasetId, r.Spec.Target, r.Spec.Task, r.Algorithms, r.Trials, r.Metric, r.Results.Count, r.Results, r.BestTrial, r.BestModelId,
        r.Error, r.CreatedAt, r.FinishedAt);
}
