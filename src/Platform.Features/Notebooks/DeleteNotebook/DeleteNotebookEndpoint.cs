using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class DeleteNotebookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/notebooks/{notebookId:guid}", async (Guid notebookId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteNotebook(notebookId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteNotebook").WithTags("Notebooks").WithSummary("Delete a notebook with its cells and savepoints; its kernel stops.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
