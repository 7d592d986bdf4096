using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

public sealed record GetDashboard(Guid DashboardId) : IRequest<DashboardResponse>;

public sealed class GetDashboardHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetDashboard, DashboardResponse>
{
    public async ValueTask<DashboardResponse> Handle(GetDashboard request, CancellationToken ct) =>
        DashboardResponse.From(await session.RequireReadableAsync(request.DashboardId, caller, ct));
}
