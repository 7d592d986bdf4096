using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;
using Platform.Features.Jobs;

namespace Platform.Features.Automations;

/// <summary>
/// Starts the automations an event triggers, in the event's own transaction: the owner's personal automations for their
/// events, a room's automations for the room's. What automations do themselves (their runs' job events, messages their
/// steps post) starts none, so automations cannot set each other off in a loop.
/// </summary>
public sealed class AutomationEvents(AutomationGraphCheck check, JobDispatcher dispatcher, ILogger<AutomationEvents> logger) : IPlatformEventHandler
{
    public async Task HandleAsync(IDocumentSession session, PlatformEvent platformEvent, CancellationToken ct)
    {
        if (platformEvent.FromJob || IsAutomationRun(platformEvent)) return;
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
                AutomationRuns.Start(session, check, automation, automation.OwnerId, inputs, $"{AutomationTriggerType.Event}:{platformEvent.Type}", platformEvent.At);
                started++;
            }
            catch (ValidationException e)
            {
                logger.LogWarning("Automation {AutomationId} did not start on {EventType}: {Errors}", automation.Id, platformEvent.Type,
                    string.Join(" ", e.Errors.Select(f => $"{f.PropertyName}: {f.ErrorMessage}")));
            }
        }
        if (started > 0) session.Listeners.Add(new QueuedAfterCommit(dispatcher));
    }

    private static bool IsAutomationRun(PlatformEvent e) =>
        e.Type is PlatformEvents.JobDone or PlatformEvents.JobFailed && e.Data.TryGetProperty("templateId", out var template)
        && template.GetString()?.StartsWith("automation:", StringComparison.Ordinal) == true;

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

    private sealed class QueuedAfterCommit(JobDispatcher dispatcher) : DocumentSessionListenerBase
    {
        public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            dispatcher.JobsQueued();
            return Task.CompletedTask;
        }
    }
}
