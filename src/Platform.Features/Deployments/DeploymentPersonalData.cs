using Marten;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

/// <summary>A person's deployments go with them, with their keys and prediction logs.</summary>
public sealed class DeploymentPersonalData(AccessRevocations revocations) : IPersonalData
{
    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        var ids = await session.Query<Deployment>().Where(d => d.OwnerId == erasure.UserId).Select(d => d.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            session.Delete<Deployment>(id);
            session.DeleteWhere<DeploymentKey>(k => k.DeploymentId == id);
            session.DeleteWhere<PredictionLog>(l => l.DeploymentId == id);
        }
        revocations.Revoke(session, erasure.UserId, endStreams: false);
    }
}
