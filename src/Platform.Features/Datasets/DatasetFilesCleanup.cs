using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Features.Datasets;

/// <summary>
/// At start-up, removes what an interrupted ingest left behind: uploads that were arriving, folders of
/// datasets whose metadata was never written, and data files of versions no longer current or previous.
/// Metadata is written only after a successful ingest, so no dataset is ever left half-made. Only what has
/// been untouched for a while is removed: another instance sharing the data folder may be ingesting now.
/// </summary>
public sealed class DatasetFilesCleanup(IDocumentStore store, DatasetFiles files, ILogger<DatasetFilesCleanup> logger) : IHostedService
{
    private static readonly TimeSpan Untouched = TimeSpan.FromMinutes(10);

    public async Task StartAsync(CancellationToken ct)
    {
        var before = DateTime.UtcNow - Untouched;
        var removed = files.ClearUploads(before);
        var folders = files.DatasetFolders();
        if (folders.Count > 0)
        {
            await using var session = store.QuerySession();
            var datasets = (await session.LoadManyAsync<Dataset>(ct, folders.Keys)).ToDictionary(d => d.Id);
            foreach (var (id, folder) in folders)
            {
                if (Directory.GetLastWriteTimeUtc(folder) >= before) continue;
                if (datasets.TryGetValue(id, out var dataset))
                {
                    files.KeepOnly(id, dataset.DataFile, DatasetFiles.PreviousDataFile(folder, dataset));
                    continue;
                }
                Directory.Delete(folder, recursive: true);
                removed++;
            }
        }
        if (removed > 0) logger.LogWarning("Removed {Count} uploads or dataset folders left by an interrupted ingest", removed);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
