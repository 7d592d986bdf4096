using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class ListRoomGroupsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rooms/{roomId:guid}/groups", async (Guid roomId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRoomGroups(roomId), ct)))
            .WithName("ListRoomGroups").WithTags("Room members").WithSummary("The organisation groups the room is shared with, and their roles.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
