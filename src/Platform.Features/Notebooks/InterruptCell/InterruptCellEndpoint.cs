using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class InterruptCellEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/cells/{cellId:guid}/interrupt", async (Guid cellId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted($"/api/cells/{cellId}", await mediator.Send(new InterruptCell(cellId), ct)))
            .WithName("InterruptCell").WithTags("Notebooks")
            .WithSummary("Interrupt a running cell (an infinite loop included); the kernel keeps its variables. The run's stream ends with its error and done.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
