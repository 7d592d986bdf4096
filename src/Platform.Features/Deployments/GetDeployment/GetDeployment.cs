using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

public sealed record GetDeployment(Guid DeploymentId) : IRequest<DeploymentResponse>;

public sealed class GetDeploymentHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetDeployment, DeploymentResponse>
{
    public async ValueTask<DeploymentResponse> Handle(GetDeployment request, CancellationToken ct) =>
        DeploymentResponse.From(await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct));
}
