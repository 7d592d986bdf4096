using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed class ListRoomsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rooms", async (string? search, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRooms(search, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListRooms").WithTags("Rooms").WithSummary("Rooms I own or belong to, optionally filtered by name.")
            .ProducesValidationProblem();
}
