using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class ListSavepointsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/notebooks/{notebookId:guid}/savepoints", async (Guid notebookId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSavepoints(notebookId), ct)))
            .WithName("ListSavepoints").WithTags("Notebooks").WithSummary("The notebook's savepoints, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
