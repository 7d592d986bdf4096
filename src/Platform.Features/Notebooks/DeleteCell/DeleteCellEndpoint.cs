using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class DeleteCellEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/cells/{cellId:guid}", async (Guid cellId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteCell(cellId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCell").WithTags("Notebooks").WithSummary("Delete a cell; the ones after it move up.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
