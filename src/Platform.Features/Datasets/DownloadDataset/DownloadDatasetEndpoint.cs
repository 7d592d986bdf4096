using Carter;
using Mediator;

namespace Platform.Features.Datasets;

public sealed class DownloadDatasetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/datasets/{datasetId:guid}/download", async (Guid datasetId, string? format, IMediator mediator, CancellationToken ct) =>
            {
                var download = await mediator.Send(new DownloadDataset(datasetId, format ?? "csv"), ct);
                return TypedResults.Stream(download.Content, download.ContentType, download.FileName);
            })
            .WithName("DownloadDataset").WithTags("Datasets").WithSummary("The dataset as a file: ?format=csv (default) or parquet.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/vnd.apache.parquet")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
