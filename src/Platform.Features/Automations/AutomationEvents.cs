using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Marten;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;
using Platform.Features.Jobs;

namespace Platform.Features.Automations;

/// <summary>
/// Starts the automations an event triggers, in the event's own transaction: the owner's personal automations for their
/// events, a room's automations for the room's. What automations do themselves (their runs' job events, messages their
/// steps post) starts none, so automations cannot set each other off in a loop.
/// </summary>
public sealed class AutomationEvents(AutomationGraphCheck check, JobDispatcher dispatcher, IRoomEvents roomEvents, ILogger<AutomationEvents> logger) : IPlatformEventHandler
{
    public async Task HandleAsync(IDocumentSession session, PlatformEvent platformEvent, CancellationToken ct)
    {
        if (AutomationOfRun(platformEvent) is { } automationId)
        {
            await TellRoomAsync(session, automationId, platformEvent, ct);
            return;
        }
        if (platformEvent.FromJob) return;
        var owner = platformEvent.OwnerId;
        var rooms = platformEvent.RoomIds.Select(r => (Guid?)r).ToArray();
        var automations = await session.Query<Automation>()
            .Where(a => a.Enabled && ((a.OwnerId == owner && a.RoomId == null) || a.RoomId.IsOneOf(rooms))).ToListAsync(ct);
        var started = 0;
        foreach (var automation in automations.Where(a => a.Triggers.Any(t => Fires(t, platformEvent))))
        {
            var inputs = JsonSerializer.SerializeToElement(new { @event = new { id = platformEvent.Id, type = platformEvent.Type, at = platformEvent.At, data = platformEvent.Data } },
                JsonSerializerOptions.Web);
            try
            {
                AutomationRuns.Start(session, check, roomEvents, automation, automation.OwnerId, inputs, $"{AutomationTriggerType.Event}:{platformEvent.Type}", platformEvent.At);
                started++;
            }
            catch (ValidationException e)
            {
                logger.LogWarning("Automation {AutomationId} did not start on {EventType}: {Errors}", automation.Id, platformEvent.Type,
                    string.Join(" ", e.Errors.Select(f => $"{f.PropertyName}: {f.ErrorMessage}")));
            }
        }
        if (started > 0) session.Listeners.Add(new AfterCommit(dispatcher.JobsQueued));
    }

    /// <summary>The automation whose run ended, when the event is a run's end.</summary>
    private static Guid? AutomationOfRun(PlatformEvent e) =>
        e.Type is PlatformEvents.JobDone or PlatformEvents.JobFailed && e.Data.TryGetProperty("templateId", out var template)
        && template.GetString() is { } id && id.StartsWith("automation:", StringComparison.Ordinal) && Guid.TryParse(id["automation:".Length..], out var automationId)
            ? automationId
            : null;

    /// <summary>A room's automation tells its room how each run ended.</summary>
    private async Task TellRoomAsync(IDocumentSession session, Guid automationId, PlatformEvent e, CancellationToken ct)
    {
        if (await session.LoadAsync<Automation>(automationId, ct) is not { RoomId: { } room }) return;
        roomEvents.Publish(session, room, "automation.run.finished", new
        {
            automationId,
            runId = e.Data.GetProperty("jobId").GetGuid(),
            status = e.Data.GetProperty("status").GetString(),
            error = e.Data.TryGetProperty("error", out var error) ? error.GetString() : null,
        });
    }

    private static bool Fires(AutomationTrigger trigger, PlatformEvent e)
    {
        if (trigger.Type != AutomationTriggerType.Event || trigger.Event != e.Type) return false;
        if (trigger.Pattern is null) return true;
        var content = e.Data.TryGetProperty("content", out var c) ? c.GetString() ?? "" : "";
        try
        {
            return Regex.IsMatch(content, trigger.Pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
