using System.Security.Claims;
using Marten;
using Medallion.Threading.Postgres;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary>The leader (one instance at a time, by advisory lock): fires due schedule slots and re-queues jobs whose worker was lost.</summary>
public sealed partial class JobDispatcher
{
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
            async Task<DateTimeOffset?> EarliestAsync() =>
                (await query.Query<Schedule>().Where(s => s.Enabled && s.NextRunAt != null).OrderBy(s => s.NextRunAt).Take(1).ToListAsync(ct)).FirstOrDefault()?.NextRunAt;

            // Most rounds find nothing due: the earliest slot alone tells, in one query.
            next = await EarliestAsync();
            if (next <= now)
            {
                var due = await query.Query<Schedule>().Where(s => s.Enabled && s.NextRunAt != null && s.NextRunAt <= now).Select(s => s.Id).Take(100).ToListAsync(ct);
                foreach (var id in due) await FireAsync(id, ct);
                next = await EarliestAsync();
            }
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
            schedule.NextRunAt = null;
            schedule.LastError = e.Errors.First().ErrorMessage;
            await SaveFiredAsync(session, schedule, ct);
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
                if (templateSources.FirstOrDefault(s => schedule.TemplateId.StartsWith(s.Prefix, StringComparison.Ordinal)) is { } source)
                    job = await source.NewScheduledJobAsync(session, schedule.TemplateId, schedule.OwnerId, schedule.Inputs, now, ct);
                else
                {
                    var template = templates.Find(schedule.TemplateId)
                        ?? throw new ProblemException(StatusCodes.Status400BadRequest, "Template not found", $"The template '{schedule.TemplateId}' no longer exists.");
                    job = Job.Create(template, templates.StepsFor(template, schedule.Inputs), schedule.OwnerId, schedule.Inputs, now);
                }
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
        schedule.NextRunAt = cron.Next(now);
        schedule.LastError = error;
        if (job is not null)
        {
            schedule.LastRunAt = latest;
            schedule.LastJobId = job.Id;
        }
        if (await SaveFiredAsync(session, schedule, ct) && job is not null) JobsQueued();
    }

    /// <summary>
    /// Writes the fired schedule (and its job) only if nobody changed the schedule since it was loaded: a pause or an
    /// edit racing the slot wins, and the next poll decides again on what it left.
    /// </summary>
    private static async Task<bool> SaveFiredAsync(IDocumentSession session, Schedule schedule, CancellationToken ct)
    {
        session.Update(schedule);
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (e is JasperFx.ConcurrencyException || JobAccess.IsUniqueViolation(e))
        {
            // Changed meanwhile, or another leader fired this slot already (and moved the schedule on).
            return false;
        }
    }

    /// <summary>Jobs whose worker stopped heartbeating go back to the queue, or fail once they have had every attempt.</summary>
    private async Task RequeueLostAsync(CancellationToken ct)
    {
        var timeout = TimeSpan.FromMilliseconds(_options.WorkerTimeoutMs);
        var stale = clock.GetUtcNow() - timeout;
        List<Guid> lost;
        await using (var query = store.QuerySession())
            lost = (await query.Query<Job>().Where(j => j.Status == JobStatus.Running && (j.HeartbeatAt == null || j.HeartbeatAt < stale))
                    .Select(j => new { j.Id, j.HeartbeatAt }).ToListAsync(ct))
                // A job this instance runs is alive, however stale its heartbeat looks after the clock jumped ahead.
                .Where(j => leases.IsAbandoned(j.Id, j.HeartbeatAt, timeout)).Select(j => j.Id).ToList();
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
}
