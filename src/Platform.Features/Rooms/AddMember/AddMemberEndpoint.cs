using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class AddMemberEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/rooms/{roomId:guid}/members", async (Guid roomId, AddMemberRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var member = await mediator.Send(new AddMember(roomId, request.Email, request.Role), ct);
                return TypedResults.Created($"/api/rooms/{roomId}/members/{member.Id}", member);
            })
            .WithName("AddRoomMember").WithTags("Room members").WithSummary("Add a member by email, or invite one who has no account yet (owner).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
