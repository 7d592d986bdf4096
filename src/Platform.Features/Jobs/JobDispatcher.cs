using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary>
/// Runs in every instance. Workers (<see cref="JobOptions.Concurrency"/> of them) claim due jobs under the job's
/// version, so each run belongs to one instance, and run their steps as the job's owner, heartbeating. One instance
/// at a time, holding a PostgreSQL advisory lock, leads: it fires due schedule slots (the job's unique schedule +
/// slot key keeps a slot to one job even across a change of leader) and re-queues jobs whose worker stopped
/// heartbeating, up to <see cref="JobOptions.MaxAttempts"/> runs.
/// </summary>
public sealed partial class JobDispatcher(
    IDocumentStore store, IServiceScopeFactory scopes, JobTemplates templates, IEnumerable<IJobTemplateSource> templateSources, JobArtifacts artifacts, WorkLeases leases,
    IOptions<JobOptions> options, TimeProvider clock, ILogger<JobDispatcher> logger) : BackgroundService
{
    private readonly JobOptions _options = options.Value;
    private readonly SemaphoreSlim _jobsQueued = new(0, int.MaxValue);
    private readonly SemaphoreSlim _schedulesChanged = new(0, int.MaxValue);
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();
    private readonly DateTimeOffset _startedAt = clock.GetUtcNow();
    private DateTimeOffset? _leaderSince;
    private DateTimeOffset _lastSweep;

    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    private TimeSpan PollInterval => TimeSpan.FromMilliseconds(Math.Max(10, _options.PollIntervalMs));
    private TimeSpan Heartbeat => TimeSpan.FromMilliseconds(Math.Max(10, _options.HeartbeatMs));
    private int Concurrency => Math.Max(1, _options.Concurrency);

    /// <summary>
    /// Jobs queued here and runs ended here so far: after either, a look may find a job the last empty one could not (a
    /// new job, or an owner's share freed), so a worker compares this with its count at that look.
    /// </summary>
    private long _openings;

    /// <summary>A job was queued here: idle workers look at once instead of at their next poll.</summary>
    public void JobsQueued()
    {
        Interlocked.Increment(ref _openings);
        if (_jobsQueued.CurrentCount < Concurrency) _jobsQueued.Release();
    }

    /// <summary>A schedule was created or changed here: the leader, if it is this instance, looks at once.</summary>
    public void SchedulesChanged()
    {
        if (_schedulesChanged.CurrentCount == 0) _schedulesChanged.Release();
    }

    /// <summary>Stops the job at once when this instance runs it; others notice the request at their next heartbeat.</summary>
    public void CancelHere(Guid jobId)
    {
        if (_running.TryGetValue(jobId, out var run)) run.Cancel();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None))
            .Append(Task.Run(() => LeadAsync(stoppingToken), CancellationToken.None))
            .Append(Task.Run(() => ShowAliveAsync(stoppingToken), CancellationToken.None)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var session = store.LightweightSession();
            session.Delete<DispatcherInstance>(InstanceId);
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "Could not remove this instance from the dispatcher's list");
        }
    }

    private async Task Pause(CancellationToken stop)
    {
        try { await Task.Delay(PollInterval * 2, clock, stop); }
        catch (OperationCanceledException) { }
    }
}
