using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary>The workers: claim a due job (an owner at their share waits), run its steps as its owner, heartbeat, settle.</summary>
public sealed partial class JobDispatcher
{
    private async Task WorkAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (await ClaimAsync(stop) is { } job)
                {
                    try { await RunAsync(job, stop); }
                    finally { Interlocked.Increment(ref _openings); }
                }
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

    /// <summary>
    /// When a worker of this instance last looked and found nothing it could claim, with the count of openings then. Idle
    /// workers share that look until the poll interval has passed or a job is queued or ends here: an idle instance
    /// asks PostgreSQL once per interval, not once per worker.
    /// </summary>
    private (long Openings, long At)? _foundNothing;

    private async Task<Job?> ClaimAsync(CancellationToken ct)
    {
        await _claiming.WaitAsync(ct);
        try
        {
            var openings = Interlocked.Read(ref _openings);
            if (_foundNothing is { } last && last.Openings == openings && Stopwatch.GetElapsedTime(last.At) < PollInterval) return null;
            var (job, nothingClaimable) = await ClaimOneAsync(ct);
            _foundNothing = nothingClaimable ? (openings, Stopwatch.GetTimestamp()) : null;
            return job;
        }
        finally
        {
            _claiming.Release();
        }
    }

    /// <summary>
    /// Claims the oldest due job that no other instance is claiming: its row is locked <c>FOR UPDATE SKIP LOCKED</c> in
    /// the claim's own transaction, so instances claiming at once take different jobs instead of racing for one. Owners
    /// already running their share wait; the others' jobs go first, whatever was queued before them. The write still
    /// goes under the job's version: a person's change made meanwhile wins, and counts as a conflict.
    /// </summary>
    private async Task<(Job? Job, bool NothingClaimable)> ClaimOneAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        await session.BeginTransactionAsync(ct);
        var table = store.Options.Schema.For<Job>();
        Guid id;
        await using (var command = new NpgsqlCommand($"""
            select id from {table}
            where data ->> 'status' in ('{JobStatus.Queued}', '{JobStatus.Scheduled}') and (data ->> 'dueAt')::timestamptz <= $1
              and data ->> 'ownerId' not in (
                select data ->> 'ownerId' from {table} where data ->> 'status' = '{JobStatus.Running}'
                group by 1 having count(*) >= $2)
            order by (data ->> 'dueAt')::timestamptz
            limit 1 for update skip locked
            """, session.Connection))
        {
            command.Parameters.AddWithValue(clock.GetUtcNow());
            command.Parameters.AddWithValue(Math.Max(1, _options.RunningPerUser));
            if (await command.ExecuteScalarAsync(ct) is not Guid found) return (null, true);
            id = found;
        }
        if (await session.LoadAsync<Job>(id, ct) is not { } job) return (null, false);
        var at = clock.GetUtcNow();
        job.Attempts++;
        job.ClaimedBy = InstanceId;
        job.HeartbeatAt = at;
        job.CancelRequested = false;
        job.Runs.Add(new JobRun { Number = job.Runs.Count + 1, InstanceId = InstanceId, Reason = job.QueuedReason, StartedAt = at });
        job.MoveTo(JobStatus.Running, at, $"Run {job.Runs.Count} started on {InstanceId}.");
        session.Update(job);
        try
        {
            await session.SaveChangesAsync(ct);
            return (job, false);
        }
        catch (JasperFx.ConcurrencyException)
        {
            PlatformMetrics.JobClaimConflicts.Add(1);
            return (null, false);
        }
    }

    private async Task RunAsync(Job job, CancellationToken stop)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stop);
        _running[job.Id] = run;
        leases.Hold(job.Id);
        var lines = new ConcurrentQueue<(DateTimeOffset At, string StepId, string Text)>();
        var lost = false;
        // How the run ended, for the metrics: lost when another instance took the job over.
        var ended = "lost";
        PlatformMetrics.JobsRunning.Add(1);

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
        var heartbeat = Task.Run(() => PeriodicWork.RunAsync(Heartbeat, clock, logger, $"Could not renew the heartbeat of job {job.Id}", async _ =>
        {
            if (!await UpdateAsync(_ => { })) await beating.CancelAsync();
            else if (job.CancelRequested) await run.CancelAsync();
        }, beating.Token, startNow: false), CancellationToken.None);

        JobStep? current = null;
        try
        {
            while (JobGraph.Ordered(job.Steps).FirstOrDefault(s => !StepStatus.IsSettled(s.Status)) is { } step)
            {
                current = step;
                if (WhySkipped(job, step) is { } why)
                {
                    if (!await UpdateAsync(j =>
                        {
                            var s = j.Step(step.Id)!;
                            s.Status = StepStatus.Skipped;
                            s.StartedAt = s.EndedAt = clock.GetUtcNow();
                            j.Log(s.EndedAt.Value, "step", $"Step '{s.Id}' skipped: {why}", s.Id);
                        })) return;
                    continue;
                }
                if (step.Approval && !step.Approved)
                {
                    await UpdateAsync(j =>
                    {
                        j.Step(step.Id)!.Status = StepStatus.Blocked;
                        j.Settle(clock.GetUtcNow(), JobStatus.Blocked, $"Waiting for approval before step '{step.Id}': unblock the job to go on.");
                    });
                    ended = "blocked";
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
            if (await UpdateAsync(j => j.Settle(clock.GetUtcNow(), JobStatus.Done, "Done.")))
            {
                ended = "succeeded";
                await PublishOutcomeAsync(job, PlatformEvents.JobDone);
            }
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            if (lost) return;
            var stopping = stop.IsCancellationRequested;
            ended = stopping ? "requeued" : "cancelled";
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
            ended = "failed";
            await UpdateAsync(j =>
            {
                var at = clock.GetUtcNow();
                if (current is not null && j.Step(current.Id) is { } s) { s.Status = StepStatus.Failed; s.EndedAt = at; s.Error = error; }
                j.Error = current is null ? error : $"Step '{current.Id}' failed: {error}";
                j.Settle(at, JobStatus.Failed, j.Error, j.Error);
            });
            if (job.Status == JobStatus.Failed) await PublishOutcomeAsync(job, PlatformEvents.JobFailed);
        }
        finally
        {
            await beating.CancelAsync();
            try { await heartbeat; } catch (OperationCanceledException) { }
            _running.TryRemove(job.Id, out _);
            leases.Release(job.Id);
            PlatformMetrics.JobsRunning.Add(-1);
            PlatformMetrics.JobsFinished.Add(1, new KeyValuePair<string, object?>("status", ended));
        }
    }

    /// <summary>
    /// Tells webhooks and automations how the job ended. Written after the job's own update (which may be retried
    /// under its version), so an instance stopping between the two loses the event, never the job's outcome.
    /// </summary>
    private async Task PublishOutcomeAsync(Job job, string type)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            await scope.ServiceProvider.GetRequiredService<PlatformEvents>().PublishAsync(session, type, job.OwnerId, [], new
            {
                jobId = job.Id, job.TemplateId, job.TemplateName, job.TemplateVersion, job.Trigger, job.Status, job.Error, job.Result,
            }, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not publish the outcome of job {JobId}", job.Id);
        }
    }

    /// <summary>
    /// Why a step does not run: every step it needs was skipped (where branches join, one taken branch is enough), or a
    /// condition it follows went the other way; null when it runs.
    /// </summary>
    private static string? WhySkipped(Job job, JobStep step)
    {
        if (step.Needs.Count > 0 && step.Needs.All(n => job.Step(n)?.Status == StepStatus.Skipped))
            return $"{string.Join(", ", step.Needs.Select(n => $"'{n}'"))}, which it needs, {(step.Needs.Count == 1 ? "was" : "were all")} skipped.";
        foreach (var (conditionId, expected) in step.When ?? [])
        {
            var result = job.Step(conditionId)?.Output is { ValueKind: JsonValueKind.Object } output && output.TryGetProperty("result", out var r)
                && r.ValueKind is JsonValueKind.True or JsonValueKind.False && r.GetBoolean();
            if (result != expected) return $"'{conditionId}' was {(result ? "true" : "false")}.";
        }
        return null;
    }

    /// <summary>The job's inputs and its finished steps, as <c>{{ inputs.… }}</c> and <c>{{ steps.… }}</c> see them.</summary>
    private static JsonObject PlaceholderData(Job job)
    {
        var steps = new JsonObject();
        foreach (var s in job.Steps.Where(s => StepStatus.IsSettled(s.Status)))
            steps[s.Id] = new JsonObject { ["status"] = s.Status, ["output"] = s.Output is { } o ? JsonNode.Parse(o.GetRawText()) : null };
        return new JsonObject { [JobPlaceholders.Inputs] = JsonNode.Parse(job.Inputs.GetRawText()), [JobPlaceholders.Steps] = steps };
    }

    /// <summary>
    /// The step's inputs with earlier steps' outputs filled in, checked against its kind's schema now that they are known.
    /// </summary>
    private JsonElement FilledInputs(JobStep step, JsonObject data)
    {
        if (!JobPlaceholders.Any(step.Inputs, JobPlaceholders.Steps)) return step.Inputs;
        var filled = JsonSerializer.SerializeToElement(JobPlaceholders.Fill(JsonNode.Parse(step.Inputs.GetRawText()), data, JobPlaceholders.Steps));
        if (templates.Kinds.Any(k => k.Id == step.Kind) && templates.CheckStepInputs(step.Kind, filled, "inputs") is { Count: > 0 } failures)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Step inputs not valid",
                $"With earlier steps' outputs filled in, the inputs are not valid: {string.Join(" ", failures.Select(f => $"{f.PropertyName}: {f.ErrorMessage}"))}");
        return filled;
    }

    /// <summary>Runs a step's kind in a scope of its own that acts as the job's owner, with the groups they belong to now.</summary>
    private async Task<JobStepOutcome> RunStepAsync(Job job, JobStep step, Action<string> log, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var claims = new List<Claim> { new("sub", job.OwnerId.ToString()) };
        await using (var session = store.QuerySession())
            foreach (var source in scope.ServiceProvider.GetServices<IGroupMemberships>())
                claims.AddRange((await source.GroupsOfAsync(session, job.OwnerId, ct)).Select(g => new Claim(CurrentUser.GroupClaim, g.ToString())));
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, CurrentUser.JobIdentity)),
        };
        try
        {
            var kind = scope.ServiceProvider.GetServices<IJobKind>().FirstOrDefault(k => k.Id == step.Kind)
                ?? throw new ProblemException(StatusCodes.Status400BadRequest, "Unknown job kind", $"No area provides the kind '{step.Kind}' any more.");
            var data = PlaceholderData(job);
            var inputs = FilledInputs(step, data);
            return await kind.RunAsync(new JobStepContext(job.Id, job.OwnerId, step.Id, inputs, job.Feedback, log, JsonSerializer.SerializeToElement(data)), ct);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
