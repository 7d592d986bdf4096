using Microsoft.Extensions.Logging;
using Marten;
using Microsoft.Extensions.Hosting;
using Platform.Features.Common;

namespace Platform.Features.Models;

/// <summary>
/// At start-up and then every minute, marks failed the models and tuning runs whose instance stopped before
/// finishing them (their lease went stale), so none stays <c>queued</c> or <c>training</c> forever.
/// </summary>
public sealed class InterruptedTrainingCleanup(
    IDocumentStore store, WorkLeases leases, IRoomEvents events, TimeProvider clock, ILogger<InterruptedTrainingCleanup> logger) : BackgroundService
{
    public const string Interrupted = "Training was interrupted because the service stopped; train the model again.";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(TimeSpan.FromMinutes(1), clock, logger, "Could not look for interrupted trainings", SweepAsync, stoppingToken);

    private async Task SweepAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var models = await leases.LostAsync<TrainedModel>(session, m => m.Status == ModelStatus.Queued || m.Status == ModelStatus.Training, m => m.Id, ct);
        var runs = await leases.LostAsync<TuningRun>(session, t => t.Status == TuningStatus.Queued || t.Status == TuningStatus.Running, t => t.Id, ct);
        var count = 0;
        foreach (var model in models)
        {
            model.Status = ModelStatus.Failed;
            model.Stage = null;
            model.Error = Interrupted;
            session.Update(model);
            session.Delete<WorkLease>(model.Id);
            foreach (var room in model.RoomIds) events.Publish(session, room, "model.failed", ModelOutcome.Of(model));
            count++;
        }
        foreach (var run in runs)
        {
            run.Status = TuningStatus.Failed;
            run.Error = "Tuning was interrupted because the service stopped; start it again.";
            run.FinishedAt = clock.GetUtcNow();
            session.Update(run);
            session.Delete<WorkLease>(run.Id);
            count++;
        }
        if (count == 0) return;
        await session.SaveChangesAsync(ct);
        logger.LogWarning("Marked {Count} interrupted trainings or tuning runs failed", count);
    }
}
