using Marten;
using Mediator;
using Microsoft.Extensions.Options;

namespace Platform.Features.Jobs;

public sealed record GetDispatcherStatus : IRequest<DispatcherStatus>;

public sealed record DispatcherLeader(string InstanceId, DateTimeOffset Since);

/// <param name="Running">Jobs it runs now, as of its last heartbeat.</param>
public sealed record DispatcherInstanceStatus(string InstanceId, DateTimeOffset StartedAt, DateTimeOffset LastHeartbeat, int Concurrency, int Running, bool Leader, bool Self);

/// <param name="Leader">The instance evaluating schedules; null while none holds the lock.</param>
/// <param name="Instances">Instances whose heartbeat is fresh.</param>
/// <param name="Queued">Jobs waiting for a worker (queued, or scheduled and due).</param>
/// <param name="Scheduled">Jobs scheduled for later.</param>
public sealed record DispatcherStatus(DispatcherLeader? Leader, IReadOnlyList<DispatcherInstanceStatus> Instances, DateTimeOffset? LastHeartbeat, int Queued, int Running, int Scheduled);

/// <summary>Liveness of the dispatcher across instances, from their heartbeats, and the board's counts.</summary>
public sealed class GetDispatcherStatusHandler(IQuerySession session, JobDispatcher dispatcher, IOptions<JobOptions> options, TimeProvider clock)
    : IRequestHandler<GetDispatcherStatus, DispatcherStatus>
{
    public async ValueTask<DispatcherStatus> Handle(GetDispatcherStatus request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var fresh = now - TimeSpan.FromMilliseconds(options.Value.WorkerTimeoutMs);
        var instances = await session.Query<DispatcherInstance>().Where(i => i.HeartbeatAt >= fresh).OrderBy(i => i.StartedAt).ToListAsync(ct);
        var leader = instances.Where(i => i.LeaderSince != null).OrderByDescending(i => i.LeaderSince).FirstOrDefault();
        var queued = await session.Query<Job>().CountAsync(j => j.Status == JobStatus.Queued || (j.Status == JobStatus.Scheduled && j.DueAt <= now), ct);
        var running = await session.Query<Job>().CountAsync(j => j.Status == JobStatus.Running, ct);
        var scheduled = await session.Query<Job>().CountAsync(j => j.Status == JobStatus.Scheduled && j.DueAt > now, ct);
        return new DispatcherStatus(
            leader is null ? null : new DispatcherLeader(leader.Id, leader.LeaderSince!.Value),
            instances.Select(i => new DispatcherInstanceStatus(i.Id, i.StartedAt, i.HeartbeatAt, i.Concurrency, i.Running, i == leader, i.Id == dispatcher.InstanceId)).ToList(),
            instances.Count == 0 ? null : instances.Max(i => i.HeartbeatAt), queued, running, scheduled);
    }
}
