using System.Threading.Channels;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Features.Deployments;

/// <summary>
/// Writes prediction logs in batches off the request path, so a prediction never waits for the database to
/// record it; also notes when each API key was last used. Logs still queued at shutdown are written then.
/// </summary>
public sealed class PredictionLogWriter(IDocumentStore store, TimeProvider clock, ILogger<PredictionLogWriter> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private readonly Channel<PredictionLog> _queue = Channel.CreateBounded<PredictionLog>(new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Write(PredictionLog log) => _queue.Writer.TryWrite(log);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await FlushAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(200), clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync();
    }

    private async Task FlushAsync()
    {
        while (_queue.Reader.TryPeek(out _))
        {
            var batch = new List<PredictionLog>();
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var log)) batch.Add(log);
            try
            {
                await using var session = store.LightweightSession();
                session.Insert(batch.ToArray());
                foreach (var used in batch.Where(l => l.KeyId is not null).GroupBy(l => l.KeyId!.Value))
                    session.Patch<DeploymentKey>(used.Key).Set(k => k.LastUsedAt, used.Max(l => l.At));
                await session.SaveChangesAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not write {Count} prediction logs", batch.Count);
            }
        }
    }
}
