using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>A deleted account's datasets pass to its successor.</summary>
public sealed class DatasetHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        [new("datasets", await session.Query<Dataset>().CountAsync(x => x.OwnerId == userId, ct))];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<Dataset>(x => x.OwnerId == handover.UserId).Set(x => x.OwnerId, handover.SuccessorId);
        return Task.CompletedTask;
    }
}
