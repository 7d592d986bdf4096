using JasperFx;
using Npgsql;
using Platform.Features.Common;

namespace Platform.Tests.Common;

/// <summary>Which failures to save are races lost to another writer (a 409, or a retry), and which are not.</summary>
public sealed class ConflictTests
{
    [Fact]
    public void Stale_versions_alone_or_together_and_deadlocks_are_races_lost()
    {
        var stale = new ConcurrencyException("Optimistic concurrency check failed", new InvalidOperationException());
        Assert.True(ProblemDetailsExceptionHandler.ChangedMeanwhile(stale));
        Assert.True(ProblemDetailsExceptionHandler.ChangedMeanwhile(new AggregateException(stale, stale)));
        Assert.True(ProblemDetailsExceptionHandler.ChangedMeanwhile(new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected)));
    }

    [Fact]
    public void Other_failures_are_not_races_even_beside_one()
    {
        var stale = new ConcurrencyException("Optimistic concurrency check failed", new InvalidOperationException());
        Assert.False(ProblemDetailsExceptionHandler.ChangedMeanwhile(new AggregateException(stale, new InvalidOperationException("broken"))));
        Assert.False(ProblemDetailsExceptionHandler.ChangedMeanwhile(new AggregateException()));
        Assert.False(ProblemDetailsExceptionHandler.ChangedMeanwhile(new PostgresException("disk full", "ERROR", "ERROR", PostgresErrorCodes.DiskFull)));
    }
}
