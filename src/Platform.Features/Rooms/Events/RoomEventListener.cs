using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Features.Rooms;

/// <summary>
/// Fans room events out to this instance's subscribers. It LISTENs on PostgreSQL; any instance's commit
/// NOTIFYs, and the listener reads every logged event after the last one it dispatched, so a lost or
/// coalesced notification loses nothing. Also forgets events older than the replay window.
/// Ids are taken from a sequence when a transaction inserts, so transactions can commit out of id order:
/// at a gap the listener waits (briefly) for the missing id to commit, so subscribers get every event in id
/// order; a gap that stays open is a rolled-back transaction's id and is passed over.
/// </summary>
public sealed class RoomEventListener(IDocumentStore store, RoomEventLog log, RoomEventHub hub, ILogger<RoomEventListener> logger) : BackgroundService
{
    private static readonly TimeSpan Sweep = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan GapWait = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan GapRecheck = TimeSpan.FromMilliseconds(20);
    private long _lastDispatched = -1;
    private DateTimeOffset? _gapSince;

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
                if (_lastDispatched < 0)
                {
                    _lastDispatched = await log.LastIdAsync(stoppingToken);
                    hub.StartAfter(_lastDispatched);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await DispatchNewAsync(stoppingToken);
                    if (DateTimeOffset.UtcNow >= nextSweep)
                    {
                        await log.ForgetOlderThanWindowAsync(stoppingToken);
                        nextSweep = DateTimeOffset.UtcNow + Sweep;
                    }
                    // Returns on a notification, or after the timeout to re-check a gap, the log and the sweep.
                    await connection.WaitAsync(_gapSince is null ? TimeSpan.FromSeconds(30) : GapRecheck, stoppingToken);
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
                if (record.Id != _lastDispatched + 1 && _lastDispatched > 0)
                {
                    _gapSince ??= DateTimeOffset.UtcNow;
                    if (DateTimeOffset.UtcNow - _gapSince < GapWait) return;
                }
                _gapSince = null;
                hub.Dispatch(record);
                _lastDispatched = record.Id;
            }
            if (batch.Count < 500) return;
        }
    }
}
