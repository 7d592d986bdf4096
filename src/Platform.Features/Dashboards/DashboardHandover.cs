using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

/// <summary>A deleted account's dashboards pass to its successor.</summary>
public sealed class DashboardHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        [new("dashboards", await session.Query<Dashboard>().CountAsync(x => x.OwnerId == userId, ct))];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<Dashboard>(x => x.OwnerId == handover.UserId).Set(x => x.OwnerId, handover.SuccessorId);
        return Task.CompletedTask;
    }
}
