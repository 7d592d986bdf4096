using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class AskRoomAssistantEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/rooms/{roomId:guid}/assistant", async (Guid roomId, AskRoomAssistantRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var turn = await mediator.Send(new AskRoomAssistant(roomId, request.Message), ct);
                return TypedResults.Accepted($"/api/chat/{turn.MessageId}/events", turn);
            })
            .WithName("AskRoomAssistant").WithTags("Assistant")
            .WithSummary("Ask the assistant in a room: the question and the answer go into the room's chat, the turn's frames out on the room's stream as assistant.* events.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
