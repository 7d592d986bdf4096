using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class CreateRoomEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/rooms", async (CreateRoomRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var room = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/rooms/{room.Id}", room);
            })
            .WithName("CreateRoom").WithTags("Rooms")
            .WithSummary("Open a room; the caller becomes its owner. With organizationId it belongs to that organisation of mine, whose owners and admins manage it too.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
