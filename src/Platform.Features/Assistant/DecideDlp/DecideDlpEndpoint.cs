using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class DecideDlpEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/chat/{messageId:guid}/dlp-decision", async (Guid messageId, DlpDecisionRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted($"/api/chat/{messageId}/events", await mediator.Send(new DecideDlp(messageId, request.Decision), ct)))
            .WithName("DecideDlp").WithTags("Assistant")
            .WithSummary("Decide on a turn paused by a dlp.finding: allow, redact or block; the turn goes on at once.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
