using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>
/// Cleans up after ingests that a stopped instance left unfinished. At start-up it removes uploads that were
/// arriving, folders of datasets whose metadata was never written, and data files of versions no longer
/// current or previous; only what has been untouched for a while goes, since another instance sharing the data
/// folder may be working on it now. At start-up and then every minute, <c>processing</c> datasets whose ingest
/// was lost (<see cref="WorkLeases.LostAsync"/>) are marked failed and their files removed.
/// </summary>
public sealed class InterruptedIngestCleanup(
    IDocumentStore store, DatasetFiles files, WorkLeases leases, IRoomEvents events, TimeProvider clock, ILogger<InterruptedIngestCleanup> logger) : BackgroundService
{
    private static readonly TimeSpan Untouched = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    public const string Interrupted = "The ingest was interrupted because the service stopped; upload the file again.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RemoveLeftoverFilesAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        await PeriodicWork.RunAsync(SweepEvery, clock, logger, "Could not look for interrupted ingests", FailInterruptedIngestsAsync, stoppingToken);
    }

    private async Task RemoveLeftoverFilesAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime - Untouched;
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
                    if (dataset.Status == DatasetStatus.Ready) files.KeepOnly(id, dataset.DataFile, DatasetFiles.PreviousDataFile(folder, dataset));
                    continue;
                }
                Directory.Delete(folder, recursive: true);
                removed++;
            }
        }
        if (removed > 0) logger.LogWarning("Removed {Count} uploads or dataset folders left by an interrupted ingest", removed);
    }

    private async Task FailInterruptedIngestsAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var interrupted = await leases.LostAsync<Dataset>(session, d => d.Status == DatasetStatus.Processing, d => d.Id, ct);
        foreach (var dataset in interrupted)
        {
            dataset.Status = DatasetStatus.Failed;
            dataset.Error = Interrupted;
            dataset.UpdatedAt = clock.GetUtcNow();
            session.Update(dataset);
            session.Delete<WorkLease>(dataset.Id);
            foreach (var room in dataset.RoomIds)
                events.Publish(session, room, "dataset.failed", DatasetOutcome.Of(dataset));
        }
        if (interrupted.Count == 0) return;
        // Files first: once "failed" is visible, a reupload may start writing into the folder again.
        foreach (var dataset in interrupted) files.DeleteDataset(dataset.Id);
        await session.SaveChangesAsync(ct);
        logger.LogWarning("Marked {Count} datasets failed whose ingest was interrupted", interrupted.Count);
    }
}
