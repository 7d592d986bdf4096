using System.Text.Json;
using Marten.Schema;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public static class JobStatus
{
    public const string Scheduled = "scheduled";
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Blocked = "blocked";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Archived = "archived";

    public static readonly string[] All = [Scheduled, Queued, Running, Blocked, Done, Failed, Cancelled, Archived];

    /// <summary>Statuses a job stays in until somebody acts on it.</summary>
    public static bool IsSettled(string status) => status is Blocked or Done or Failed or Cancelled or Archived;
}

public static class StepStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Blocked = "blocked";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    /// <summary>Not run: a condition it follows went the other way, or every step it needs was skipped.</summary>
    public const string Skipped = "skipped";

    /// <summary>Done or skipped: the steps after it may go on.</summary>
    public static bool IsSettled(string status) => status is Done or Skipped;
}

/// <summary>
/// One instance of a template: its steps, every attempt at running it, its log, comments and result. Written under
/// optimistic concurrency (<see cref="Version"/>), which is what makes a claim by one instance exclusive.
/// </summary>
public sealed class Job
{
    public Guid Id { get; set; }
    [Version]
    public Guid Version { get; set; }
    public Guid OwnerId { get; set; }
    public string TemplateId { get; set; } = "";
    public string TemplateName { get; set; } = "";

    /// <summary>The version of the template it was made from, for templates that keep versions (automations).</summary>
    public int? TemplateVersion { get; set; }

    /// <summary>What started it when not a person's request here: manual, webhook, schedule or an event's name.</summary>
    public string? Trigger { get; set; }
    public JsonElement Inputs { get; set; }
    public string Status { get; set; } = JobStatus.Queued;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When it may start; the order in which queued jobs are claimed.</summary>
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? ScheduledAt { get; set; }
    public Guid? ScheduleId { get; set; }

    /// <summary>The schedule's slot this job fires for: unique per schedule, so a slot fires once.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    /// <summary>Slots of its schedule missed while no instance ran, folded into this one run.</summary>
    public int MissedSlots { get; set; }

    public List<JobStep> Steps { get; set; } = [];
    public List<JobRun> Runs { get; set; } = [];
    public List<JobEvent> Events { get; set; } = [];
    public List<JobComment> Comments { get; set; } = [];
    /// <summary>Why it was last queued: created, a schedule's slot, redo, retry from a step, a lost worker…</summary>
    public string QueuedReason { get; set; } = "created";
    public string? Feedback { get; set; }
    public string? Error { get; set; }
    public bool CancelRequested { get; set; }

    /// <summary>The instance running it and its last sign of life; a stale one means the worker died.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>Runs started since the job was last (re)queued by a person: bounded by the retry limit.</summary>
    public int Attempts { get; set; }

    /// <summary>A new job of the template, queued, or scheduled when <paramref name="scheduledAt"/> is later than now.</summary>
    public static Job Create(JobTemplate template, List<JobStep> steps, Guid ownerId, JsonElement inputs, DateTimeOffset now, DateTimeOffset? scheduledAt = null)
    {
        var job = new Job
        {
            Id = Guid.CreateVersion7(), OwnerId = ownerId, TemplateId = template.Id, TemplateName = template.Name, Inputs = inputs.Clone(), Steps = steps,
            CreatedAt = now, UpdatedAt = now, ScheduledAt = scheduledAt?.ToUniversalTime(), DueAt = scheduledAt is { } at && at > now ? at.ToUniversalTime() : now,
        };
        job.Status = job.DueAt > now ? JobStatus.Scheduled : JobStatus.Queued;
        PlatformMetrics.JobsQueued.Add(1);
        job.Log(now, "status", job.Status == JobStatus.Scheduled ? $"Scheduled for {job.DueAt:O}." : "Queued.");
        return job;
    }

    /// <summary>Back in the queue, ready to be claimed at once.</summary>
    public void Requeue(DateTimeOffset at, string reason, bool countsAsAttempt = false)
    {
        if (!countsAsAttempt) Attempts = 0;
        QueuedReason = reason;
        DueAt = at;
        ClaimedBy = null;
        HeartbeatAt = null;
        CancelRequested = false;
        Error = null;
        foreach (var step in Steps)
        {
            if (step.Status is StepStatus.Running or StepStatus.Cancelled or StepStatus.Failed) step.Reset();
            else if (step.Status == StepStatus.Blocked) step.Status = StepStatus.Pending;
        }
        MoveTo(JobStatus.Queued, at, $"Queued again: {reason}.");
    }

    public JobStep? Step(string id) => Steps.FirstOrDefault(s => s.Id == id);

