using Marten;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>A person's datasets: exported as CSV (written by DuckDB from the current version), erased with their files.</summary>
public sealed class DatasetPersonalData(DatasetFiles files) : IPersonalData
{
    public async Task<IReadOnlyList<ExportedFile>> FilesAsync(IQuerySession session, Guid ownerId, CancellationToken ct) =>
        (await session.Query<Dataset>().Where(d => d.OwnerId == ownerId && d.Status == DatasetStatus.Ready).ToListAsync(ct))
        .Select(dataset => new ExportedFile($"datasets/{dataset.Id:N}/{dataset.TableName}.csv", async (output, token) =>
        {
            var target = files.NewUpload();
            try
            {
                await Task.Run(() => DatasetStorage.Export(files.Data(dataset), dataset.TableName, target, "format csv, header true"), token);
                await using var csv = File.OpenRead(target);
                await csv.CopyToAsync(output, token);
            }
            finally
            {
                File.Delete(target);
            }
        })).ToList();

    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        var ids = await session.Query<Dataset>().Where(d => d.OwnerId == erasure.UserId).Select(d => d.Id).ToListAsync(ct);
        foreach (var id in ids) session.Delete<Dataset>(id);
        erasure.AfterCommit(() => { foreach (var id in ids) files.DeleteDataset(id); });
    }
}
