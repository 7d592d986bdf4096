using System.Collections.Concurrent;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>
/// Proof that an instance is still ingesting a <c>processing</c> dataset: renewed while the ingest runs, so a
/// dataset whose lease has gone stale was interrupted (its instance stopped) and can be marked failed.
/// </summary>
public sealed class DatasetIngestLease
{
    public Guid Id { get; set; }
    public DateTimeOffset HeartbeatAt { get; set; }
}

/// <summary>
/// Runs ingests apart from the request that asked for them, so one that takes longer than the request wants
/// to wait finishes in the background: the dataset is then <c>processing</c> until this marks it <c>ready</c>
/// or <c>failed</c> and tells its rooms (<c>dataset.ready</c>, <c>dataset.failed</c>). Renews the leases of
/// the ingests it runs; on shutdown, waits for them within the host's shutdown timeout.
/// </summary>
public sealed class DatasetIngests(IServiceScopeFactory scopes, DatasetFiles files, TimeProvider clock, ILogger<DatasetIngests> logger) : BackgroundService
{
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(90);

    private readonly ConcurrentDictionary<Guid, Task> _background = new();

    /// <summary>Starts an ingest on the thread pool; it runs to its end whatever happens to the request.</summary>
    public static Task<IngestResult> Start(Func<IngestResult> ingest) => Task.Run(ingest, CancellationToken.None);

    /// <summary>Whether the ingest ended within <paramref name="wait"/>; a cancelled request stops the wait, not the ingest.</summary>
    public static async Task<bool> EndsWithinAsync(Task ingest, TimeSpan wait, CancellationToken ct)
    {
        try
        {
            await ingest.WaitAsync(wait, ct);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException && !ingest.IsCompleted)
        {
            return false;
        }
        catch
        {
            // The ingest failed: it ended, and awaiting it again throws its error.
        }
        return true;
    }

    /// <summary>
    /// Completes a <c>processing</c> dataset (already saved, with its lease) when its ingest ends, and deletes
    /// the upload it was reading.
    /// </summary>
    public void FinishInBackground(Guid datasetId, Task<IngestResult> ingest, string uploadPath, Action<Dataset, IngestResult> apply)
    {
        var finishing = FinishAsync(datasetId, ingest, uploadPath, apply);
        _background[datasetId] = finishing;
        finishing.ContinueWith(_ => _background.TryRemove(datasetId, out Task? _), TaskScheduler.Default);
    }

    private async Task FinishAsync(Guid datasetId, Task<IngestResult> ingest, string uploadPath, Action<Dataset, IngestResult> apply)
    {
        IngestResult? result = null;
        string? error = null;
        try
        {
            result = await ingest;
        }
        catch (ProblemException e)
        {
            error = e.Detail;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Ingest of dataset {DatasetId} failed", datasetId);
            error = "The file could not be ingested because of an error on the server.";
        }
        finally
        {
            File.Delete(uploadPath);
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await CompleteAsync(datasetId, result, error, apply);
                    return;
                }
                catch (JasperFx.ConcurrencyException) when (attempt < 5)
                {
                    // Renamed or linked meanwhile: read it again and record the outcome on the newer version.
                }
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not record the outcome of the ingest of dataset {DatasetId}", datasetId);
        }
    }

    private async Task CompleteAsync(Guid datasetId, IngestResult? result, string? error, Action<Dataset, IngestResult> apply)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var events = scope.ServiceProvider.GetRequiredService<IRoomEvents>();
        var dataset = await session.LoadAsync<Dataset>(datasetId);
        session.Delete<DatasetIngestLease>(datasetId);
        if (dataset is not { Status: DatasetStatus.Processing })
        {
            // Deleted, or given up on as interrupted, while it ran: what it wrote belongs to nobody.
            await session.SaveChangesAsync();
            files.DeleteDataset(datasetId);
            return;
        }
        if (result is not null) apply(dataset, result);
        else
        {
            dataset.Status = DatasetStatus.Failed;
            dataset.Error = error;
            files.DeleteDataset(datasetId);
        }
        dataset.UpdatedAt = clock.GetUtcNow();
        session.Update(dataset);
        foreach (var room in dataset.RoomIds)
            events.Publish(session, room, result is not null ? "dataset.ready" : "dataset.failed",
                DatasetOutcome.Of(dataset));
        await session.SaveChangesAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(HeartbeatEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (_background.IsEmpty) continue;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
                // A patch touches only leases that exist: one whose ingest just ended is not brought back.
                foreach (var id in _background.Keys) session.Patch<DatasetIngestLease>(id).Set(l => l.HeartbeatAt, clock.GetUtcNow());
                await session.SaveChangesAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not renew the leases of running ingests");
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Task.WhenAll(_background.Values).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
