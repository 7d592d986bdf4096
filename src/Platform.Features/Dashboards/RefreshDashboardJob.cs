using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

/// <summary><c>dashboard.refresh</c>: re-runs a dashboard's panels on a schedule, as its refresh button does.</summary>
public sealed class RefreshDashboardJob(IMediator mediator) : IJobKind
{
    public string Id => "dashboard.refresh";
    public string Name => "Refresh a dashboard";
    public string Description => "Re-runs every panel of a dashboard and keeps the results; the room sees panel.refreshed for each.";

    public string InputSchema => """
        {
          "type": "object",
          "properties": {
            "dashboardId": { "type": "string", "format": "uuid" },
            "force": { "type": "boolean", "default": true, "description": "Run every query even when a cached answer exists." }
          },
          "required": ["dashboardId"],
          "additionalProperties": false
        }
        """;

    public async Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var dashboardId = context.Inputs.GetProperty("dashboardId").GetGuid();
        var force = !context.Inputs.TryGetProperty("force", out var f) || f.GetBoolean();
        var refresh = await mediator.Send(new RefreshDashboard(dashboardId, force), ct);
        foreach (var panel in refresh.Panels)
            context.Log(panel.Error is null ? $"Panel {panel.PanelId}: {panel.RowCount} rows." : $"Panel {panel.PanelId}: {panel.Error}");
        if (refresh.Panels.Count > 0 && refresh.Panels.All(p => p.Error is not null))
            throw new ProblemException(StatusCodes.Status400BadRequest, "No panel refreshed", refresh.Panels[0].Error);
        return new JobStepOutcome(
            new { dashboardId, refresh.RefreshedAt, Panels = refresh.Panels.Count, Failed = refresh.Panels.Count(p => p.Error is not null) },
            new JobTable(["panelId", "rowCount", "error"], refresh.Panels.Select(p => new object?[] { p.PanelId, p.RowCount, p.Error }).ToList()));
    }
}
