using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary>A deleted account's jobs and schedules pass to its successor (schedules keep firing, as the successor).</summary>
public sealed class JobHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
    [
        new("jobs", await session.Query<Job>().CountAsync(x => x.OwnerId == userId, ct)),
        new("schedules", await session.Query<Schedule>().CountAsync(x => x.OwnerId == userId, ct)),
    ];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<Job>(x => x.OwnerId == handover.UserId).Set(x => x.OwnerId, handover.SuccessorId);
        session.Patch<Schedule>(x => x.OwnerId == handover.UserId).Set(x => x.OwnerId, handover.SuccessorId);
        return Task.CompletedTask;
    }
}
