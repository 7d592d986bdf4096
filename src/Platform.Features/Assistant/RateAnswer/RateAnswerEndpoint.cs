using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class RateAnswerEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/chat/{messageId:guid}/feedback", async (Guid messageId, RateAnswerRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RateAnswer(messageId, request), ct)))
            .WithName("RateAnswer").WithTags("Assistant")
            .WithSummary("Rate an answer up or down (null takes it back), with a comment and the SQL that would have been right.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
