using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class RemoveMemberEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/rooms/{roomId:guid}/members/{memberId:guid}", async (Guid roomId, Guid memberId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveMember(roomId, memberId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveRoomMember").WithTags("Room members").WithSummary("Remove a member or revoke an invitation (owner), or leave the room (yourself).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
