using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class CreateNotebookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/notebooks", async (CreateNotebook request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/notebooks/{created.Id}", created);
            })
            .WithName("CreateNotebook").WithTags("Notebooks").WithSummary("Create a notebook, yours or (with roomId) a room's.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
