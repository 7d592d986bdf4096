using System.Text.Json;
using Marten;
using Platform.Features.Common;
using Platform.Features.Jobs;

namespace Platform.Features.Automations;

/// <summary>A run is a job of the automation's template, made from its current version; the caller saves the session.</summary>
public static class AutomationRuns
{
    /// <param name="actingFor">Whose rights the steps use: the person who started it, or the owner for webhooks.</param>
    /// <exception cref="FluentValidation.ValidationException">Inputs the automation's schema or a step's kind refuses.</exception>
    /// <param name="roomEvents">Tells a room's automation's room that the run started.</param>
    public static Job Start(
        IDocumentSession session, AutomationGraphCheck check, IRoomEvents roomEvents, Automation automation, Guid actingFor, JsonElement inputs, string trigger,
        DateTimeOffset now)
    {
        var job = New(check, automation, actingFor, inputs, trigger, now);
        session.Insert(job);
        if (automation.RoomId is { } room)
            roomEvents.Publish(session, room, "automation.run.started",
                new { automationId = automation.Id, runId = job.Id, trigger, version = automation.Version, startedBy = actingFor });
        return job;
    }

    /// <summary>The run as a job, not yet stored.</summary>
    public static Job New(AutomationGraphCheck check, Automation automation, Guid actingFor, JsonElement inputs, string trigger, DateTimeOffset now)
    {
        var steps = check.StepsFor(automation, automation.Graph, automation.Inputs, inputs);
        var template = new JobTemplate(automation.TemplateId, automation.Name, automation.Description, default, [], "automation");
        var job = Job.Create(template, steps, actingFor, inputs, now);
        job.TemplateVersion = automation.Version;
        job.Trigger = trigger;
        job.Log(now, "status", $"Started by the {trigger} trigger of version {automation.Version}.");
        return job;
    }

    /// <summary>Changes a run under its version, as the worker's claims do.</summary>
    public static async Task<Job> ChangeAsync(IDocumentStore store, Guid runId, Func<Job, bool> change, CancellationToken ct) =>
        await JobUpdates.ChangeAsync(store, runId, change, ct)
        ?? throw new ProblemException(StatusCodes.Status404NotFound, "Run not found", "The run was deleted.");
}
