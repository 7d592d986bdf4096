using System.Text.Json.Nodes;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Query;

namespace Platform.Features.Dashboards;

public sealed record GetPanelData(Guid DashboardId, Guid PanelId) : IRequest<PanelData>;

/// <param name="VegaLite">A complete Vega-Lite v5 spec with the rows inlined: render it with vega-embed.</param>
public sealed record PanelData(
    IReadOnlyList<QueryColumn> Columns, IReadOnlyList<object?[]> Rows, bool Truncated, DateTimeOffset RefreshedAt, Visualization Visualization, JsonObject VegaLite);

/// <summary>
/// A panel's result and its chart: the kept result while it is of the current dataset versions, else a fresh
/// run (with the reader's own access to the panel's data).
/// </summary>
public sealed class GetPanelDataHandler(IDocumentSession session, QueryRunner runner, CurrentUser caller, TimeProvider clock) : IRequestHandler<GetPanelData, PanelData>
{
    public async ValueTask<PanelData> Handle(GetPanelData request, CancellationToken ct)
    {
        var dashboard = await session.RequireReadableAsync(request.DashboardId, caller, ct);
        var panel = dashboard.RequirePanel(request.PanelId);
        var scope = await QueryScope.ResolveAsync(session, panel.DatasetId, panel.RoomId, caller, ct);
        var result = await session.LoadAsync<PanelResult>(panel.Id, ct);
        if (result is null || result.ScopeKey != scope.Key)
        {
            result = await PanelRuns.RunAsync(session, runner, dashboard, panel, scope, false, clock.GetUtcNow(), ct);
            await session.SaveChangesAsync(ct);
        }
        return new PanelData(result.Columns, result.Rows, result.Truncated, result.RefreshedAt, panel.Visualization,
            VegaLite.Spec(panel.Title, panel.Visualization, result.Columns, result.Rows));
    }
}
