using Carter;
using Mediator;

namespace Platform.Features.Rooms;

public sealed class GetRoomStatusEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rooms/{roomId:guid}/status", async (Guid roomId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRoomStatus(roomId), ct)))
            .WithName("GetRoomStatus").WithTags("Rooms").WithSummary("What the room holds, counted by each area that keeps things in it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
