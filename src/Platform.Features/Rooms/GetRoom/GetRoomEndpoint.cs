using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class GetRoomEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rooms/{roomId:guid}", async (Guid roomId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRoom(roomId), ct)))
            .WithName("GetRoom").WithTags("Rooms").WithSummary("One room (members and administrators only).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
