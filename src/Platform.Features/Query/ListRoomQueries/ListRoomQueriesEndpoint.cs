using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Query;

public sealed class ListRoomQueriesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rooms/{roomId:guid}/queries", async (Guid roomId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRoomQueries(roomId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListRoomQueries").WithTags("Query").WithSummary("Queries run in a room, newest first, failed ones with their error.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
