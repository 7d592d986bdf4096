using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class UnshareFromGroupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/rooms/{roomId:guid}/groups/{groupId:guid}", async (Guid roomId, Guid groupId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new UnshareFromGroup(roomId, groupId), ct);
                return TypedResults.NoContent();
            })
            .WithName("UnshareRoomFromGroup").WithTags("Room members").WithSummary("Stop sharing the room with a group (room owner).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
