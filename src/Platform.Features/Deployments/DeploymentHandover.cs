using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

/// <summary>A deleted account's deployments pass to its successor.</summary>
public sealed class DeploymentHandover(AccessRevocations revocations) : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        [new("deployments", await session.Query<Deployment>().CountAsync(x => x.OwnerId == userId, ct))];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<Deployment>(x => x.OwnerId == handover.UserId).Set(x => x.OwnerId, handover.SuccessorId);
        revocations.Revoke(session, handover.UserId, endStreams: false);
        return Task.CompletedTask;
    }
}
