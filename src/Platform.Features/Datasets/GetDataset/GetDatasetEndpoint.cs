using Carter;
using Mediator;

namespace Platform.Features.Datasets;

public sealed class GetDatasetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/datasets/{datasetId:guid}", async (Guid datasetId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDataset(datasetId), ct)))
            .WithName("GetDataset").WithTags("Datasets").WithSummary("A dataset's metadata, columns and their profiles.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
