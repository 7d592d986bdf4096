using FluentValidation;
using Marten;
using Marten.Patching;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <param name="Rating">up, down, or null to take a rating back.</param>
/// <param name="CorrectedSql">The query that would have been right: with the one behind the answer, an evaluation case.</param>
public sealed record RateAnswerRequest(AnswerRating? Rating, string? Comment = null, string? CorrectedSql = null);

public sealed record RateAnswer(Guid MessageId, RateAnswerRequest Request) : IRequest<MessageFeedback>;

public sealed class RateAnswerValidator : AbstractValidator<RateAnswer>
{
    public RateAnswerValidator()
    {
        RuleFor(x => x.Request.Rating).IsInEnum().OverridePropertyName("rating");
        RuleFor(x => x.Request.Comment).MaximumLength(4000).OverridePropertyName("comment");
        RuleFor(x => x.Request.CorrectedSql).MaximumLength(20_000).OverridePropertyName("correctedSql");
    }
}

/// <summary>Keeps a person's rating of an answer with the query behind it (the last one the answer ran).</summary>
public sealed class RateAnswerHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<RateAnswer, MessageFeedback>
{
    public async ValueTask<MessageFeedback> Handle(RateAnswer request, CancellationToken ct)
    {
        var (message, _) = await session.RequireOwnMessageAsync(request.MessageId, caller, ct);
        if (message.Role != MessageRole.Assistant) throw new ProblemException(StatusCodes.Status400BadRequest, "Not an answer", "Only the assistant's answers are rated.");
        if (message.Status == TurnStatus.Running) throw new ProblemException(StatusCodes.Status409Conflict, "Still answering", "Rate the answer once it has ended.");
        var feedback = new MessageFeedback(request.Request.Rating, request.Request.Comment?.Trim() is { Length: > 0 } comment ? comment : null,
            request.Request.CorrectedSql?.Trim() is { Length: > 0 } corrected ? corrected : null, message.Context?.Sql, clock.GetUtcNow());
        session.Patch<ConversationMessage>(message.Id).Set(m => m.Feedback, feedback);
        await session.SaveChangesAsync(ct);
        return feedback;
    }
}
