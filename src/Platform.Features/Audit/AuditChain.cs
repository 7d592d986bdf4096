using Marten;
using Medallion.Threading.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Audit;

/// <param name="Valid">Every sealed entry hashes to what it says, in an unbroken sequence.</param>
/// <param name="Checked">Entries checked.</param>
/// <param name="BrokenAt">The first sequence number where the chain breaks (an entry edited, or one before it deleted).</param>
public sealed record AuditVerification(bool Valid, long Checked, long? BrokenAt, string? Problem, string? LastHash);

/// <summary>
/// Seals entries into the hash chain in the order they are found, one instance at a time (an advisory lock), a
/// moment after they are written: writers never wait on each other for the chain. Verification walks it from the start.
/// </summary>
public sealed class AuditChain(IDocumentStore store, TimeProvider clock, ILogger<AuditChain> logger) : BackgroundService
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    private const int Batch = 500;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(TimeSpan.FromSeconds(2), clock, logger, "Sealing audit entries failed", SealAsync, stoppingToken);

    /// <summary>Seals every entry written so far.</summary>
    public async Task SealAsync(CancellationToken ct)
    {
        var dataSource = ((Weasel.Postgresql.PostgresqlDatabase)store.Storage.Database).DataSource;
        await using var handle = await new PostgresDistributedLock(new PostgresAdvisoryLockKey("platform.audit.chain", allowHashing: true), dataSource)
            .AcquireAsync(TimeSpan.FromSeconds(30), ct);
        while (true)
        {
            await using var session = store.LightweightSession();
            var unsealed = await session.Query<AuditEntry>().Where(e => e.Sequence == null).OrderBy(e => e.At).ThenBy(e => e.Id).Take(Batch).ToListAsync(ct);
            if (unsealed.Count == 0) return;
            var last = await session.Query<AuditEntry>().Where(e => e.Sequence != null).OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);
            var (sequence, hash) = last is null ? (0L, Genesis) : (last.Sequence!.Value, last.Hash!);
            foreach (var entry in unsealed)
            {
                sequence++;
                entry.Sequence = sequence;
                entry.PreviousHash = hash;
                entry.Hash = hash = entry.ComputeHash(sequence, entry.PreviousHash);
                session.Update(entry);
            }
            await session.SaveChangesAsync(ct);
        }
    }

    /// <summary>Seals what is waiting, then recomputes every hash in sequence order.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        await SealAsync(ct);
        await using var session = store.QuerySession();
        long expected = 1, checkedCount = 0;
        var previous = Genesis;
        await foreach (var entry in session.Query<AuditEntry>().Where(e => e.Sequence != null).OrderBy(e => e.Sequence).ToAsyncEnumerable(ct))
        {
            var sequence = entry.Sequence!.Value;
            if (sequence != expected) return new(false, checkedCount, expected, $"Entry {expected} is missing: the chain jumps to {sequence}.", previous);
            if (entry.PreviousHash != previous || entry.ComputeHash(sequence, previous) != entry.Hash)
                return new(false, checkedCount, sequence, $"Entry {sequence} does not match its hash: it or the one before it was changed.", previous);
            previous = entry.Hash!;
            expected++;
            checkedCount++;
        }
        return new(true, checkedCount, null, null, previous);
    }
}
