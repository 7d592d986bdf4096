using Carter;
using Mediator;

namespace Platform.Features.Datasets;

public sealed class GetDatasetRowsEndpoint : ICarterModule
{
    private const int SampleSize = 20;
    private const int DefaultLimit = 200;

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/datasets/{datasetId:guid}/sample", async (Guid datasetId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDatasetRows(datasetId, 0, SampleSize), ct)))
            .WithName("GetDatasetSample").WithTags("Datasets").WithSummary("The first 20 rows.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGet("/api/datasets/{datasetId:guid}/rows", async (Guid datasetId, long? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDatasetRows(datasetId, offset ?? 0, limit ?? DefaultLimit), ct)))
            .WithName("GetDatasetRows").WithTags("Datasets").WithSummary("A page of rows (default 200, at most 1,000), as arrays in column order.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
