using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

public sealed record DeleteDeployment(Guid DeploymentId) : IRequest;

public sealed class DeleteDeploymentHandler(IDocumentSession session, CurrentUser caller, AccessRevocations revocations) : IRequestHandler<DeleteDeployment>
{
    public async ValueTask<Unit> Handle(DeleteDeployment request, CancellationToken ct)
    {
        var deployment = await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct);
        session.Delete(deployment);
        session.DeleteWhere<DeploymentKey>(k => k.DeploymentId == deployment.Id);
        session.DeleteWhere<PredictionLog>(l => l.DeploymentId == deployment.Id);
        revocations.Revoke(session, deployment.OwnerId, endStreams: false);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
