using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class ListMembersEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rooms/{roomId:guid}/members", async (Guid roomId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMembers(roomId), ct)))
            .WithName("ListRoomMembers").WithTags("Room members").WithSummary("Members and pending invitations of a room.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
