using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.AI;
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
/// Answers a question step by step (with the language model when one is configured: its query is checked and
/// run, and on failure sent back with the error up to the repair limit; if it still fails, or the model does
/// not answer, the built-in engine answers), each step a frame as soon as it is known: the tables considered, how the
/// question was understood, the SQL, its check, its run, and the answer. The first frame comes only after the
/// access check and the request's validation, so those fail as plain ProblemDetails. In a room, the question is
/// kept in the history and <c>query.answered</c> goes to the room's event stream.
/// </summary>
public sealed class StreamQuestionHandler(
    IDocumentSession session, IValidator<AskQuestion> validator, LanguageSchema schema, ILanguageModels models, SqlFromModel writer, SqlGuard guard, QueryRunner runner, IRoomEvents events,
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
        QuestionAnswer? answer = null;
        string? fallback = null;
        if (tables.Count > 0 && await models.ForAsync(caller.Id, ct) is { } model)
        {
            yield return new("plan", new PlanFrame(true, null, $"asking {model.Name}", $"The question goes to {model.Name} with the tables' schema.", "unknown"));
            var messages = SqlFromModel.Prompt(model.Options, tables, ask.Question);
            for (var attempt = 1; ; attempt++)
            {
                var reply = await writer.AskAsync(model, messages, ct);
                if (reply.Failure is { } failure)
                {
                    fallback = failure;
                    break;
                }
                string? problem = "the reply held no SQL query";
                if (reply.Sql is { } sql)
                {
                    yield return new("sql", new { sql, engine = model.Name, attempt });
                    (var normalForm, problem) = Checked(sql);
                    if (normalForm is not null)
                    {
                        yield return new("validation", new { valid = true });
                        var plan = $"written by {model.Name}";
                        if (!ask.Execute) answer = QuestionAnswer.Unrun(ask.Question, true, sql, reply.Text, [], plan, null, model.Name);
                        else
                        {
                            yield return new("execution", new { status = "running" });
                            var (result, error) = await RunAsync(scope, sql, normalForm, ask, ct);
                            problem = error;
                            if (result is not null)
                                answer = QuestionAnswer.Ran(ask.Question, sql, reply.Text, plan, result, Chart.ShapeOf(result.Columns, result.RowCount), model.Name);
                        }
                    }
                }
                if (answer is not null) break;
                if (attempt > Math.Max(0, model.Options.MaxRepairs))
                {
                    fallback = $"{model.Name} gave no working query in {attempt} attempts ({problem})";
                    break;
                }
                yield return new("repair", new { attempt, reason = problem });
                messages.Add(new ChatMessage(ChatRole.User, $"That did not work: {problem}. Reply with one corrected DuckDB query in a ```sql block."));
            }
        }

        if (answer is null)
        {
            var understanding = BuiltinEngine.Understand(ask.Question, tables);
            yield return new("plan", new PlanFrame(understanding.Understood, understanding.Table?.Name, understanding.Plan, understanding.Explanation,
                understanding.Shape.ToString().ToLowerInvariant()));
            if (!understanding.Understood || !ask.Execute)
            {
                if (understanding.Sql is { } unrun) yield return new("sql", new { sql = unrun, engine = "builtin", attempt = 1 });
                answer = QuestionAnswer.Unrun(ask.Question, understanding.Understood, understanding.Sql, understanding.Explanation, understanding.Suggestions,
                    understanding.Plan, understanding.Understood ? Chart.For(understanding.Shape, [], null) : null, "builtin");
            }
            else
            {
                var sql = understanding.Sql!;
                yield return new("sql", new { sql, engine = "builtin", attempt = 1 });
                var normalForm = guard.Check(sql);
                yield return new("validation", new { valid = true });
                yield return new("execution", new { status = "running" });
                var result = await runner.RunCheckedAsync(scope, sql, normalForm, options.Value.Rows(ask.Limit), ask.Force, ct);
                answer = QuestionAnswer.Ran(ask.Question, sql, understanding.Explanation, understanding.Plan, result, understanding.Shape, "builtin");
            }
            answer = answer with { Fallback = fallback };
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
        PlatformMetrics.Questions.Add(1, new KeyValuePair<string, object?>("engine", answer.Engine == "builtin" ? "builtin" : "model"),
            new KeyValuePair<string, object?>("understood", answer.Understood));
        yield return new("result", answer);
    }

    /// <summary>The query's normal form when the guard passes it, else why it refuses it.</summary>
    private (string? NormalForm, string? Problem) Checked(string sql)
    {
        try
        {
            return (guard.Check(sql), null);
        }
        catch (ProblemException e)
        {
            return (null, e.Detail);
        }
    }

    private async Task<(SqlAnswer? Result, string? Error)> RunAsync(QueryScope scope, string sql, string normalForm, AskQuestion ask, CancellationToken ct)
    {
        try
        {
            return (await runner.RunCheckedAsync(scope, sql, normalForm, options.Value.Rows(ask.Limit), ask.Force, ct), null);
        }
        catch (ProblemException e) when (e.Status == StatusCodes.Status400BadRequest)
        {
            return (null, e.Detail);
        }
    }
}
