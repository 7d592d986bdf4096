using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Query.Language;

namespace Platform.Features.Query;

/// <param name="Question">A question about the data, in plain language.</param>
/// <param name="DatasetId">Ask about this dataset…</param>
/// <param name="RoomId">…or about the datasets linked to this room.</param>
/// <param name="Execute">False returns the SQL for a person to confirm or edit, without running it.</param>
/// <param name="Limit">Rows to return: 200 unless given; above 1,000, the first 1,000 (truncated).</param>
/// <param name="Force">Run it even if a cached answer exists.</param>
public sealed record AskQuestion(string Question, Guid? DatasetId = null, Guid? RoomId = null, bool Execute = true, int? Limit = null, bool Force = false)
    : IRequest<QuestionAnswer>;

/// <param name="Understood">False when the engine could not tell what was asked: then <c>sql</c> is null and <c>suggestions</c> say what it can answer.</param>
/// <param name="Plan">How the question's words were linked to columns and values.</param>
/// <param name="Engine">builtin, or the language model's name.</param>
/// <param name="Fallback">Why the built-in engine answered although a language model is configured.</param>
public sealed record QuestionAnswer(
    string Question, bool Understood, string? Sql, string Explanation, IReadOnlyList<string> Suggestions, string Plan,
    IReadOnlyList<QueryColumn> Columns, IReadOnlyList<object?[]> Rows, int RowCount, bool Truncated, long ElapsedMs, bool Cached, bool Executed,
    ChartSuggestion? Chart, string Engine, string? Fallback = null)
{
    /// <summary>An answer whose SQL was not run: not understood, or asked with execute: false.</summary>
    public static QuestionAnswer Unrun(string question, bool understood, string? sql, string explanation, IReadOnlyList<string> suggestions, string plan,
        ChartSuggestion? chart, string engine) =>
        new(question, understood, sql, explanation, suggestions, plan, [], [], 0, false, 0, false, false, chart, engine);

    public static QuestionAnswer Ran(string question, string sql, string explanation, string plan, SqlAnswer result, AnswerShape shape, string engine) =>
        new(question, true, sql, explanation, [], plan, result.Columns, result.Rows, result.RowCount, result.Truncated, result.ElapsedMs, result.Cached, true,
            Language.Chart.For(shape, result.Columns, result.RowCount), engine);
}

public sealed class AskQuestionValidator : AbstractValidator<AskQuestion>
{
    public AskQuestionValidator(IOptions<QueryOptions> options)
    {
        RuleFor(x => x.Question).NotEmpty().MaximumLength(1000);
        RuleFor(x => x.Limit).GreaterThanOrEqualTo(1);
        RuleFor(x => x).Must(x => x.DatasetId.HasValue ^ x.RoomId.HasValue).WithName("datasetId").WithMessage("Name either a datasetId or a roomId.");
    }
}

/// <summary>Answers a plain-language question: the streamed answer's steps, keeping only the last.</summary>
public sealed class AskQuestionHandler(IMediator mediator) : IRequestHandler<AskQuestion, QuestionAnswer>
{
    public async ValueTask<QuestionAnswer> Handle(AskQuestion request, CancellationToken ct)
    {
        await foreach (var frame in mediator.CreateStream(new StreamQuestion(request), ct))
            if (frame.Data is QuestionAnswer answer) return answer;
        throw new InvalidOperationException("The answer's stream ended without a result.");
    }
}
