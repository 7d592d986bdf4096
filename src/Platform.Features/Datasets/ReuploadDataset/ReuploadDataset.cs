using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <param name="Sheet">For an XLSX workbook, the sheet to read (name or 1-based position).</param>
public sealed record ReuploadDataset(Guid DatasetId, string UploadPath, string FileName, string? Sheet = null) : IRequest<DatasetResponse>;

/// <summary>
/// New content for a dataset (its owner): ingested as a new version, which replaces the old one atomically;
/// a file that fails leaves the old version as it was. A dataset whose first ingest failed gets its data this way. Column descriptions carry over by name.
/// </summary>
public sealed class ReuploadDatasetHandler(IDocumentSession session, DatasetVersions versions, IOptions<DatasetOptions> options, CurrentUser caller) : IRequestHandler<ReuploadDataset, DatasetResponse>
{
    public async ValueTask<DatasetResponse> Handle(ReuploadDataset request, CancellationToken ct)
    {
        var dataset = await session.RequireOwnAsync(request.DatasetId, caller, ct);
        if (dataset.Status == DatasetStatus.Processing) dataset.RequireReady();
        IngestResult? result = null;
        await versions.ReplaceAsync(dataset,
            path => result = DuckDbIngest.Ingest(request.UploadPath, request.FileName, path, dataset.TableName, options.Value.Limits, request.Sheet),
            d =>
            {
                var described = d.Columns.Where(c => c.Description is not null).ToDictionary(c => c.Name, c => c.Description);
                d.Columns = result!.Columns.Select(c => c with { Description = described.GetValueOrDefault(c.Name) }).ToList();
                d.RowCount = result.RowCount;
                d.Status = DatasetStatus.Ready;
                d.Error = null;
                d.Format = result.Format;
                d.OriginalFileName = request.FileName;
                d.SizeBytes = new FileInfo(request.UploadPath).Length;
            },
            ct);
        return DatasetResponse.From(dataset);
    }
}
