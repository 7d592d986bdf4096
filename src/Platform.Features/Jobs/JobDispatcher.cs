using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using Marten;
using Marten.Patching;
using Medallion.Threading.Postgres;
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
public sealed class JobDispatcher(
    IDocumentStore store, IServiceScopeFactory scopes, JobTemplates templates, JobArtifacts artifacts, IOptions<JobOptions> options, TimeProvider clock,
    ILogger<JobDispatcher> logger) : BackgroundService
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

    /// <summary>A job was queued here: idle workers look at once instead of at their next poll.</summary>
    public void JobsQueued()
    {
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

    private async Task WorkAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (await ClaimAsync(stop) is { } job) await RunAsync(job, stop);
                else await _jobsQueued.WaitAsync(PollInterval, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The job worker hit a problem; it carries on");
                await Pause(stop);
            }
        }
    }

    /// <summary>This instance's workers claim one at a time, so each sees the others' claims when it counts an owner's running jobs.</summary>
    private readonly SemaphoreSlim _claiming = new(1, 1);

    private async Task<Job?> ClaimAsync(CancellationToken ct)
    {
        await _claiming.WaitAsync(ct);
        try
        {
            return await ClaimOneAsync(ct);
        }
        finally
        {
            _claiming.Release();
        }
    }

    private async Task<Job?> ClaimOneAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var query = store.QuerySession())
        {
            // Owners already running their share wait; the others' jobs go first, whatever was queued before them.
            var running = await query.Query<Job>().Where(j => j.Status == JobStatus.Running).Select(j => j.OwnerId).ToListAsync(ct);
            var saturated = running.GroupBy(o => o).Where(g => g.Count() >= Math.Max(1, _options.RunningPerUser)).Select(g => g.Key).ToArray();
            due = (await query.Query<Job>().Where(j => (j.Status == JobStatus.Queued || j.Status == JobStatus.Scheduled) && j.DueAt <= now && !j.OwnerId.IsOneOf(saturated))
                .OrderBy(j => j.DueAt).Select(j => j.Id).Take(Concurrency * 2).ToListAsync(ct)).ToList();
        }
        foreach (var id in due)
        {
            var claimed = false;
            var job = await JobUpdates.ChangeAsync(store, id, j =>
            {
                claimed = false;
                if (j.Status is not (JobStatus.Queued or JobStatus.Scheduled) || j.DueAt > clock.GetUtcNow()) return false;
                var at = clock.GetUtcNow();
                j.Attempts++;
                j.ClaimedBy = InstanceId;
                j.HeartbeatAt = at;
                j.CancelRequested = false;
                j.Runs.Add(new JobRun { Number = j.Runs.Count + 1, InstanceId = InstanceId, Reason = j.QueuedReason, StartedAt = at });
                j.MoveTo(JobStatus.Running, at, $"Run {j.Runs.Count} started on {InstanceId}.");
                return claimed = true;
            }, ct);
            if (claimed && job is not null) return job;
        }
        return null;
    }

    private async Task RunAsync(Job job, CancellationToken stop)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stop);
        _running[job.Id] = run;
        var lines = new ConcurrentQueue<(DateTimeOffset At, string StepId, string Text)>();
        var lost = false;

        // Writes to the job only while this instance's claim holds; otherwise stops the run.
        async Task<bool> UpdateAsync(Action<Job> change)
        {
            var applied = false;
            var logged = 0;
            var written = await JobUpdates.ChangeAsync(store, job.Id, j =>
            {
                applied = false;
                if (j.Status != JobStatus.Running || j.ClaimedBy != InstanceId) return false;
                var batch = lines.ToArray();
                foreach (var line in batch) j.Log(line.At, "log", line.Text, line.StepId);
                logged = batch.Length;
                j.HeartbeatAt = clock.GetUtcNow();
                change(j);
                return applied = true;
            }, CancellationToken.None);
            if (applied && written is not null)
            {
                for (var i = 0; i < logged; i++) lines.TryDequeue(out _);
                job = written;
                return true;
            }
            lost = true;
            await run.CancelAsync();
            return false;
        }

        using var beating = new CancellationTokenSource();
        var heartbeat = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(Heartbeat, clock);
            while (await timer.WaitForNextTickAsync(beating.Token).ConfigureAwait(false))
            {
                try
                {
                    if (!await UpdateAsync(_ => { })) return;
                    if (job.CancelRequested) await run.CancelAsync();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not renew the heartbeat of job {JobId}", job.Id);
                }
            }
        }, CancellationToken.None);

        JobStep? current = null;
        try
        {
            while (JobGraph.Ordered(job.Steps).FirstOrDefault(s => s.Status != StepStatus.Done) is { } step)
            {
                current = step;
                if (step.Approval && !step.Approved)
                {
                    await UpdateAsync(j =>
                    {
                        j.Step(step.Id)!.Status = StepStatus.Blocked;
                        j.Settle(clock.GetUtcNow(), JobStatus.Blocked, $"Waiting for approval before step '{step.Id}': unblock the job to go on.");
                    });
                    return;
                }
                if (!await UpdateAsync(j =>
                    {
                        var s = j.Step(step.Id)!;
                        s.Reset();
                        s.Approved = step.Approved;
                        s.Status = StepStatus.Running;
                        s.StartedAt = clock.GetUtcNow();
                        j.Log(s.StartedAt.Value, "step", $"Step '{s.Id}' ({s.Kind}) started.", s.Id);
                    })) return;
                var outcome = await RunStepAsync(job, step, (text) => lines.Enqueue((clock.GetUtcNow(), step.Id, text)), run.Token);
                var output = JsonSerializer.SerializeToElement(outcome.Output, JsonSerializerOptions.Web);
                if (outcome.Artifact is { } table) await artifacts.WriteAsync(job.Id, step.Id, table, run.Token);
                if (!await UpdateAsync(j =>
                    {
                        var s = j.Step(step.Id)!;
                        s.Status = StepStatus.Done;
                        s.EndedAt = clock.GetUtcNow();
                        s.Output = output;
                        s.HasArtifact = outcome.Artifact is not null;
                        j.Log(s.EndedAt.Value, "step", $"Step '{s.Id}' done.", s.Id);
                    })) return;
            }
            current = null;
            await UpdateAsync(j => j.Settle(clock.GetUtcNow(), JobStatus.Done, "Done."));
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            if (lost) return;
            var stopping = stop.IsCancellationRequested;
            await UpdateAsync(j =>
            {
                var at = clock.GetUtcNow();
                if (stopping)
                {
                    j.EndRun(at, "interrupted", "The instance running it stopped.");
                    j.Requeue(at, "the instance running it stopped", countsAsAttempt: true);
                    return;
                }
                if (current is not null && j.Step(current.Id) is { } s) { s.Status = StepStatus.Cancelled; s.EndedAt = at; }
                j.Settle(at, JobStatus.Cancelled, "Cancelled.");
            });
        }
        catch (Exception e)
        {
            var error = e is ProblemException p ? p.Detail ?? p.Title : e.Message;
            if (e is not ProblemException) logger.LogWarning(e, "Job {JobId} failed in step {Step}", job.Id, current?.Id);
            await UpdateAsync(j =>
            {
                var at = clock.GetUtcNow();
                if (current is not null && j.Step(current.Id) is { } s) { s.Status = StepStatus.Failed; s.EndedAt = at; s.Error = error; }
                j.Error = current is null ? error : $"Step '{current.Id}' failed: {error}";
                j.Settle(at, JobStatus.Failed, j.Error, j.Error);
            });
        }
        finally
        {
            await beating.CancelAsync();
            try { await heartbeat; } catch (OperationCanceledException) { }
            _running.TryRemove(job.Id, out _);
        }
    }

    /// <summary>Runs a step's kind in a scope of its own that acts as the job's owner.</summary>
    private async Task<JobStepOutcome> RunStepAsync(Job job, JobStep step, Action<string> log, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", job.OwnerId.ToString())], "job")),
        };
        try
        {
            var kind = scope.ServiceProvider.GetServices<IJobKind>().FirstOrDefault(k => k.Id == step.Kind)
                ?? throw new ProblemException(StatusCodes.Status400BadRequest, "Unknown job kind", $"No area provides the kind '{step.Kind}' any more.");
            return await kind.RunAsync(new JobStepContext(job.Id, job.OwnerId, step.Id, step.Inputs, job.Feedback, log), ct);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private async Task LeadAsync(CancellationToken stop)
    {
        var dataSource = ((Weasel.Postgresql.PostgresqlDatabase)store.Storage.Database).DataSource;
        var leaderLock = new PostgresDistributedLock(new PostgresAdvisoryLockKey("platform.jobs.leader", allowHashing: true), dataSource);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var handle = await leaderLock.TryAcquireAsync(TimeSpan.Zero, stop);
                if (handle is null)
                {
                    await Task.Delay(PollInterval, clock, stop);
                    continue;
                }
                _leaderSince = clock.GetUtcNow();
                logger.LogInformation("Instance {Instance} leads the job dispatcher", InstanceId);
                await ShowAliveOnceAsync(stop);
                using var leading = CancellationTokenSource.CreateLinkedTokenSource(stop, handle.HandleLostToken);
                while (!leading.IsCancellationRequested)
                {
                    var wait = await LeadOnceAsync(leading.Token);
                    await _schedulesChanged.WaitAsync(wait, leading.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The job dispatcher's leader hit a problem; it tries again");
                await Pause(stop);
            }
            finally
            {
                _leaderSince = null;
            }
        }
    }

    /// <summary>One round of the leader's work; returns how long it may wait before the next.</summary>
    private async Task<TimeSpan> LeadOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now - _lastSweep >= Heartbeat)
        {
            _lastSweep = now;
            await RequeueLostAsync(ct);
        }
        DateTimeOffset? next;
        await using (var query = store.QuerySession())
        {
            var due = await query.Query<Schedule>().Where(s => s.Enabled && s.NextRunAt != null && s.NextRunAt <= now).Select(s => s.Id).Take(100).ToListAsync(ct);
            foreach (var id in due) await FireAsync(id, ct);
            next = (await query.Query<Schedule>().Where(s => s.Enabled && s.NextRunAt != null).OrderBy(s => s.NextRunAt).Take(1).ToListAsync(ct)).FirstOrDefault()?.NextRunAt;
        }
        var wait = next is { } at ? at - clock.GetUtcNow() : PollInterval;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > PollInterval ? PollInterval : wait;
    }

    /// <summary>
    /// Turns the schedule's due slot into a job. Slots missed while no instance ran become one catch-up run for the
    /// latest of them (or are skipped, as configured); the next slot is always after now, so there is never a burst.
    /// </summary>
    private async Task FireAsync(Guid scheduleId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<Schedule>(scheduleId, ct) is not { Enabled: true, NextRunAt: { } nextRunAt } schedule) return;
        var now = clock.GetUtcNow();
        if (nextRunAt > now) return;
        ScheduleCron cron;
        try
        {
            cron = ScheduleCron.Parse(schedule.Cron, schedule.Timezone);
        }
        catch (FluentValidation.ValidationException e)
        {
            session.Patch<Schedule>(schedule.Id).Set(s => s.NextRunAt, null).Set(s => s.LastError, e.Errors.First().ErrorMessage);
            await session.SaveChangesAsync(ct);
            return;
        }
        var (count, latest) = cron.Due(nextRunAt, now);
        var grace = TimeSpan.FromMilliseconds(_options.MisfireGraceMs);
        var catchUp = !string.Equals(_options.MissedRuns, "skip", StringComparison.OrdinalIgnoreCase);
        var fire = latest is { } slot && (catchUp || now - slot <= grace);
        var missed = fire ? count - 1 : count;
        Job? job = null;
        string? error = null;
        if (fire)
        {
            try
            {
                var template = templates.Find(schedule.TemplateId)
                    ?? throw new ProblemException(StatusCodes.Status400BadRequest, "Template not found", $"The template '{schedule.TemplateId}' no longer exists.");
                job = Job.Create(template, templates.StepsFor(template, schedule.Inputs), schedule.OwnerId, schedule.Inputs, now);
                job.ScheduleId = schedule.Id;
                job.ScheduledFor = latest;
                job.MissedSlots = missed;
                job.QueuedReason = missed > 0 ? $"catch-up run for the schedule's {missed + 1} missed slots" : "the schedule's slot";
                session.Insert(job);
            }
            catch (Exception e) when (e is ProblemException or FluentValidation.ValidationException)
            {
                error = e is ProblemException p ? p.Detail : string.Join(" ", ((FluentValidation.ValidationException)e).Errors.Select(f => $"{f.PropertyName}: {f.ErrorMessage}"));
            }
        }
        else if (missed > 0) logger.LogInformation("Schedule {Schedule} skipped {Missed} missed slots", schedule.Id, missed);
        var patch = session.Patch<Schedule>(schedule.Id).Set(s => s.NextRunAt, cron.Next(now)).Set(s => s.LastError, error);
        if (job is not null) patch.Set(s => s.LastRunAt, latest).Set(s => s.LastJobId, job.Id);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (JobAccess.IsUniqueViolation(e))
        {
            // Another leader fired this slot already (and moved the schedule on).
            return;
        }
        if (job is not null) JobsQueued();
    }

    /// <summary>Jobs whose worker stopped heartbeating go back to the queue, or fail once they have had every attempt.</summary>
    private async Task RequeueLostAsync(CancellationToken ct)
    {
        var stale = clock.GetUtcNow() - TimeSpan.FromMilliseconds(_options.WorkerTimeoutMs);
        List<Guid> lost;
        await using (var query = store.QuerySession())
            lost = (await query.Query<Job>().Where(j => j.Status == JobStatus.Running && (j.HeartbeatAt == null || j.HeartbeatAt < stale)).Select(j => j.Id).ToListAsync(ct))
                // A job this instance runs is alive, however stale its heartbeat looks after the clock jumped ahead.
                .Where(id => !_running.ContainsKey(id)).ToList();
        foreach (var id in lost)
        {
            var requeued = false;
            await JobUpdates.ChangeAsync(store, id, j =>
            {
                requeued = false;
                if (j.Status != JobStatus.Running || j.HeartbeatAt >= stale) return false;
                var at = clock.GetUtcNow();
                var reason = $"The worker on {j.ClaimedBy} stopped heartbeating.";
                j.EndRun(at, "lost", reason);
                if (j.Attempts >= _options.MaxAttempts)
                {
                    foreach (var s in j.Steps.Where(s => s.Status == StepStatus.Running)) { s.Status = StepStatus.Failed; s.Error = reason; s.EndedAt = at; }
                    j.ClaimedBy = null;
                    j.Error = $"{reason} The job was tried {j.Attempts} times and is not retried again.";
                    j.MoveTo(JobStatus.Failed, at, j.Error);
                }
                else
                {
                    j.Requeue(at, $"its worker was lost (attempt {j.Attempts} of {_options.MaxAttempts})", countsAsAttempt: true);
                    requeued = true;
                }
                return true;
            }, ct);
            if (requeued) JobsQueued();
        }
        if (lost.Count > 0) logger.LogWarning("Found {Count} jobs whose worker stopped", lost.Count);
    }

    private async Task ShowAliveAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Heartbeat, clock);
        try
        {
            do
            {
                try
                {
                    await ShowAliveOnceAsync(stop);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not record this instance's heartbeat");
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task ShowAliveOnceAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        session.Store(new DispatcherInstance
        {
            Id = InstanceId, StartedAt = _startedAt, HeartbeatAt = now, Concurrency = Concurrency, Running = _running.Count, LeaderSince = _leaderSince,
        });
        // Instances gone for a day are forgotten.
        session.DeleteWhere<DispatcherInstance>(i => i.HeartbeatAt < now.AddDays(-1));
        await session.SaveChangesAsync(ct);
    }

    private async Task Pause(CancellationToken stop)
    {
        try { await Task.Delay(PollInterval * 2, clock, stop); }
        catch (OperationCanceledException) { }
    }
}
