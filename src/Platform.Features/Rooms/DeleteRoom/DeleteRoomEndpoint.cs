using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class DeleteRoomEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/rooms/{roomId:guid}", async (Guid roomId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteRoom(roomId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteRoom").WithTags("Rooms").WithSummary("Delete a room, its members, messages and history (owner).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
