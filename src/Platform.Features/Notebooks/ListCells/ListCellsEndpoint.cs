using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class ListCellsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/notebooks/{notebookId:guid}/cells", async (Guid notebookId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCells(notebookId), ct)))
            .WithName("ListCells").WithTags("Notebooks").WithSummary("A notebook's cells in order, each with the outputs of its last run.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
