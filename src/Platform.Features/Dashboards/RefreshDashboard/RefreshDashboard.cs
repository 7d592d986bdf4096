using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Query;

namespace Platform.Features.Dashboards;

/// <param name="Force">Run every query even when a cached answer exists.</param>
public sealed record RefreshDashboardRequest(bool Force = false);

public sealed record RefreshDashboard(Guid DashboardId, bool Force) : IRequest<RefreshResponse>;

/// <param name="Error">Why this panel could not be refreshed (its other panels still are).</param>
public sealed record PanelRefresh(Guid PanelId, int RowCount, string? Error);

public sealed record RefreshResponse(DateTimeOffset RefreshedAt, IReadOnlyList<PanelRefresh> Panels);

/// <summary>Re-runs every panel (editors of the dashboard's room, or its owner), keeps the results, and tells the dashboard's room (<c>panel.refreshed</c>) panel by panel.</summary>
public sealed class RefreshDashboardHandler(IDocumentSession session, QueryRunner runner, IRoomEvents events, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<RefreshDashboard, RefreshResponse>
{
    public async ValueTask<RefreshResponse> Handle(RefreshDashboard request, CancellationToken ct)
    {
        // Refreshing overwrites the kept results everyone sees: editors and up.
        var dashboard = await session.RequireWritableAsync(request.DashboardId, caller, ct);
        var now = clock.GetUtcNow();
        var outcomes = new List<PanelRefresh>();
        foreach (var panel in dashboard.Panels)
        {
            try
            {
                var scope = await QueryScope.ResolveAsync(session, panel.DatasetId, panel.RoomId, caller, ct);
                var result = await PanelRuns.RunAsync(session, runner, dashboard, panel, scope, request.Force, now, ct);
                outcomes.Add(new PanelRefresh(panel.Id, result.Rows.Count, null));
            }
            catch (ProblemException e)
            {
                outcomes.Add(new PanelRefresh(panel.Id, 0, e.Detail ?? e.Title));
            }
            if (dashboard.RoomId is { } room)
                events.Publish(session, room, "panel.refreshed", new { DashboardId = dashboard.Id, PanelId = panel.Id, outcomes[^1].RowCount, outcomes[^1].Error, RefreshedAt = now });
        }
        await session.SaveChangesAsync(ct);
        return new RefreshResponse(now, outcomes);
    }
}
