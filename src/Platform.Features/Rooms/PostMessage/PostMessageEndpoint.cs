using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class PostMessageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/rooms/{roomId:guid}/messages", async (Guid roomId, PostMessageRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var message = await mediator.Send(new PostMessage(roomId, request.Content), ct);
                return TypedResults.Created($"/api/rooms/{roomId}/messages?before={message.Id}", message);
            })
            .WithName("PostRoomMessage").WithTags("Room chat").WithSummary("Post a chat message (editor or owner).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
