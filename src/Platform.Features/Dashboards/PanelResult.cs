using Marten;
using Platform.Features.Common;
using Platform.Features.Query;

namespace Platform.Features.Dashboards;

/// <summary>A panel's last result, kept so every viewer sees the same numbers until the next refresh.</summary>
public sealed class PanelResult
{
    /// <summary>The panel's id.</summary>
    public Guid Id { get; set; }
    public Guid DashboardId { get; set; }
    public List<QueryColumn> Columns { get; set; } = [];
    public List<object?[]> Rows { get; set; } = [];
    public bool Truncated { get; set; }
    /// <summary>The scope and dataset versions it was computed from: another means it is out of date.</summary>
    public string ScopeKey { get; set; } = "";
    public DateTimeOffset RefreshedAt { get; set; }
}

public static class PanelRuns
{
    /// <summary>Runs a panel's SQL with the caller's access (a panel never shows what its reader could not query) and keeps the result.</summary>
    public static async Task<PanelResult> RunAsync(IDocumentSession session, QueryRunner runner, Dashboard dashboard, Panel panel, QueryScope scope,
        bool force, DateTimeOffset now, CancellationToken ct)
    {
        var answer = await runner.RunAsync(scope, panel.Sql, 1000, force, ct);
        var result = new PanelResult
        {
            Id = panel.Id, DashboardId = dashboard.Id, Columns = answer.Columns.ToList(), Rows = answer.Rows.ToList(), Truncated = answer.Truncated,
            ScopeKey = scope.Key, RefreshedAt = now,
        };
        session.Store(result);
        return result;
    }

    public static Panel RequirePanel(this Dashboard dashboard, Guid panelId) => dashboard.Panels.FirstOrDefault(p => p.Id == panelId)
        ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The panel was not found on this dashboard.");
}
