using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class UpdateRoomEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/rooms/{roomId:guid}", async (Guid roomId, UpdateRoomRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateRoom(roomId, request.Name, request.Description, request.Version), ct)))
            .WithName("UpdateRoom").WithTags("Rooms").WithSummary("Rename or re-describe a room (editor or owner).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
