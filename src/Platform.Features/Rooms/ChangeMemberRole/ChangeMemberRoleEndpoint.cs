using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class ChangeMemberRoleEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/rooms/{roomId:guid}/members/{memberId:guid}",
                async (Guid roomId, Guid memberId, ChangeMemberRoleRequest request, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new ChangeMemberRole(roomId, memberId, request.Role), ct)))
            .WithName("ChangeRoomMemberRole").WithTags("Room members").WithSummary("Change a member's role (owner); the last owner cannot be demoted.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
