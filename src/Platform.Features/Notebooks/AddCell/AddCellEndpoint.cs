using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class AddCellEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/notebooks/{notebookId:guid}/cells", async (Guid notebookId, AddCellRequest cell, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new AddCell(notebookId, cell), ct);
                return TypedResults.Created($"/api/cells/{created.Id}", created);
            })
            .WithName("AddCell").WithTags("Notebooks").WithSummary("Add a Python, SQL or Markdown cell, at a position or at the end.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
