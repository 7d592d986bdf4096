using Carter;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>The multipart form of an upload, as the contract describes it.</summary>
/// <param name="File">CSV, TSV, JSON (array of objects or NDJSON) or Parquet; the type is read from the content.</param>
/// <param name="Name">Defaults to the file name without its extension.</param>
/// <param name="RoomId">Link the new dataset to this room (you must be its editor or owner).</param>
public sealed record UploadDatasetForm(IFormFile File, string? Name = null, Guid? RoomId = null);

public sealed class UploadDatasetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/datasets", async (HttpRequest request, IMediator mediator, DatasetFiles files, IOptions<DatasetOptions> options, CancellationToken ct) =>
            {
                var max = options.Value.MaxUploadBytes;
                if (request.ContentLength > max + FormOverhead) throw TooLarge(max);
                if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                    limit.MaxRequestBodySize = max + FormOverhead;
                if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType != "multipart/form-data"
                    || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
                    throw new ProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                        "Send the file as multipart/form-data, in a field named 'file'.");

                string? upload = null, fileName = null, name = null;
                Guid? roomId = null;
                try
                {
                    var reader = new MultipartReader(boundary, request.Body);
                    while (await reader.ReadNextSectionAsync(ct) is { } section)
                    {
                        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                        var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                        if (field == "file" && disposition.IsFileDisposition() && upload is null)
                        {
                            upload = files.NewUpload();
                            fileName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "") is { Length: > 0 } given ? given : "upload";
                            await using var target = File.Create(upload);
                            await section.Body.CopyToAsync(target, ct);
                            if (target.Length > max) throw TooLarge(max);
                        }
                        else if (field is "name" or "roomId")
                        {
                            using var text = new StreamReader(section.Body);
                            var value = await text.ReadToEndAsync(ct);
                            if (field == "name") name = value.Length <= 1000 ? value : value[..1000];
                            else roomId = Guid.TryParse(value.Trim(), out var room) ? room
                                : throw new ProblemException(StatusCodes.Status400BadRequest, "Invalid roomId", "'roomId' is not a room id.");
                        }
                    }
                    if (upload is null)
                        throw new ProblemException(StatusCodes.Status400BadRequest, "No file", "The form has no file in a field named 'file'.");
                    var dataset = await mediator.Send(new UploadDataset(upload, fileName!, name, roomId), ct);
                    return TypedResults.Created($"/api/datasets/{dataset.Id}", dataset);
                }
                finally
                {
                    if (upload is not null) File.Delete(upload);
                }
            })
            .WithName("UploadDataset").WithTags("Datasets").WithSummary("Upload a CSV, TSV, JSON, NDJSON or Parquet file as a new dataset.")
            .Accepts<UploadDatasetForm>("multipart/form-data")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Room for the form's own bytes (boundaries, headers, small fields) around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    private static ProblemException TooLarge(long max) =>
        new(StatusCodes.Status413PayloadTooLarge, "File too large", $"Uploads are limited to {max / (1024 * 1024)} MB.");
}
