using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Datasets;

namespace Platform.Features.Models;

/// <summary>A retrained model beat the one it was retrained from and its owner asked for it to be served instead.</summary>
public sealed record ModelSuperseded(Guid PreviousModelId, Guid ModelId) : INotification;

/// <summary>
/// <c>model.retrain</c>: trains the same spec (dataset, target, features, task, algorithm, parameters, split, seed)
/// again on the dataset's current data as a new model, waits for it, compares the task's primary metric, and, when
/// asked and the new model is better, moves the old model's deployments to it. Run again after a lost worker, it
/// trains once more: a second new model, never a changed old one.
/// </summary>
public sealed class RetrainModelJob(
    IDocumentSession session, IDocumentStore store, DatasetFiles files, TrainingQueue trainings, IMediator mediator, CurrentUser caller, TimeProvider clock) : IJobKind
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    public string Id => "model.retrain";
    public string Name => "Retrain a model";
    public string Description => "Trains a model's spec again on its dataset's current data as a new version; optionally redeploys it when its primary metric is better.";

    public string InputSchema => """
        {
          "type": "object",
          "properties": {
            "modelId": { "type": "string", "format": "uuid", "description": "A model of yours to retrain." },
            "redeploy": { "type": "boolean", "default": false, "description": "Serve the new version from the old one's deployments when it is better." }
          },
          "required": ["modelId"],
          "additionalProperties": false
        }
        """;

    public async Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var previous = await session.RequireOwnModelAsync(context.Inputs.GetProperty("modelId").GetGuid(), caller, ct);
        var redeploy = context.Inputs.TryGetProperty("redeploy", out var r) && r.GetBoolean();
        var queued = await ModelTrainer.PrepareAsync(session, files, caller,
            new TrainingSpec(previous.DatasetId, previous.Target, previous.Features.Select(f => f.Name).ToList(), null, previous.Task, previous.Algorithm,
                previous.Parameters, previous.TestFraction, previous.Seed),
            algorithmRequired: true, clock, ct);
        queued.RetrainedFrom = previous.Id;
        await trainings.StartTrainingAsync(session, queued, ct);
        context.Log($"Retraining {previous.Algorithm} on '{previous.DatasetName}' as model {queued.Id}.");

        TrainedModel retrained;
        string? stage = null;
        while (true)
        {
            await Task.Delay(PollEvery, ct);
            await using var read = store.QuerySession();
            retrained = await read.LoadAsync<TrainedModel>(queued.Id, ct)
                ?? throw new ProblemException(StatusCodes.Status409Conflict, "Model deleted", "The retrained model was deleted while it trained.");
            if (retrained.Status is ModelStatus.Ready or ModelStatus.Failed) break;
            if (retrained.Stage != stage && retrained.Stage is { } now) context.Log($"Training: {now}.");
            stage = retrained.Stage;
        }
        if (retrained.Status == ModelStatus.Failed)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Retraining failed", retrained.Error);

        var task = ModelAlgorithms.For(previous.Task);
        var before = previous.Metrics.GetValueOrDefault(task.PrimaryMetric);
        var after = retrained.Metrics.GetValueOrDefault(task.PrimaryMetric);
        var better = task.HigherIsBetter ? after > before : after < before;
        context.Log($"{task.PrimaryMetric}: {before:G4} before, {after:G4} now ({(better ? "better" : "not better")}).");
        var redeployed = redeploy && better;
        if (redeployed)
        {
            await mediator.Publish(new ModelSuperseded(previous.Id, retrained.Id), ct);
            context.Log("The previous model's deployments now serve the retrained one.");
        }
        return new JobStepOutcome(
            new { PreviousModelId = previous.Id, ModelId = retrained.Id, Metric = task.PrimaryMetric, Previous = before, Current = after, Better = better, Redeployed = redeployed },
            new JobTable(["metric", "previous", "retrained"], task.Metrics.Select(m => new object?[] { m, previous.Metrics.GetValueOrDefault(m), retrained.Metrics.GetValueOrDefault(m) }).ToList()));
    }
}
