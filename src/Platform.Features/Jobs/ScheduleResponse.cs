using System.Text.Json;

namespace Platform.Features.Jobs;

/// <param name="NextRunAt">The next slot, in UTC; null while disabled.</param>
/// <param name="LastError">Why the last slot could not become a job, if it could not.</param>
public sealed record ScheduleResponse(
    Guid Id, Guid OwnerId, string Name, string TemplateId, JsonElement Inputs, string Cron, string Timezone, bool Enabled,
    DateTimeOffset? NextRunAt, DateTimeOffset? LastRunAt, Guid? LastJobId, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ScheduleResponse From(Schedule s) =>
        new(s.Id, s.OwnerId, s.Name, s.TemplateId, s.Inputs, s.Cron, s.Timezone, s.Enabled, s.NextRunAt, s.LastRunAt, s.LastJobId, s.LastError, s.CreatedAt, s.UpdatedAt);
}

public static class ScheduleRules
{
    /// <summary>
    /// Checks a schedule as it would be saved (template, inputs against its schema, rule, zone) and sets its next
    /// run from now when enabled.
    /// </summary>
    /// <exception cref="FluentValidation.ValidationException">What does not hold, by field.</exception>
    public static void Apply(Schedule schedule, JobTemplates templates, DateTimeOffset now)
    {
        templates.StepsFor(templates.Require(schedule.TemplateId), schedule.Inputs);
        var cron = ScheduleCron.Parse(schedule.Cron, schedule.Timezone);
        var next = cron.Next(now);
        if (next is null)
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("cron", "The rule has no future occurrence.")]);
        schedule.Cron = schedule.Cron.Trim();
        schedule.Timezone = cron.Zone.Id;
        schedule.NextRunAt = schedule.Enabled ? next : null;
        schedule.UpdatedAt = now;
    }
}
