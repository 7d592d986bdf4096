using System.Text.Json;

namespace Platform.Features.Jobs;

/// <param name="ScheduledFor">The schedule's slot this job fired for.</param>
/// <param name="MissedSlots">Slots missed while no instance ran, folded into this run.</param>
/// <param name="TemplateVersion">The version of a versioned template (an automation) it was made from.</param>
/// <param name="Trigger">What started it when not a request here: manual, webhook, schedule or an event.</param>
public sealed record JobSummary(
    Guid Id, string TemplateId, string TemplateName, int? TemplateVersion, string? Trigger, string Status, Guid OwnerId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? ScheduledAt, Guid? ScheduleId, DateTimeOffset? ScheduledFor, int MissedSlots, int Runs, string? Error)
{
    public static JobSummary From(Job j) =>
        new(j.Id, j.TemplateId, j.TemplateName, j.TemplateVersion, j.Trigger, j.Status, j.OwnerId, j.CreatedAt, j.UpdatedAt, j.ScheduledAt, j.ScheduleId, j.ScheduledFor, j.MissedSlots, j.Runs.Count, j.Error);
}

public sealed record JobStepResponse(
    string Id, string Kind, IReadOnlyList<string> Needs, JsonElement Inputs, bool Approval, bool Approved, string Status,
    DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, JsonElement? Output, bool HasArtifact, string? Error, IReadOnlyDictionary<string, bool>? When)
{
    public static JobStepResponse From(JobStep s) =>
        new(s.Id, s.Kind, s.Needs, s.Inputs, s.Approval, s.Approved, s.Status, s.StartedAt, s.EndedAt, s.Output, s.HasArtifact, s.Error, s.When);
}

/// <param name="Result">The output of the last step that finished (for query.run: sql, columns, the first rows, rowCount).</param>
/// <param name="Attempts">Runs since it was last queued by a person (a lost worker's job is retried up to a limit).</param>
/// <param name="ClaimedBy">The instance running it, while it runs.</param>
/// <param name="TemplateVersion">The version of a versioned template (an automation) it was made from.</param>
/// <param name="Trigger">What started it when not a request here: manual, webhook, schedule or an event.</param>
public sealed record JobResponse(
    Guid Id, string TemplateId, string TemplateName, int? TemplateVersion, string? Trigger, string Status, Guid OwnerId, JsonElement Inputs, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? ScheduledAt, Guid? ScheduleId, DateTimeOffset? ScheduledFor, int MissedSlots, string QueuedReason, string? Feedback, string? Error,
    bool CancelRequested, string? ClaimedBy, DateTimeOffset? HeartbeatAt, int Attempts, JsonElement? Result, bool HasArtifact,
    IReadOnlyList<JobStepResponse> Steps, IReadOnlyList<JobRun> Runs, IReadOnlyList<JobEvent> Events, IReadOnlyList<JobComment> Comments)
{
    public static JobResponse From(Job j) =>
        new(j.Id, j.TemplateId, j.TemplateName, j.TemplateVersion, j.Trigger, j.Status, j.OwnerId, j.Inputs, j.CreatedAt, j.UpdatedAt, j.ScheduledAt, j.ScheduleId, j.ScheduledFor, j.MissedSlots,
            j.QueuedReason, j.Feedback, j.Error, j.CancelRequested, j.ClaimedBy, j.HeartbeatAt, j.Attempts, j.Result, j.Steps.Any(s => s.HasArtifact),
            JobGraph.Ordered(j.Steps).Select(JobStepResponse.From).ToList(), j.Runs, j.Events, j.Comments);
}
