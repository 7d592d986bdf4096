using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

public sealed record DeleteDashboard(Guid DashboardId) : IRequest;

public sealed class DeleteDashboardHandler(IDocumentSession session, CurrentUser caller) : IRequestHandler<DeleteDashboard>
{
    public async ValueTask<Unit> Handle(DeleteDashboard request, CancellationToken ct)
    {
        var dashboard = await session.RequireWritableAsync(request.DashboardId, caller, ct);
        session.Delete(dashboard);
        session.DeleteWhere<PanelResult>(r => r.DashboardId == dashboard.Id);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
