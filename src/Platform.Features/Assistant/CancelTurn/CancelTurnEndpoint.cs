using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class CancelTurnEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/chat/{messageId:guid}/cancel", async (Guid messageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted($"/api/chat/{messageId}/events", await mediator.Send(new CancelTurn(messageId), ct)))
            .WithName("CancelTurn").WithTags("Assistant")
            .WithSummary("Stop a running answer; what was written so far is kept and its stream ends with done { finishReason: cancelled }.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
