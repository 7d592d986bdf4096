using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Platform.Features.Common;

/// <param name="Path">Where its bytes were streamed to.</param>
/// <param name="FileName">The name the client gave, without any folder.</param>
public sealed record UploadedPart(string Path, string FileName, long Length);

/// <summary>
/// A multipart upload read as it arrives: each file part (in a field named <c>file</c> or <c>files</c>) streams
/// straight to a file of its own (never whole in memory), small text fields are kept. A file over the limit is
/// refused with 413 as soon as it passes it, and a body that declares more than the limits allow before it is read.
/// Dispose deletes the files.
/// </summary>
public sealed class MultipartUpload : IDisposable
{
    /// <summary>Room for the form's own bytes (boundaries, headers, small fields) around the files.</summary>
    private const long FormOverhead = 64 * 1024;
    private const int MaxFieldLength = 1000;
    private const int MaxFieldBytes = 64 * 1024;

    private readonly List<UploadedPart> _files = [];

    public IReadOnlyList<UploadedPart> Files => _files;

    /// <summary>The first file's path (an upload of one file).</summary>
    public string? Path => _files.Count > 0 ? _files[0].Path : null;

    public string FileName => _files.Count > 0 ? _files[0].FileName : "upload";

    public Dictionary<string, string> Fields { get; } = [];

    /// <param name="newPath">A fresh path for each file part, under the data folder so it can be moved cheaply.</param>
    public static async Task<MultipartUpload> ReadAsync(HttpRequest request, Func<string> newPath, long maxFileBytes, CancellationToken ct, int maxFiles = 1)
    {
        if (request.ContentLength > maxFiles * maxFileBytes + FormOverhead) throw TooLarge(maxFileBytes, maxFiles);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxFiles * maxFileBytes + FormOverhead;
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
                if (field is "file" or "files" && disposition.IsFileDisposition())
                {
                    if (upload._files.Count == maxFiles)
                        throw new ProblemException(StatusCodes.Status400BadRequest, "Too many files", $"Send at most {maxFiles} file(s) at once.");
                    var path = newPath();
                    var name = System.IO.Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "") is { Length: > 0 } given ? given : "upload";
                    await using (var target = File.Create(path))
                    {
                        upload._files.Add(new UploadedPart(path, name, 0));
                        await CopyAtMostAsync(section.Body, target, maxFileBytes, maxFiles, ct);
                    }
                    upload._files[^1] = upload._files[^1] with { Length = new FileInfo(path).Length };
                }
                else if (!disposition.IsFileDisposition() && field.Length > 0)
                {
                    var value = await ReadFieldAsync(section.Body, field, ct);
                    upload.Fields[field] = value.Length <= MaxFieldLength ? value : value[..MaxFieldLength];
                }
            }
            if (upload._files.Count == 0)
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

    /// <summary>Copies a part, refusing it as soon as it passes the limit rather than after reading all of it.</summary>
    private static async Task CopyAtMostAsync(Stream source, Stream target, long maxBytes, int maxFiles, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > maxBytes) throw TooLarge(maxBytes, maxFiles);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
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

    private static ProblemException TooLarge(long max, int maxFiles) =>
        new(StatusCodes.Status413PayloadTooLarge, "File too large",
            maxFiles == 1 ? $"Uploads are limited to {max / (1024 * 1024)} MB." : $"Each file is limited to {max / (1024 * 1024)} MB, and {maxFiles} files to an upload.");

    /// <summary>An optional id in a text field; 400 when it is there but not an id.</summary>
    public Guid? IdField(string field) =>
        Fields.TryGetValue(field, out var value)
            ? Guid.TryParse(value.Trim(), out var id) ? id : throw new ProblemException(StatusCodes.Status400BadRequest, $"Invalid {field}", $"'{field}' is not an id.")
            : null;

    public void Dispose()
    {
        foreach (var file in _files) File.Delete(file.Path);
    }
}
