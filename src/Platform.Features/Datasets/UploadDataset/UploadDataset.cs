using System.Text;
using System.Text.RegularExpressions;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Datasets;

/// <param name="UploadPath">The uploaded file, already streamed to disk.</param>
/// <param name="RoomId">A room to link the new dataset to (the caller must be its editor or owner).</param>
/// <param name="Sheet">For an XLSX workbook, the sheet to read (name or 1-based position).</param>
/// <param name="OrganizationId">An organisation of mine the new dataset belongs to.</param>
public sealed record UploadDataset(string UploadPath, string FileName, string? Name, Guid? RoomId, string? Sheet = null, Guid? OrganizationId = null)
    : IRequest<DatasetResponse>;

public sealed class UploadDatasetValidator : AbstractValidator<UploadDataset>
{
    public UploadDatasetValidator()
    {
        RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200);
        RuleFor(x => x.FileName).MaximumLength(255);
    }
}

/// <summary>
/// Ingests the upload into the dataset's own DuckDB file and records its metadata. An ingest that ends within
/// the wait answers at once (ready, or a 400 leaving nothing behind); a longer one goes on in the background
/// and the dataset is <c>processing</c> until it ends.
/// </summary>
public sealed partial class UploadDatasetHandler(
    PlatformEvents platformEvents,
    IDocumentSession session, DatasetFiles files, DatasetIngests ingests, WorkLeases leases, IRoomEvents events, IOptions<DatasetOptions> options, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<UploadDataset, DatasetResponse>
{
    public async ValueTask<DatasetResponse> Handle(UploadDataset request, CancellationToken ct)
    {
        if (request.RoomId is { } room) await session.RequireAsync(room, caller, RoomRole.Editor, ct);
        if (request.OrganizationId is { } organization) await session.RequireAsync(organization, caller, OrganizationRole.Member, ct);
        var id = Guid.CreateVersion7();
        var name = request.Name?.Trim() is { Length: > 0 } given ? given : Path.GetFileNameWithoutExtension(request.FileName) is { Length: > 0 } stem ? stem : "dataset";
        var now = clock.GetUtcNow();
        var dataset = new Dataset
        {
            Id = id, OwnerId = caller.Id, Name = name, TableName = TableName(name, id), Status = DatasetStatus.Processing, Version = 1,
            OriginalFileName = request.FileName, SizeBytes = new FileInfo(request.UploadPath).Length, CreatedAt = now, UpdatedAt = now,
            RoomIds = request.RoomId is { } linkTo ? [linkTo] : [], OrganizationId = request.OrganizationId,
        };
        var dataFile = DatasetFiles.NewDataFile(1);
        DataFolder.CreatePrivateDirectory(files.Folder(id));
        // The ingest may outlive the request, so it reads a file of its own rather than the request's upload.
        var upload = files.NewUpload();
        File.Move(request.UploadPath, upload);
        var ingest = DatasetIngests.Start(() => DuckDbIngest.Ingest(upload, request.FileName, Path.Combine(files.Folder(id), dataFile), dataset.TableName,
            options.Value.Limits, request.Sheet));
        var ended = await DatasetIngests.EndsWithinAsync(ingest, options.Value.BackgroundAfter, ct);
        try
        {
            if (ended)
            {
                Ingested(dataset, await ingest, dataFile);
                File.Delete(upload);
            }
            else session.Store(leases.Take(id));
            session.Insert(dataset);
            foreach (var linked in dataset.RoomIds)
            {
                events.Publish(session, linked, "dataset.linked", new { DatasetId = id, dataset.Name, dataset.TableName, LinkedBy = caller.Id });
                if (ended) events.Publish(session, linked, "dataset.ready", DatasetOutcome.Of(dataset));
            }
            if (ended) await platformEvents.PublishAsync(session, PlatformEvents.DatasetReady, dataset.OwnerId, dataset.RoomIds, DatasetOutcome.Of(dataset), ct);
            await session.SaveChangesAsync(ended ? ct : CancellationToken.None);
        }
        catch
        {
            if (!ended) await DatasetIngests.EndsWithinAsync(ingest, Timeout.InfiniteTimeSpan, CancellationToken.None);
            leases.Release(id);
            File.Delete(upload);
            files.DeleteDataset(id);
            throw;
        }
        if (!ended) ingests.FinishInBackground(id, ingest, upload, (d, result) => Ingested(d, result, dataFile));
        return DatasetResponse.From(dataset);
    }

    private static void Ingested(Dataset dataset, IngestResult result, string dataFile)
    {
        dataset.Status = DatasetStatus.Ready;
        dataset.DataFile = dataFile;
        dataset.Format = result.Format;
        dataset.RowCount = result.RowCount;
        dataset.Columns = result.Columns;
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

    /// <summary>Whether a name has the form <see cref="TableName"/> gives, which no table of DuckDB's own catalog has.</summary>
    public static bool IsTableName(string name) => TableNameForm().IsMatch(name);

    [GeneratedRegex("^[a-z0-9_]+_[0-9a-f]{8}$")]
    private static partial Regex TableNameForm();
}
