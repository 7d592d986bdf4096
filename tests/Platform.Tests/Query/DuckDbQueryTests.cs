using DuckDB.NET.Data;
using Platform.Features.Query;

namespace Platform.Tests.Query;

/// <summary>A cancelled query stops however early its cancellation lands, and leaves its connection fit for the next.</summary>
public sealed class DuckDbQueryTests : IDisposable
{
    // Hours of work if nothing stopped it.
    private const string Endless = "select sum(a.range * b.range) from range(100000000) a, range(100000) b";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public DuckDbQueryTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(50)]
    public void A_query_cancelled_before_or_as_it_starts_is_stopped(int cancelAfterMs)
    {
        using var cancel = new CancellationTokenSource();
        if (cancelAfterMs < 0) cancel.Cancel();
        else cancel.CancelAfter(cancelAfterMs);

        var run = Task.Run(() => DuckDbQuery.Run(_connection, Endless, 10, 1 << 20, cancel.Token));

        var stopped = WaitStopped(run);
        Assert.True(stopped, $"still running {Patience} after the cancellation");
        Assert.True(run.Exception?.InnerException is OperationCanceledException or DuckDBException, $"ended with {run.Status}");
        var next = DuckDbQuery.Run(_connection, "select 42 as answer", 10, 1 << 20, CancellationToken.None);
        Assert.Equal(42, Convert.ToInt32(next.Rows[0][0]));
    }

    private bool WaitStopped(Task run)
    {
        try
        {
            if (run.Wait(Patience)) return true;
        }
        catch (AggregateException)
        {
            return true;
        }
        // Not stopped: interrupt it here so that a failing test does not keep a core busy for hours.
        using var interrupt = _connection.CreateCommand();
        interrupt.Cancel();
        return false;
    }
}
