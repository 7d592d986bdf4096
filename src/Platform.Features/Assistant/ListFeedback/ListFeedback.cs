using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <param name="Rating">Only this rating: up or down.</param>
public sealed record ListFeedback(string? Rating, int Offset, int Limit) : IRequest<Page<FeedbackResponse>>, IPagedRequest;

public sealed class ListFeedbackValidator : AbstractValidator<ListFeedback>
{
    public ListFeedbackValidator() => RuleFor(x => x.Rating).Must(r => r is null or "up" or "down").WithMessage("'Rating' is up or down.");
}

/// <param name="Question">What was asked.</param>
/// <param name="Sql">The query behind the answer; with <c>correctedSql</c>, an evaluation case.</param>
public sealed record FeedbackResponse(
    Guid MessageId, Guid ConversationId, Guid UserId, string Question, string Answer, AnswerRating? Rating, string? Comment, string? Sql, string? CorrectedSql,
    DateTimeOffset At);

/// <summary>Rated answers, newest rating first, for administrators to turn into evaluation cases.</summary>
public sealed class ListFeedbackHandler(IQuerySession session) : IRequestHandler<ListFeedback, Page<FeedbackResponse>>
{
    public async ValueTask<Page<FeedbackResponse>> Handle(ListFeedback request, CancellationToken ct)
    {
        var query = session.Query<ConversationMessage>().Stats(out QueryStatistics stats).Where(m => m.Feedback != null);
        if (request.Rating is { } named)
        {
            var rating = named == "up" ? AnswerRating.Up : AnswerRating.Down;
            query = query.Where(m => m.Feedback!.Rating == rating);
        }
        var rated = await query.OrderByDescending(m => m.Feedback!.At).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        var questions = (await session.LoadManyAsync<ConversationMessage>(ct, rated.Where(m => m.ParentId is not null).Select(m => m.ParentId!.Value).Distinct()))
            .ToDictionary(m => m.Id, m => m.Content);
        return new(rated.Select(m => new FeedbackResponse(m.Id, m.ConversationId, m.OwnerId, m.ParentId is { } p ? questions.GetValueOrDefault(p, "") : "", m.Content,
            m.Feedback!.Rating, m.Feedback.Comment, m.Feedback.Sql, m.Feedback.CorrectedSql, m.Feedback.At)).ToList(), stats.TotalResults);
    }
}
