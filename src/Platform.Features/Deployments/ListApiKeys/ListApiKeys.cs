using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

public sealed record ListApiKeys(Guid DeploymentId) : IRequest<ApiKeysResponse>;

public sealed record ApiKeysResponse(IReadOnlyList<ApiKeyResponse> Items);

public sealed class ListApiKeysHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListApiKeys, ApiKeysResponse>
{
    public async ValueTask<ApiKeysResponse> Handle(ListApiKeys request, CancellationToken ct)
    {
        var deployment = await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct);
        var keys = await session.Query<DeploymentKey>().Where(k => k.DeploymentId == deployment.Id).OrderBy(k => k.CreatedAt).ToListAsync(ct);
        return new ApiKeysResponse(keys.Select(ApiKeyResponse.From).ToList());
    }
}
