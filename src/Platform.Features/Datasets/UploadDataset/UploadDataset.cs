using System.Text;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Datasets;

/// <param name="UploadPath">The uploaded file, already streamed to disk.</param>
/// <param name="RoomId">A room to link the new dataset to (the caller must be its editor or owner).</param>
/// <param name="Sheet">For an XLSX workbook, the sheet to read (name or 1-based position).</param>
public sealed record UploadDataset(string UploadPath, string FileName, string? Name, Guid? RoomId, string? Sheet = null) : IRequest<DatasetResponse>;

public sealed class UploadDatasetValidator : AbstractValidator<UploadDataset>
{
    public UploadDatasetValidator()
    {
        RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200);
        RuleFor(x => x.FileName).MaximumLength(255);
    }
}

/// <summary>
/// Ingests the upload into the dataset's own DuckDB file and records its metadata. If anything fails,
/// nothing stays behind: no metadata, no files.
/// </summary>
public sealed class UploadDatasetHandler(
    IDocumentSession session, DatasetFiles files, IRoomEvents events, IOptions<DatasetOptions> options, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<UploadDataset, DatasetResponse>
{
    public async ValueTask<DatasetResponse> Handle(UploadDataset request, CancellationToken ct)
    {
        if (request.RoomId is { } room) await session.RequireAsync(room, caller, RoomRole.Editor, ct);
        var id = Guid.CreateVersion7();
        var name = request.Name?.Trim() is { Length: > 0 } given ? given : Path.GetFileNameWithoutExtension(request.FileName) is { Length: > 0 } stem ? stem : "dataset";
        var tableName = TableName(name, id);
        Directory.CreateDirectory(files.Folder(id));
        try
        {
            var dataFile = DatasetFiles.NewDataFile(1);
            var result = await Task.Run(() => DuckDbIngest.Ingest(request.UploadPath, request.FileName, Path.Combine(files.Folder(id), dataFile), tableName, options.Value.IngestMemoryLimitMb, request.Sheet), ct);
            var now = clock.GetUtcNow();
            var dataset = new Dataset
            {
                Id = id, OwnerId = caller.Id, Name = name, TableName = tableName, Status = DatasetStatus.Ready, Version = 1, DataFile = dataFile,
                Format = result.Format, OriginalFileName = request.FileName, RowCount = result.RowCount, Columns = result.Columns,
                SizeBytes = new FileInfo(request.UploadPath).Length, CreatedAt = now, UpdatedAt = now,
                RoomIds = request.RoomId is { } linkTo ? [linkTo] : [],
            };
            session.Insert(dataset);
            foreach (var linked in dataset.RoomIds)
                events.Publish(session, linked, "dataset.linked", new { DatasetId = id, dataset.Name, dataset.TableName, LinkedBy = caller.Id });
            await session.SaveChangesAsync(ct);
            return DatasetResponse.From(dataset);
        }
        catch
        {
            files.DeleteDataset(id);
            throw;
        }
    }

    /// <summary>A lower-case SQL identifier from the name, made unique by a piece of the id: "Q3 sales (€)" → q3_sales_01a2b3c4.</summary>
    public static string TableName(string name, Guid id)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '_') slug.Append('_');
        var stem = slug.ToString().Trim('_');
        if (stem.Length > 40) stem = stem[..40].TrimEnd('_');
        if (stem.Length == 0 || char.IsDigit(stem[0])) stem = "t_" + stem;
        return $"{stem.TrimEnd('_')}_{id.ToString("N")[^8..]}";
    }
}
