using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Query;
using Platform.Features.Rooms;

namespace Platform.Features.Dashboards;

/// <summary>Where a panel's SQL comes from, and the scope it runs in; resolved, it also carries the drawing.</summary>
public sealed record PanelSource(Guid? DatasetId, Guid? RoomId, string? Sql, string? Question, Guid? SavedQueryId, Visualization? Visualization = null)
{
    /// <summary>
    /// Turns a question (NL-to-SQL once) or a saved query into SQL, defaults the scope to the dashboard's room,
    /// checks and runs the SQL once (unsafe or failing → 400), and infers the visualization unless one is given.
    /// </summary>
    public static async Task<PanelSource> ResolveAsync(IDocumentSession session, IMediator mediator, QueryRunner runner, CurrentUser caller,
        Dashboard dashboard, PanelSource source, Visualization? visualization, CancellationToken ct)
    {
        var (datasetId, roomId, sql, question) = (source.DatasetId, source.RoomId, source.Sql, source.Question);
        if (source.SavedQueryId is { } savedId)
        {
            var saved = await session.LoadAsync<SavedQuery>(savedId, ct)
                ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The saved query was not found.");
            await session.RequireAsync(saved.RoomId, caller, RoomRole.Viewer, ct);
            if (string.IsNullOrEmpty(saved.Sql)) throw new ProblemException(StatusCodes.Status400BadRequest, "No SQL", "That query has no SQL to pin (it was not understood).");
            (sql, question) = (saved.Sql, saved.Question);
            if (datasetId is null && roomId is null) roomId = saved.RoomId;
        }
        else if (sql is null && question is not null)
        {
            if (datasetId is null && roomId is null) roomId = dashboard.RoomId;
            var answer = await mediator.Send(new AskQuestion(question, datasetId, roomId, Execute: false), ct);
            sql = answer.Understood ? answer.Sql! : throw new ProblemException(StatusCodes.Status400BadRequest, "Question not understood",
                $"{answer.Explanation} {string.Join(" ", answer.Suggestions)}".Trim());
        }
        if (datasetId is null && roomId is null) roomId = dashboard.RoomId ?? throw SqlGuard.Refused("Name a datasetId or a roomId.");

        var scope = await QueryScope.ResolveAsync(session, datasetId, roomId, caller, ct);
        var result = await runner.RunAsync(scope, sql!, 1000, false, ct);
        var drawn = visualization ?? Visualizations.Infer(result.Columns, result.RowCount);
        Visualizations.Check(drawn, result.Columns);
        return new PanelSource(datasetId, roomId, sql, question, null, drawn);
    }
}
