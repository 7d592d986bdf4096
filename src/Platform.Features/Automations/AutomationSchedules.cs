using System.Text.Json;
using Marten;
using Platform.Features.Common;
using Platform.Features.Jobs;

namespace Platform.Features.Automations;

/// <summary>
/// An automation's schedule triggers are the platform's schedules of its template (listed at GET /api/schedules): made
/// again whenever the automation is saved, gone with it. The leader fires them through <see cref="AutomationTemplateSource"/>.
/// </summary>
public static class AutomationSchedules
{
    /// <exception cref="FluentValidation.ValidationException">A schedule's inputs do not fit the automation.</exception>
    public static void Sync(IDocumentSession session, AutomationGraphCheck check, Automation automation, DateTimeOffset now)
    {
        session.DeleteWhere<Schedule>(s => s.TemplateId == automation.TemplateId);
        foreach (var trigger in automation.Triggers.Where(t => t.Type == AutomationTriggerType.Schedule))
        {
            var inputs = TemplateInputs.OrEmpty(trigger.Inputs);
            check.StepsFor(automation, automation.Graph, automation.Inputs, inputs);
            var cron = ScheduleCron.Parse(trigger.Cron!, trigger.Timezone ?? "UTC");
            var name = $"{automation.Name} (automation)";
            session.Insert(new Schedule
            {
                Id = Guid.CreateVersion7(), OwnerId = automation.OwnerId, Name = name.Length <= 200 ? name : name[..200],
                TemplateId = automation.TemplateId, Inputs = inputs, Cron = trigger.Cron!.Trim(), Timezone = cron.Zone.Id, Enabled = automation.Enabled,
                NextRunAt = automation.Enabled ? cron.Next(now) : null, CreatedAt = now, UpdatedAt = now,
            });
        }
    }

    public static void Remove(IDocumentSession session, Guid automationId) =>
        session.DeleteWhere<Schedule>(s => s.TemplateId == Automation.TemplateIdOf(automationId));
}

/// <summary>Makes a schedule's run of an automation: its current version, acting for its owner.</summary>
public sealed class AutomationTemplateSource(AutomationGraphCheck check) : IJobTemplateSource
{
    public string Prefix => "automation:";

    public async Task<Job> NewScheduledJobAsync(IQuerySession session, string templateId, Guid ownerId, JsonElement inputs, DateTimeOffset now, CancellationToken ct)
    {
        var automation = Guid.TryParse(templateId[Prefix.Length..], out var id) ? await session.LoadAsync<Automation>(id, ct) : null;
        if (automation is null)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Automation not found", $"The automation of '{templateId}' no longer exists.");
        if (!automation.Enabled) throw ProblemException.Conflict("The automation is disabled.");
        return AutomationRuns.New(check, automation, automation.OwnerId, inputs, AutomationTriggerType.Schedule, now);
    }
}
