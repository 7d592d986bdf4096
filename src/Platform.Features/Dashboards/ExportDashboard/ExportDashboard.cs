using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

public sealed record ExportDashboard(Guid DashboardId) : IRequest<DashboardDefinition>;

/// <param name="Key">The panel's name within the definition, which the layout refers to.</param>
public sealed record PanelDefinition(string Key, string Title, Guid? DatasetId, Guid? RoomId, string Sql, string? Question, Visualization Visualization);

/// <param name="Panel">The key of a panel of the definition.</param>
public sealed record LayoutDefinition(string Panel, int X, int Y, int W, int H);

/// <summary>A dashboard's definition, without ids of its own, to import elsewhere.</summary>
/// <param name="Format">Always <c>platform.dashboard/v1</c>.</param>
public sealed record DashboardDefinition(string Format, string Name, IReadOnlyList<PanelDefinition> Panels, IReadOnlyList<LayoutDefinition> Layout)
{
    public const string CurrentFormat = "platform.dashboard/v1";
}

public sealed class ExportDashboardHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ExportDashboard, DashboardDefinition>
{
    public async ValueTask<DashboardDefinition> Handle(ExportDashboard request, CancellationToken ct)
    {
        var dashboard = await session.RequireReadableAsync(request.DashboardId, caller, ct);
        var keys = dashboard.Panels.Select((p, i) => (p.Id, Key: $"panel{i + 1}")).ToDictionary(x => x.Id, x => x.Key);
        return new DashboardDefinition(DashboardDefinition.CurrentFormat, dashboard.Name,
            dashboard.Panels.Select(p => new PanelDefinition(keys[p.Id], p.Title, p.DatasetId, p.RoomId, p.Sql, p.Question, p.Visualization)).ToList(),
            dashboard.Layout.Where(l => keys.ContainsKey(l.PanelId)).Select(l => new LayoutDefinition(keys[l.PanelId], l.X, l.Y, l.W, l.H)).ToList());
    }
}
