using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class RestoreSavepointEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/notebooks/{notebookId:guid}/savepoints/{savepointId:guid}/restore", async (Guid notebookId, Guid savepointId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RestoreSavepoint(notebookId, savepointId), ct)))
            .WithName("RestoreSavepoint").WithTags("Notebooks")
            .WithSummary("Put the notebook back as the savepoint kept it (cells and outputs); what it was before is kept as a savepoint.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
