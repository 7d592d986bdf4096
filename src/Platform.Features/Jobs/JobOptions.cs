namespace Platform.Features.Jobs;

/// <summary><c>Platform:Jobs</c>: the dispatcher every instance runs, and where multi-step templates are found.</summary>
public sealed class JobOptions
{
    /// <summary>Folder of <c>*.job_workflow.yaml</c> templates; a relative path is from the repository root (or the content root).</summary>
    public string TemplatesDirectory { get; set; } = "templates";

    /// <summary>Jobs this instance runs at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>Jobs of one user running at once across instances; their others wait queued while everyone else's run.</summary>
    public int RunningPerUser { get; set; } = 2;

    /// <summary>How often an idle instance looks for queued jobs, and the leader for due schedules.</summary>
    public int PollIntervalMs { get; set; } = 500;

    /// <summary>How often a running job (and each instance) shows it is alive.</summary>
    public int HeartbeatMs { get; set; } = 2000;

    /// <summary>Without a heartbeat this long, a running job's worker is taken for dead and the job re-queued.</summary>
    public int WorkerTimeoutMs { get; set; } = 30_000;

    /// <summary>Runs a job gets before a dead worker's job is failed instead of re-queued.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary><c>catchUp</c>: slots missed while no instance ran become one run; <c>skip</c>: they are dropped.</summary>
    public string MissedRuns { get; set; } = "catchUp";

    /// <summary>A slot found later than this after its time counts as missed.</summary>
    public int MisfireGraceMs { get; set; } = 30_000;
}
