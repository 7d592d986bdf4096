using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

/// <summary>Deployments of a superseded model serve its retrained version from now on (same name, keys and logs).</summary>
public sealed class ServeRetrainedModels(IDocumentSession session, AccessRevocations revocations, TimeProvider clock) : INotificationHandler<ModelSuperseded>
{
    public async ValueTask Handle(ModelSuperseded notification, CancellationToken ct)
    {
        if (await session.LoadAsync<TrainedModel>(notification.ModelId, ct) is not { Status: ModelStatus.Ready } model) return;
        var deployments = await session.Query<Deployment>().Where(d => d.ModelId == notification.PreviousModelId).ToListAsync(ct);
        foreach (var deployment in deployments)
        {
            deployment.Serve(model, clock.GetUtcNow());
            session.Update(deployment);
            revocations.Revoke(session, deployment.OwnerId, endStreams: false);
        }
        await session.SaveChangesAsync(ct);
    }
}
