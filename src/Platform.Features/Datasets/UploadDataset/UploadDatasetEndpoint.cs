using Carter;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>The multipart form of an upload, as the contract describes it.</summary>
/// <param name="File">CSV, TSV, JSON (array of objects or NDJSON), XLSX or Parquet; the type is read from the content.</param>
/// <param name="Name">Defaults to the file name without its extension.</param>
/// <param name="RoomId">Link the new dataset to this room (you must be its editor or owner).</param>
/// <param name="Sheet">For an XLSX workbook, the sheet to read, by name or 1-based position; the first by default.</param>
/// <param name="OrganizationId">An organisation you are a member of: its members may read the dataset, its owners and admins change it.</param>
public sealed record UploadDatasetForm(IFormFile File, string? Name = null, Guid? RoomId = null, string? Sheet = null, Guid? OrganizationId = null);

public sealed class UploadDatasetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/datasets", async (HttpRequest request, IMediator mediator, DatasetFiles files, IOptions<DatasetOptions> options, CancellationToken ct) =>
            {
                using var upload = await MultipartUpload.ReadAsync(request, files.NewUpload, options.Value.MaxUploadBytes, ct);
                var dataset = await mediator.Send(new UploadDataset(upload.Path!, upload.FileName, upload.Fields.GetValueOrDefault("name"),
                    upload.IdField("roomId"), upload.Fields.GetValueOrDefault("sheet"), upload.IdField("organizationId")), ct);
                return dataset.Status == DatasetStatus.Processing
                    ? Results.Accepted($"/api/datasets/{dataset.Id}", dataset)
                    : Results.Created($"/api/datasets/{dataset.Id}", dataset);
            })
            .WithName("UploadDataset").WithTags("Datasets").WithSummary("Upload a CSV, TSV, JSON, NDJSON, XLSX or Parquet file as a new dataset.")
            .WithDescription("Answers 201 with the ready dataset when the ingest ends quickly, else 202 with a processing one: "
                + "poll its Location, or watch the room's events for dataset.ready or dataset.failed.")
            .Accepts<UploadDatasetForm>("multipart/form-data")
            .Produces<DatasetResponse>(StatusCodes.Status201Created).Produces<DatasetResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
