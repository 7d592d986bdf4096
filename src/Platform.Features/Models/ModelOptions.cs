namespace Platform.Features.Models;

/// <summary>Settings under <c>Platform:Models</c>.</summary>
public sealed class ModelOptions
{
    /// <summary>Trainings (and tuning runs) one instance runs at once; the rest wait their turn.</summary>
    public int ConcurrentTrainings { get; set; } = 1;

    /// <summary>Trainings and tuning runs one user may have waiting or running at once (429 beyond).</summary>
    public int QueuedTrainingsPerUser { get; set; } = 4;

    /// <summary>Most rows a model is trained on (the first ones of the dataset).</summary>
    public long MaxTrainingRows { get; set; } = 1_000_000;

    /// <summary>Deployments an owner may have enabled at once.</summary>
    public int MaxActiveDeployments { get; set; } = 5;

    /// <summary>Prediction requests a deployment accepts per minute before 429.</summary>
    public int PredictionsPerMinute { get; set; } = 60;

    /// <summary>Refused prediction requests (unknown deployment, bad key) a client address may make per minute before 429.</summary>
    public int RefusedPredictionsPerMinutePerClient { get; set; } = 20;
}
