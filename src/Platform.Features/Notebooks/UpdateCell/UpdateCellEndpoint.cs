using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class UpdateCellEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/cells/{cellId:guid}", async (Guid cellId, UpdateCellRequest changes, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateCell(cellId, changes), ct)))
            .WithName("UpdateCell").WithTags("Notebooks").WithSummary("Change a cell's source or kind, or move it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
