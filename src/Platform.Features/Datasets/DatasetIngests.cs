using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>
/// Runs ingests apart from the request that asked for them, so one that takes longer than the request wants
/// to wait finishes in the background: the dataset is then <c>processing</c> until this marks it <c>ready</c>
/// or <c>failed</c> and tells its rooms (<c>dataset.ready</c>, <c>dataset.failed</c>). Its lease (<see cref="WorkLeases"/>)
/// is held until then; on shutdown, it waits for the ingests within the host's shutdown timeout.
/// </summary>
public sealed class DatasetIngests(IServiceScopeFactory scopes, DatasetFiles files, WorkLeases leases, TimeProvider clock, ILogger<DatasetIngests> logger) : IHostedService
{
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
        finally
        {
            leases.Release(datasetId);
        }
    }

    private async Task CompleteAsync(Guid datasetId, IngestResult? result, string? error, Action<Dataset, IngestResult> apply)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var events = scope.ServiceProvider.GetRequiredService<IRoomEvents>();
        var dataset = await session.LoadAsync<Dataset>(datasetId);
        session.Delete<WorkLease>(datasetId);
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
        await scope.ServiceProvider.GetRequiredService<PlatformEvents>().PublishAsync(session, result is not null ? PlatformEvents.DatasetReady : PlatformEvents.DatasetFailed,
            dataset.OwnerId, dataset.RoomIds, DatasetOutcome.Of(dataset), CancellationToken.None);
        await session.SaveChangesAsync();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(_background.Values).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
