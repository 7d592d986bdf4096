using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

public sealed record RevokeApiKey(Guid DeploymentId, Guid KeyId) : IRequest;

public sealed class RevokeApiKeyHandler(IDocumentSession session, CurrentUser caller, AccessRevocations revocations, TimeProvider clock) : IRequestHandler<RevokeApiKey>
{
    public async ValueTask<Unit> Handle(RevokeApiKey request, CancellationToken ct)
    {
        var deployment = await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct);
        var key = await session.LoadAsync<DeploymentKey>(request.KeyId, ct);
        if (key is null || key.DeploymentId != deployment.Id) throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The key was not found.");
        key.RevokedAt ??= clock.GetUtcNow();
        session.Update(key);
        revocations.Revoke(session, deployment.OwnerId, endStreams: false);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
