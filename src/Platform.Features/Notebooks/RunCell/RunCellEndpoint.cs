using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class RunCellEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/cells/{cellId:guid}/run", async (Guid cellId, IMediator mediator, CancellationToken ct) =>
            {
                var started = await mediator.Send(new RunCell(cellId), ct);
                return TypedResults.Accepted(started.Events, started);
            })
            .WithName("RunCell").WithTags("Notebooks")
            .WithSummary("Run a cell (Python in the notebook's sandboxed kernel, SQL on its datasets); 202 with the run id, outputs stream at its events.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
