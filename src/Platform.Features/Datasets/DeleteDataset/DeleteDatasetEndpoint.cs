using Carter;
using Mediator;

namespace Platform.Features.Datasets;

public sealed class DeleteDatasetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/datasets/{datasetId:guid}", async (Guid datasetId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteDataset(datasetId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteDataset").WithTags("Datasets").WithSummary("Delete a dataset: its metadata and its files.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
