using Carter;
using Platform.Features.Common;
using Mediator;
using Microsoft.Extensions.Options;

namespace Platform.Features.Datasets;

/// <summary>The multipart form of a reupload.</summary>
/// <param name="Sheet">For an XLSX workbook, the sheet to read, by name or 1-based position; the first by default.</param>
public sealed record ReuploadDatasetForm(IFormFile File, string? Sheet = null);

public sealed class ReuploadDatasetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/datasets/{datasetId:guid}/reupload",
                async (Guid datasetId, HttpRequest request, IMediator mediator, DatasetFiles files, IOptions<DatasetOptions> options, CancellationToken ct) =>
                {
                    using var upload = await MultipartUpload.ReadAsync(request, files.NewUpload, options.Value.MaxUploadBytes, ct);
                    return TypedResults.Ok(await mediator.Send(new ReuploadDataset(datasetId, upload.Path!, upload.FileName, upload.Fields.GetValueOrDefault("sheet")), ct));
                })
            .WithName("ReuploadDataset").WithTags("Datasets").WithSummary("Replace a dataset's content with a new file (owner); the version goes up.")
            .Accepts<ReuploadDatasetForm>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
