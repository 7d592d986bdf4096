using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Query.Language;

namespace Platform.Features.Query;

/// <param name="Question">A question about the data, in plain language.</param>
/// <param name="DatasetId">Ask about this dataset…</param>
/// <param name="RoomId">…or about the datasets linked to this room.</param>
/// <param name="Execute">False returns the SQL for a person to confirm or edit, without running it.</param>
/// <param name="Limit">Rows to return: 200 unless given, at most 1,000.</param>
/// <param name="Force">Run it even if a cached answer exists.</param>
public sealed record AskQuestion(string Question, Guid? DatasetId = null, Guid? RoomId = null, bool Execute = true, int? Limit = null, bool Force = false)
    : IRequest<QuestionAnswer>;

/// <param name="Understood">False when the engine could not tell what was asked: then <c>sql</c> is null and <c>suggestions</c> say what it can answer.</param>
/// <param name="Plan">How the question's words were linked to columns and values.</param>
/// <param name="Engine">builtin, or the language model's name.</param>
public sealed record QuestionAnswer(
    string Question, bool Understood, string? Sql, string Explanation, IReadOnlyList<string> Suggestions, string Plan,
    IReadOnlyList<QueryColumn> Columns, IReadOnlyList<object?[]> Rows, int RowCount, bool Truncated, long ElapsedMs, bool Cached, bool Executed,
    ChartSuggestion? Chart, string Engine);

public sealed class AskQuestionValidator : AbstractValidator<AskQuestion>
{
    public AskQuestionValidator(IOptions<QueryOptions> options)
    {
        RuleFor(x => x.Question).NotEmpty().MaximumLength(1000);
        RuleFor(x => x.Limit).InclusiveBetween(1, options.Value.MaxLimit);
        RuleFor(x => x).Must(x => x.DatasetId.HasValue ^ x.RoomId.HasValue).WithName("datasetId").WithMessage("Name either a datasetId or a roomId.");
    }
}

/// <summary>Answers a plain-language question with the built-in engine; in a room, keeps it in the history and tells the room.</summary>
public sealed class AskQuestionHandler(
    IDocumentSession session, LanguageSchema schema, QueryRunner runner, IRoomEvents events, IOptions<QueryOptions> options, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<AskQuestion, QuestionAnswer>
{
    public async ValueTask<QuestionAnswer> Handle(AskQuestion request, CancellationToken ct)
    {
        var scope = await QueryScope.ResolveAsync(session, request.DatasetId, request.RoomId, caller, ct);
        var tables = await Task.Run(() => schema.For(scope.Datasets), ct);
        var understanding = BuiltinEngine.Understand(request.Question, tables);
        QuestionAnswer answer;
        if (!understanding.Understood || !request.Execute)
            answer = new QuestionAnswer(request.Question, understanding.Understood, understanding.Sql, understanding.Explanation, understanding.Suggestions,
                understanding.Plan, [], [], 0, false, 0, false, false,
                understanding.Understood ? Chart.For(understanding.Shape, [], null) : null, "builtin");
        else
        {
            var result = await runner.RunAsync(scope, understanding.Sql!, request.Limit ?? options.Value.DefaultLimit, request.Force, ct);
            answer = new QuestionAnswer(request.Question, true, understanding.Sql, understanding.Explanation, [], understanding.Plan,
                result.Columns, result.Rows, result.RowCount, result.Truncated, result.ElapsedMs, result.Cached, true,
                Chart.For(understanding.Shape, result.Columns, result.RowCount), "builtin");
        }
        if (scope.RoomId is { } room)
        {
            session.Insert(new SavedQuery
            {
                Id = Guid.CreateVersion7(), RoomId = room, UserId = caller.Id, Sql = answer.Sql ?? "", Question = request.Question, RowCount = answer.RowCount,
                Truncated = answer.Truncated, ElapsedMs = answer.ElapsedMs, Cached = answer.Cached, Error = answer.Understood ? null : answer.Explanation,
                CreatedAt = clock.GetUtcNow(),
            });
            events.Publish(session, room, "query.answered", new { request.Question, answer.Understood, answer.Sql, answer.RowCount, AskedBy = caller.Id });
            await session.SaveChangesAsync(ct);
        }
        return answer;
    }
}
