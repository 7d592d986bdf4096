using Microsoft.Extensions.Logging;

namespace Platform.Features.Common;

/// <summary>
/// The loop of every recurring piece of background work (sweeps, lease renewal, heartbeats): a round now or after
/// the first period, then one each period on the platform clock; a failed round is logged and the next one runs;
/// stopping ends the loop quietly.
/// </summary>
public static class PeriodicWork
{
    /// <param name="failure">The warning logged when a round fails, saying what could not be done.</param>
    public static async Task RunAsync(
        TimeSpan every, TimeProvider clock, ILogger logger, string failure, Func<CancellationToken, Task> round, CancellationToken stop, bool startNow = true)
    {
        using var timer = new PeriodicTimer(every, clock);
        try
        {
            if (!startNow && !await timer.WaitForNextTickAsync(stop)) return;
            do
            {
                try
                {
                    await round(stop);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
#pragma warning disable CA2254 // Each caller's failure is a fixed sentence of its own.
                    logger.LogWarning(e, failure);
#pragma warning restore CA2254
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
