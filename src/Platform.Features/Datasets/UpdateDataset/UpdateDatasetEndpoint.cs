using Carter;
using Mediator;

namespace Platform.Features.Datasets;

public sealed class UpdateDatasetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/datasets/{datasetId:guid}", async (Guid datasetId, UpdateDatasetRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateDataset(datasetId, request.Name, request.Description), ct)))
            .WithName("UpdateDataset").WithTags("Datasets").WithSummary("Rename or describe a dataset (owner); its table name stays.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
