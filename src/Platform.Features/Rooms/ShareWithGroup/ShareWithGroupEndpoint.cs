using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class ShareWithGroupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/rooms/{roomId:guid}/groups", async (Guid roomId, ShareWithGroupRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ShareWithGroup(roomId, request.OrganizationId, request.GroupId, request.Role), ct)))
            .WithName("ShareRoomWithGroup").WithTags("Room members")
            .WithSummary("Share the room with a group of one of my organisations as viewer or editor (room owner); its members get that role.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
