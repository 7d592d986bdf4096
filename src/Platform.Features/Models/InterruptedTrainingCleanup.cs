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
        var models = await session.Query<TrainedModel>().Where(m => m.Status == ModelStatus.Queued || m.Status == ModelStatus.Training).ToListAsync(ct);
        var runs = await session.Query<TuningRun>().Where(t => t.Status == TuningStatus.Queued || t.Status == TuningStatus.Running).ToListAsync(ct);
        if (models.Count == 0 && runs.Count == 0) return;
        var lost = await leases.LostAsync(session, models.Select(m => m.Id).Concat(runs.Select(r => r.Id)), ct);
        bool Lost(Guid id) => lost.Contains(id);
        var count = 0;
        foreach (var model in models.Where(m => Lost(m.Id)))
        {
            model.Status = ModelStatus.Failed;
            model.Stage = null;
            model.Error = Interrupted;
            session.Update(model);
            session.Delete<WorkLease>(model.Id);
            foreach (var room in model.RoomIds) events.Publish(session, room, "model.failed", ModelOutcome.Of(model));
            count++;
        }
        foreach (var run in runs.Where(r => Lost(r.Id)))
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
