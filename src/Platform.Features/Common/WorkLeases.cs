using System.Collections.Concurrent;
using System.Linq.Expressions;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Features.Common;

/// <summary>Proof that an instance still means to finish a piece of background work (an ingest, a training): renewed while it runs.</summary>
public sealed class WorkLease : IBookkeeping
{
    public Guid Id { get; set; }
    public DateTimeOffset HeartbeatAt { get; set; }
}

/// <summary>
/// Background work that must not be left half-done forever when its instance stops. The work's document is saved
/// with a <see cref="WorkLease"/> (same id) in one transaction; while this instance holds the work it renews the
/// lease every <see cref="RenewEvery"/>; the work's completion deletes it. An area's sweep asks <see cref="LostAsync"/>
/// which of its unfinished items were abandoned: no lease, or a lease silent for <see cref="StaleAfter"/> — never one this
/// instance holds, whatever the wall clock says (a clock that jumps ahead makes every lease look stale). Work whose own
/// document carries its heartbeat (a job) is <see cref="Hold"/>-ed instead, and its sweep asks <see cref="IsAbandoned"/>.
/// </summary>
public sealed class WorkLeases(IDocumentStore store, TimeProvider clock, ILogger<WorkLeases> logger) : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(90);

    /// <summary>Work held here, and whether a <see cref="WorkLease"/> document is renewed for it.</summary>
    private readonly ConcurrentDictionary<Guid, bool> _held = new();

    /// <summary>A lease to save with the work's document; the work counts as held here from now on.</summary>
    public WorkLease Take(Guid id)
    {
        _held[id] = true;
        return new WorkLease { Id = id, HeartbeatAt = clock.GetUtcNow() };
    }

    /// <summary>Work held here whose own document carries its heartbeat: no lease document to renew.</summary>
    public void Hold(Guid id) => _held[id] = false;

    /// <summary>This instance no longer holds the work (it ended, or was given up); its completion deletes the lease document.</summary>
    public void Release(Guid id) => _held.TryRemove(id, out _);

    /// <summary>For work that keeps its own heartbeat: abandoned when not held here and silent for <paramref name="staleAfter"/>.</summary>
    public bool IsAbandoned(Guid id, DateTimeOffset? heartbeatAt, TimeSpan staleAfter) =>
        !IsHeldHere(id) && (heartbeatAt is null || heartbeatAt < clock.GetUtcNow() - staleAfter);

    public bool IsHeldHere(Guid id) => _held.ContainsKey(id);

    /// <summary>
    /// The documents of unfinished work (<paramref name="unfinished"/>) abandoned by whichever instance had them. They are
    /// read again after their leases: work that finished in between has no lease either, and must keep its outcome.
    /// </summary>
    public async Task<IReadOnlyList<T>> LostAsync<T>(IQuerySession session, Expression<Func<T, bool>> unfinished, Func<T, Guid> id, CancellationToken ct)
        where T : notnull
    {
        var candidates = (await session.Query<T>().Where(unfinished).ToListAsync(ct)).Select(id).Where(i => !IsHeldHere(i)).ToList();
        if (candidates.Count == 0) return [];
        var leases = (await session.LoadManyAsync<WorkLease>(ct, candidates)).ToDictionary(l => l.Id);
        var stale = clock.GetUtcNow() - StaleAfter;
        var lost = candidates.Where(i => !leases.TryGetValue(i, out var lease) || lease.HeartbeatAt < stale).ToList();
        if (lost.Count == 0) return [];
        var stillUnfinished = unfinished.Compile();
        return (await session.LoadManyAsync<T>(ct, lost)).Where(stillUnfinished).ToList();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(RenewEvery, clock, logger, "Could not renew the leases of background work", RenewAsync, stoppingToken, startNow: false);

    private async Task RenewAsync(CancellationToken ct)
    {
        var documented = _held.Where(h => h.Value).Select(h => h.Key).ToList();
        if (documented.Count == 0) return;
        await using var session = store.LightweightSession();
        // A patch touches only leases that exist: one whose work just ended is not brought back.
        foreach (var id in documented) session.Patch<WorkLease>(id).Set(l => l.HeartbeatAt, clock.GetUtcNow());
        await session.SaveChangesAsync(ct);
    }
}
