using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

public sealed record RemovePanel(Guid DashboardId, Guid PanelId) : IRequest;

public sealed class RemovePanelHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<RemovePanel>
{
    public async ValueTask<Unit> Handle(RemovePanel request, CancellationToken ct)
    {
        var dashboard = await session.RequireWritableAsync(request.DashboardId, caller, ct);
        if (dashboard.Panels.RemoveAll(p => p.Id == request.PanelId) == 0)
            throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The panel was not found on this dashboard.");
        dashboard.Layout.RemoveAll(l => l.PanelId == request.PanelId);
        session.Delete<PanelResult>(request.PanelId);
        dashboard.Touch(clock.GetUtcNow());
        session.Update(dashboard);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
