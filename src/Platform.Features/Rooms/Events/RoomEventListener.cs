using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Features.Rooms;

/// <summary>
/// Fans room events out to this instance's subscribers. It LISTENs on PostgreSQL; any instance's commit
/// NOTIFYs, and the listener reads every logged event after the last one it dispatched, so a lost or
/// coalesced notification loses nothing. Also forgets events older than the replay window.
/// </summary>
public sealed class RoomEventListener(IDocumentStore store, RoomEventLog log, RoomEventHub hub, ILogger<RoomEventListener> logger) : BackgroundService
{
    private static readonly TimeSpan Sweep = TimeSpan.FromMinutes(10);
    private long _lastDispatched = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextSweep = DateTimeOffset.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"listen {RoomEventLog.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                if (_lastDispatched < 0) _lastDispatched = await log.LastIdAsync(stoppingToken);

                while (!stoppingToken.IsCancellationRequested)
                {
                    await DispatchNewAsync(stoppingToken);
                    if (DateTimeOffset.UtcNow >= nextSweep)
                    {
                        await log.ForgetOlderThanWindowAsync(stoppingToken);
                        nextSweep = DateTimeOffset.UtcNow + Sweep;
                    }
                    // Returns on a notification (or after the timeout, to re-check the log and sweep anyway).
                    await connection.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Room event listener lost its connection; reconnecting");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task DispatchNewAsync(CancellationToken ct)
    {
        while (true)
        {
            var batch = await log.ReadAfterAsync(_lastDispatched, 500, ct);
            foreach (var record in batch)
            {
                hub.Dispatch(record);
                _lastDispatched = record.Id;
            }
            if (batch.Count < 500) return;
        }
    }
}
