using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Query;

/// <summary>
/// <c>query.run</c>: SQL, or a question turned into SQL, over a dataset or a room's datasets. The job's result shows
/// the first rows; the whole answer (up to <see cref="ArtifactRows"/> rows) is its artifact.
/// </summary>
public sealed class RunQueryJob(IQuerySession session, QueryRunner runner, IMediator mediator, CurrentUser caller) : IJobKind
{
    public const int ArtifactRows = 100_000;

    public string Id => "query.run";
    public string Name => "Run a query";
    public string Description => "Runs SQL, or answers a question, over a dataset or a room's datasets; the answer is kept as the job's artifact.";

    public string InputSchema => """
        {
          "type": "object",
          "properties": {
            "datasetId": { "type": "string", "format": "uuid", "description": "Query this dataset…" },
            "roomId": { "type": "string", "format": "uuid", "description": "…or every ready dataset linked to this room." },
            "sql": { "type": "string", "minLength": 1, "maxLength": 20000, "description": "Read-only SQL naming datasets by their table names…" },
            "question": { "type": "string", "minLength": 1, "maxLength": 1000, "description": "…or a question in plain language." },
            "rows": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 20, "description": "Rows shown in the job's result." }
          },
          "allOf": [
            { "oneOf": [ { "required": ["datasetId"] }, { "required": ["roomId"] } ] },
            { "oneOf": [ { "required": ["sql"] }, { "required": ["question"] } ] }
          ],
          "additionalProperties": false
        }
        """;

    public async Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var inputs = context.Inputs;
        Guid? datasetId = inputs.TryGetProperty("datasetId", out var d) ? d.GetGuid() : null;
        Guid? roomId = inputs.TryGetProperty("roomId", out var r) ? r.GetGuid() : null;
        var shown = inputs.TryGetProperty("rows", out var n) ? n.GetInt32() : 20;
        string sql;
        if (inputs.TryGetProperty("sql", out var text)) sql = text.GetString()!;
        else
        {
            var question = inputs.GetProperty("question").GetString()!;
            var answer = await mediator.Send(new AskQuestion(question, datasetId, roomId, Execute: false), ct);
            if (!answer.Understood || answer.Sql is null)
                throw new ProblemException(StatusCodes.Status400BadRequest, "Question not understood", answer.Explanation);
            sql = answer.Sql;
            context.Log($"“{question}” reads as: {sql}");
        }
        var scope = await QueryScope.ResolveAsync(session, datasetId, roomId, caller, ct);
        var result = await runner.RunAsync(scope, sql, ArtifactRows, force: false, ct);
        context.Log($"{result.RowCount}{(result.Truncated ? "+" : "")} rows in {result.ElapsedMs} ms{(result.Cached ? " (cached)" : "")}.");
        return new JobStepOutcome(
            new { sql, result.Columns, Rows = result.Rows.Take(shown), result.RowCount, result.Truncated, result.ElapsedMs },
            new JobTable(result.Columns.Select(c => c.Name).ToList(), result.Rows));
    }
}
