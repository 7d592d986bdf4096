using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Query.Language;

namespace Platform.Features.Query;

/// <summary>One step of answering a question, as a stream frame: <c>schema</c>, <c>plan</c>, <c>sql</c>, <c>validation</c>, <c>execution</c>, <c>result</c>.</summary>
public sealed record QuestionFrame(string Event, object Data);

public sealed record StreamQuestion(AskQuestion Ask) : IStreamRequest<QuestionFrame>;

public sealed record SchemaFrame(IReadOnlyList<SchemaTable> Tables);

public sealed record SchemaTable(Guid DatasetId, string Name, string TableName, long RowCount, IReadOnlyList<QueryColumn> Columns);

public sealed record PlanFrame(bool Understood, string? Table, string Plan, string Explanation, string Shape);

/// <summary>
/// Answers a question step by step, each step a frame as soon as it is known: the tables considered, how the
/// question was understood, the SQL, its check, its run, and the answer. The first frame comes only after the
/// access check and the request's validation, so those fail as plain ProblemDetails. In a room, the question is
/// kept in the history and <c>query.answered</c> goes to the room's event stream.
/// </summary>
public sealed class StreamQuestionHandler(
    IDocumentSession session, IValidator<AskQuestion> validator, LanguageSchema schema, SqlGuard guard, QueryRunner runner, IRoomEvents events,
    IOptions<QueryOptions> options, CurrentUser caller, TimeProvider clock)
    : IStreamRequestHandler<StreamQuestion, QuestionFrame>
{
    public async IAsyncEnumerable<QuestionFrame> Handle(StreamQuestion request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var ask = request.Ask;
        await validator.ValidateAndThrowAsync(ask, ct);
        var scope = await QueryScope.ResolveAsync(session, ask.DatasetId, ask.RoomId, caller, ct);
        yield return new("schema", new SchemaFrame(scope.Datasets.Select(d => new SchemaTable(d.Id, d.Name, d.TableName, d.RowCount,
            d.Columns.Select(c => new QueryColumn(c.Name, c.Type)).ToList())).ToList()));

        var tables = await Task.Run(() => schema.For(scope.Datasets), ct);
        var understanding = BuiltinEngine.Understand(ask.Question, tables);
        yield return new("plan", new PlanFrame(understanding.Understood, understanding.Table?.Name, understanding.Plan, understanding.Explanation,
            understanding.Shape.ToString().ToLowerInvariant()));

        QuestionAnswer answer;
        if (!understanding.Understood || !ask.Execute)
        {
            if (understanding.Sql is { } unrun) yield return new("sql", new { sql = unrun });
            answer = new QuestionAnswer(ask.Question, understanding.Understood, understanding.Sql, understanding.Explanation, understanding.Suggestions,
                understanding.Plan, [], [], 0, false, 0, false, false, understanding.Understood ? Chart.For(understanding.Shape, [], null) : null, "builtin");
        }
        else
        {
            var sql = understanding.Sql!;
            yield return new("sql", new { sql });
            guard.Check(sql);
            yield return new("validation", new { valid = true });
            yield return new("execution", new { status = "running" });
            var result = await runner.RunAsync(scope, sql, ask.Limit ?? options.Value.DefaultLimit, ask.Force, ct);
            answer = new QuestionAnswer(ask.Question, true, sql, understanding.Explanation, [], understanding.Plan,
                result.Columns, result.Rows, result.RowCount, result.Truncated, result.ElapsedMs, result.Cached, true,
                Chart.For(understanding.Shape, result.Columns, result.RowCount), "builtin");
        }
        if (scope.RoomId is { } room)
        {
            session.Insert(new SavedQuery
            {
                Id = Guid.CreateVersion7(), RoomId = room, UserId = caller.Id, Sql = answer.Sql ?? "", Question = ask.Question, RowCount = answer.RowCount,
                Truncated = answer.Truncated, ElapsedMs = answer.ElapsedMs, Cached = answer.Cached, Error = answer.Understood ? null : answer.Explanation,
                CreatedAt = clock.GetUtcNow(),
            });
            events.Publish(session, room, "query.answered", new { ask.Question, answer.Understood, answer.Sql, answer.RowCount, AskedBy = caller.Id });
            await session.SaveChangesAsync(ct);
        }
        yield return new("result", answer);
    }
}
