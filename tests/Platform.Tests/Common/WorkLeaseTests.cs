using Marten;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Common;

namespace Platform.Tests.Common;

/// <summary>Background work's leases: abandoned work is found, work this instance holds never is, whatever the wall clock does.</summary>
public sealed class WorkLeaseTests
{
    /// <summary>The system clock, but it can be moved ahead (as a VM's clock jumps after a pause).</summary>
    private sealed class JumpingClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Ahead;
    }

    [Fact]
    public async Task A_forward_jump_of_the_clock_never_makes_work_held_here_look_lost()
    {
        var clock = new JumpingClock();
        await using var factory = await new PlatformFactory().StartAsync();
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var leases = host.Services.GetRequiredService<WorkLeases>();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var (heldHere, elsewhere, neverLeased) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (var session = store.LightweightSession())
        {
            session.Store(leases.Take(heldHere));
            // Another instance's lease, renewed just now.
            session.Store(new WorkLease { Id = elsewhere, HeartbeatAt = clock.GetUtcNow() });
            await session.SaveChangesAsync();
        }

        await using var query = store.QuerySession();
        Assert.Equal([neverLeased], await leases.LostAsync(query, [heldHere, elsewhere, neverLeased], CancellationToken.None));

        clock.Ahead = TimeSpan.FromHours(1);
        var afterJump = await leases.LostAsync(query, [heldHere, elsewhere, neverLeased], CancellationToken.None);

        Assert.DoesNotContain(heldHere, afterJump);
        Assert.Contains(elsewhere, afterJump);
        leases.Release(heldHere);
        Assert.Contains(heldHere, await leases.LostAsync(query, [heldHere], CancellationToken.None));

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
