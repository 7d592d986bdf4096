using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Notebooks;

public sealed class ListNotebooksEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/notebooks", async (string? q, Guid? roomId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListNotebooks(q, roomId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListNotebooks").WithTags("Notebooks")
            .WithSummary("My notebooks and my rooms' (or with ?roomId= one room's), most recently changed first; ?q= searches names.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
