using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Features.Common;

/// <summary>
/// Ends a user's open streams (SSE, WebSocket) on every instance when their sign-ins stop being valid: a password
/// change or reset, or the account's deletion. The change queues a NOTIFY in its own transaction; each instance
/// LISTENs and cancels the watches of that user, whose streams then send an error frame and close.
/// </summary>
public sealed class AccessRevocations(IDocumentStore store, ILogger<AccessRevocations> logger) : BackgroundService
{
    private const string Channel = "platform_access_revoked";
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<CancellationTokenSource, byte>> _watches = new();

    private const string CachesOnly = "/caches";

    /// <summary>
    /// Queues the revocation of every stream of <paramref name="userId"/> into the unit of work; with
    /// <paramref name="endStreams"/> false, only what instances cache about the user is forgotten (a key revoked, a rename).
    /// This instance acts as soon as the change commits, so the caller's next request already sees it.
    /// </summary>
    public void Revoke(IDocumentSession session, Guid userId, bool endStreams = true)
    {
        // NOTIFY rather than pg_notify(): a statement without a result set keeps Marten's batch reading its own results in step.
        session.QueueSqlCommand($"notify {Channel}, '{(endStreams ? userId.ToString() : userId + CachesOnly)}'");
        session.Listeners.Add(new AfterCommit(() => Cancel(userId, cachesOnly: !endStreams)));
    }

    /// <summary>A token cancelled when <paramref name="userId"/>'s access is revoked; dispose the watch when the stream ends.</summary>
    public Watch WatchUser(Guid userId)
    {
        var watch = new Watch(this, userId);
        _watches.GetOrAdd(userId, _ => new()).TryAdd(watch.Source, 0);
        return watch;
    }

    public sealed class Watch : IDisposable
    {
        private readonly AccessRevocations _owner;
        private readonly Guid _userId;
        internal CancellationTokenSource Source { get; } = new();

        internal Watch(AccessRevocations owner, Guid userId)
        {
            _owner = owner;
            _userId = userId;
        }

        public CancellationToken Revoked => Source.Token;

        public void Dispose()
        {
            if (_owner._watches.TryGetValue(_userId, out var watches)) watches.TryRemove(Source, out _);
            Source.Dispose();
        }
    }

    /// <summary>
    /// Raised on this instance for every revocation (the user's id), and with null after the listener reconnected,
    /// when revocations may have been missed: caches of who may do what forget that user, or everyone.
    /// </summary>
    public event Action<Guid?>? Revoked;

    /// <summary>What a stream sends before it closes because its caller's access ended.</summary>
    public static ProblemException Ended(string reason) => new(StatusCodes.Status401Unauthorized, "Access ended", reason);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (e.Channel != Channel) return;
                    var cachesOnly = e.Payload.EndsWith(CachesOnly, StringComparison.Ordinal);
                    if (Guid.TryParse(cachesOnly ? e.Payload[..^CachesOnly.Length] : e.Payload, out var userId)) Cancel(userId, cachesOnly);
                };
                await using (var listen = new NpgsqlCommand($"listen {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                Revoked?.Invoke(null);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Access revocation listener lost its connection; reconnecting");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private void Cancel(Guid userId, bool cachesOnly)
    {
        Revoked?.Invoke(userId);
        if (cachesOnly || !_watches.TryGetValue(userId, out var watches)) return;
        foreach (var source in watches.Keys)
        {
            try { source.Cancel(); }
            catch (ObjectDisposedException) { }
        }
    }
}
