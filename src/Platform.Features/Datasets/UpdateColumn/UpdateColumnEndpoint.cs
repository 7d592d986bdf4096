using Carter;
using Mediator;

namespace Platform.Features.Datasets;

public sealed class UpdateColumnEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/datasets/{datasetId:guid}/columns/{column}",
                async (Guid datasetId, string column, UpdateColumnRequest request, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new UpdateColumn(datasetId, column, request.Name, request.Description), ct)))
            .WithName("UpdateDatasetColumn").WithTags("Datasets").WithSummary("Rename or describe a column (owner); a rename makes a new version.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
