using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

public sealed record ListDeployments(int Offset, int Limit) : IRequest<Page<DeploymentResponse>>, IPagedRequest;

public sealed class ListDeploymentsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListDeployments, Page<DeploymentResponse>>
{
    public async ValueTask<Page<DeploymentResponse>> Handle(ListDeployments request, CancellationToken ct)
    {
        var me = caller.Id;
        var deployments = await session.Query<Deployment>().Stats(out QueryStatistics stats).Where(d => d.OwnerId == me)
            .OrderByDescending(d => d.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(deployments.Select(DeploymentResponse.From).ToList(), stats.TotalResults);
    }
}