    /// <summary>
    /// Cancels a job that is not running yet, or asks the running one to stop; false when it was already asked.
    /// </summary>
    /// <exception cref="ProblemException">409: it has already finished.</exception>
    public bool RequestCancel(DateTimeOffset at)
    {
        switch (Status)
        {
            case JobStatus.Scheduled or JobStatus.Queued or JobStatus.Blocked:
                foreach (var step in Steps.Where(s => s.Status is StepStatus.Pending or StepStatus.Blocked)) step.Status = StepStatus.Cancelled;
                MoveTo(JobStatus.Cancelled, at, "Cancelled before it ran.");
                return true;
            case JobStatus.Running when !CancelRequested:
                CancelRequested = true;
                Log(at, "status", "Cancellation requested.");
                UpdatedAt = at;
                return true;
            case JobStatus.Running:
                return false;
            default:
                throw JobAccess.NotNow(this, "cancelled");
        }
    }

    /// <summary>Approves the step a blocked job waits at and queues it again.</summary>
    public void Unblock(Guid by, DateTimeOffset at)
    {
        if (Status != JobStatus.Blocked) throw JobAccess.NotNow(this, "unblocked");
        foreach (var step in Steps.Where(s => s.Status == StepStatus.Blocked)) step.Approved = true;
        Comments.Add(new JobComment(Guid.CreateVersion7(), by, "Unblocked.", at));
        Requeue(at, "unblocked");
    }

    /// <summary>Queues the job again from one step: it and every step that needs it run again, the others keep their results.</summary>
    public void RetryFrom(string stepId, DateTimeOffset at)
    {
        if (Step(stepId) is null)
            throw new ProblemException(StatusCodes.Status404NotFound, "Step not found", $"The job has no step '{stepId}'.");
        var again = JobGraph.WithDependents(Steps, stepId);
        foreach (var step in Steps.Where(s => again.Contains(s.Id))) step.Reset();
        Requeue(at, $"retry from step '{stepId}'");
    }

    public JobRun? CurrentRun => Runs.Count > 0 && Runs[^1].EndedAt is null ? Runs[^1] : null;

    /// <summary>The output of the last step that finished, in dependency order.</summary>
    public JsonElement? Result => JobGraph.Ordered(Steps).LastOrDefault(s => s.Status == StepStatus.Done)?.Output;

    public void Log(DateTimeOffset at, string type, string message, string? stepId = null) =>
        Events.Add(new JobEvent(Events.Count + 1, at, type, message, Status, stepId));

    public void MoveTo(string status, DateTimeOffset at, string message)
    {
        Status = status;
        UpdatedAt = at;
        Log(at, "status", message);
    }

    /// <summary>Ends the run and the job's claim, and moves it to where it settled (done, failed, cancelled, blocked).</summary>
    public void Settle(DateTimeOffset at, string status, string message, string? error = null)
    {
        EndRun(at, status, error);
        ClaimedBy = null;
        MoveTo(status, at, message);
    }

    /// <summary>Ends the open run (if any) the way the job ended.</summary>
    public void EndRun(DateTimeOffset at, string outcome, string? error = null)
    {
        if (CurrentRun is not { } run) return;
        run.EndedAt = at;
        run.Outcome = outcome;
        run.Error = error;
    }
}

/// <param name="Approval">The job waits (blocked) before this step until someone unblocks it.</param>
public sealed class JobStep
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> Needs { get; set; } = [];
    public JsonElement Inputs { get; set; }
    public bool Approval { get; set; }
    public bool Approved { get; set; }

    /// <summary>Conditions it follows: it runs only when each named step's output <c>result</c> is the value given.</summary>
    public Dictionary<string, bool>? When { get; set; }
    public string Status { get; set; } = StepStatus.Pending;
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public JsonElement? Output { get; set; }
    public bool HasArtifact { get; set; }
    public string? Error { get; set; }

    public void Reset()
    {
        Status = StepStatus.Pending;
        StartedAt = EndedAt = null;
        Output = null;
        HasArtifact = false;
        Error = null;
        Approved = false;
    }
}

/// <summary>One attempt: which instance ran it, why it started, how it ended (done, failed, cancelled, blocked, lost, interrupted).</summary>
public sealed class JobRun
{
    public int Number { get; set; }
    public string InstanceId { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? Outcome { get; set; }
    public string? Error { get; set; }
}

/// <param name="Id">Position in the job's log: the SSE event id.</param>
/// <param name="Type">status, step or log.</param>
/// <param name="Status">The job's status once this happened.</param>
public sealed record JobEvent(int Id, DateTimeOffset At, string Type, string Message, string Status, string? StepId);

public sealed record JobComment(Guid Id, Guid UserId, string Text, DateTimeOffset At);
