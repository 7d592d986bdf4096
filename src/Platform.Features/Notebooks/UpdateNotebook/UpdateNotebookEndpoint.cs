using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class UpdateNotebookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/notebooks/{notebookId:guid}", async (Guid notebookId, UpdateNotebookRequest changes, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateNotebook(notebookId, changes), ct)))
            .WithName("UpdateNotebook").WithTags("Notebooks").WithSummary("Rename a notebook or change its description.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
