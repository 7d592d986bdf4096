using Marten;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Common;

namespace Platform.Tests.Common;

/// <summary>Background work's leases: abandoned work is found, work this instance holds or that just finished never is, whatever the wall clock does.</summary>
public sealed class WorkLeaseTests
{
    /// <summary>The system clock, but it can be moved ahead (as a VM's clock jumps after a pause).</summary>
    private sealed class JumpingClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Ahead;
    }

    public sealed class PieceOfWork
    {
        public Guid Id { get; set; }
        public bool Done { get; set; }
    }

    [Fact]
    public async Task Work_held_here_or_just_finished_never_looks_lost_whatever_the_clock_does()
    {
        var clock = new JumpingClock();
        await using var factory = await new PlatformFactory().StartAsync();
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var leases = host.Services.GetRequiredService<WorkLeases>();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var (heldHere, elsewhere, neverLeased, finished) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (var session = store.LightweightSession())
        {
            session.Store(new PieceOfWork { Id = heldHere }, new PieceOfWork { Id = elsewhere }, new PieceOfWork { Id = neverLeased }, new PieceOfWork { Id = finished, Done = true });
            session.Store(leases.Take(heldHere));
            // Another instance's lease, renewed just now.
            session.Store(new WorkLease { Id = elsewhere, HeartbeatAt = clock.GetUtcNow() });
            await session.SaveChangesAsync();
        }

        await using var query = store.QuerySession();
        async Task<Guid[]> Lost() =>
            (await leases.LostAsync<PieceOfWork>(query, w => !w.Done, w => w.Id, CancellationToken.None)).Select(w => w.Id).Order().ToArray();
        Assert.Equal([neverLeased], await Lost());

        clock.Ahead = TimeSpan.FromHours(1);
        Assert.Equal(new[] { elsewhere, neverLeased }.Order(), await Lost());
        leases.Release(heldHere);
        Assert.Equal(new[] { heldHere, elsewhere, neverLeased }.Order(), await Lost());
        clock.Ahead = TimeSpan.Zero;

        // Work that finishes (its lease deleted with it) after the unfinished work is first read is not lost.
        var finishing = Guid.CreateVersion7();
        await using (var session = store.LightweightSession())
        {
            session.Store(new PieceOfWork { Id = finishing });
            session.Store(new WorkLease { Id = finishing, HeartbeatAt = clock.GetUtcNow() });
            await session.SaveChangesAsync();
        }
        Guid FinishOnFirstRead(PieceOfWork work)
        {
            if (work.Id == finishing)
            {
                using var finish = store.LightweightSession();
                finish.Store(new PieceOfWork { Id = finishing, Done = true });
                finish.Delete<WorkLease>(finishing);
                finish.SaveChangesAsync().GetAwaiter().GetResult();
            }
            return work.Id;
        }
        var lostWhileFinishing = await leases.LostAsync<PieceOfWork>(query, w => !w.Done, FinishOnFirstRead, CancellationToken.None);
        Assert.DoesNotContain(finishing, lostWhileFinishing.Select(w => w.Id));

        // Work whose own document carries its heartbeat (a job) is held without a lease document.
        var job = Guid.CreateVersion7();
        var heartbeat = clock.GetUtcNow() - TimeSpan.FromMinutes(1);
        leases.Hold(job);
        Assert.False(leases.IsAbandoned(job, heartbeat, TimeSpan.FromSeconds(30)));
        leases.Release(job);
        Assert.True(leases.IsAbandoned(job, heartbeat, TimeSpan.FromSeconds(30)));
        Assert.False(leases.IsAbandoned(job, clock.GetUtcNow(), TimeSpan.FromSeconds(30)));
    }
}
