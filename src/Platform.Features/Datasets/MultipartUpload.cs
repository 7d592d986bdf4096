using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>
/// A multipart upload read as it arrives: the <c>file</c> part streams straight to a file under the data
/// folder (never whole in memory), small text fields are kept. A body over the limit is refused with 413,
/// before it is read when its length is declared. Dispose deletes the file.
/// </summary>
public sealed class MultipartUpload : IDisposable
{
    /// <summary>Room for the form's own bytes (boundaries, headers, small fields) around the file.</summary>
    private const long FormOverhead = 64 * 1024;
    private const int MaxFieldLength = 1000;
    private const int MaxFieldBytes = 64 * 1024;

    public string? Path { get; private set; }
    public string FileName { get; private set; } = "upload";
    public Dictionary<string, string> Fields { get; } = [];

    public static async Task<MultipartUpload> ReadAsync(HttpRequest request, DatasetFiles files, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes + FormOverhead) throw TooLarge(maxBytes);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes + FormOverhead;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType != "multipart/form-data"
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
            throw new ProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the file as multipart/form-data, in a field named 'file'.");

        var upload = new MultipartUpload();
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (field == "file" && disposition.IsFileDisposition() && upload.Path is null)
                {
                    upload.Path = files.NewUpload();
                    if (System.IO.Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "") is { Length: > 0 } name) upload.FileName = name;
                    await using var target = File.Create(upload.Path);
                    await section.Body.CopyToAsync(target, ct);
                    if (target.Length > maxBytes) throw TooLarge(maxBytes);
                }
                else if (!disposition.IsFileDisposition() && field.Length > 0)
                {
                    var value = await ReadFieldAsync(section.Body, field, ct);
                    upload.Fields[field] = value.Length <= MaxFieldLength ? value : value[..MaxFieldLength];
                }
            }
            if (upload.Path is null)
                throw new ProblemException(StatusCodes.Status400BadRequest, "No file", "The form has no file in a field named 'file'.");
            return upload;
        }
        catch (Exception e) when (e is IOException or InvalidDataException && !ct.IsCancellationRequested)
        {
            upload.Dispose();
            throw new ProblemException(StatusCodes.Status400BadRequest, "Malformed form", $"The multipart form could not be read: {e.Message}");
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    /// <summary>A text field, read no further than <see cref="MaxFieldBytes"/>: a huge one is refused, not buffered.</summary>
    private static async Task<string> ReadFieldAsync(Stream body, string field, CancellationToken ct)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), ct)) > 0) length += read;
        if (length > MaxFieldBytes)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Field too long", $"The form field '{field}' is longer than {MaxFieldBytes / 1024} KB.");
        return System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static ProblemException TooLarge(long max) =>
        new(StatusCodes.Status413PayloadTooLarge, "File too large", $"Uploads are limited to {max / (1024 * 1024)} MB.");

    public void Dispose()
    {
        if (Path is not null) File.Delete(Path);
    }
}
