using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class CreateSavepointEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/notebooks/{notebookId:guid}/savepoints", async (Guid notebookId, CreateSavepointRequest? savepoint, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreateSavepoint(notebookId, savepoint), ct);
                return TypedResults.Created($"/api/notebooks/{notebookId}/savepoints", created);
            })
            .WithName("CreateSavepoint").WithTags("Notebooks").WithSummary("Keep the whole notebook (cells and their outputs) as it is now.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
