using Marten;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary>Every instance shows it is alive, with what it runs, for the dispatcher status.</summary>
public sealed partial class JobDispatcher
{
    private Task ShowAliveAsync(CancellationToken stop) =>
        PeriodicWork.RunAsync(Heartbeat, clock, logger, "Could not record this instance's heartbeat", ShowAliveOnceAsync, stop);

    private async Task ShowAliveOnceAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        session.Store(new DispatcherInstance
        {
            Id = InstanceId, StartedAt = _startedAt, HeartbeatAt = now, Concurrency = Concurrency, Running = _running.Count, LeaderSince = _leaderSince,
        });
        // Instances gone for a day are forgotten.
        session.DeleteWhere<DispatcherInstance>(i => i.HeartbeatAt < now.AddDays(-1));
        await session.SaveChangesAsync(ct);
    }
}
