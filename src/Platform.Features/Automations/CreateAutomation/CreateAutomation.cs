using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

/// <param name="RoomId">A room's automation (its editors manage it); yours alone when left out.</param>
/// <param name="Inputs">JSON Schema (type object) a run's inputs are checked against; any object when left out.</param>
/// <param name="Triggers">manual (always possible), webhook, schedule (cron), event (a platform event).</param>
public sealed record CreateAutomation(
    string Name, string? Description, Guid? RoomId, bool? Enabled, AutomationGraph Graph, JsonElement? Inputs, IReadOnlyList<AutomationTrigger>? Triggers)
    : IRequest<AutomationResponse>;

public sealed class CreateAutomationValidator : AbstractValidator<CreateAutomation>
{
    public CreateAutomationValidator(AutomationGraphCheck check)
    {
        RuleFor(x => x.Name).NotEmpty().IsAutomationName();
        RuleFor(x => x.Description).MaximumLength(2000);
        RuleFor(x => x.Inputs).IsInputsSchema();
        RuleFor(x => x.Graph).NotNull();
        AutomationRules.Graph(RuleFor(x => x.Graph), check, x => x.Inputs);
        AutomationRules.Triggers(RuleFor(x => x.Triggers));
    }
}

/// <summary>Saves the automation as version 1; with a webhook trigger, its token and signing secret are in this answer only.</summary>
public sealed class CreateAutomationHandler(
    IDocumentSession session, CurrentUser caller, AutomationGraphCheck check, Jobs.JobDispatcher dispatcher, SecretProtection protection, TimeProvider clock)
    : IRequestHandler<CreateAutomation, AutomationResponse>
{
    public async ValueTask<AutomationResponse> Handle(CreateAutomation request, CancellationToken ct)
    {
        if (request.RoomId is { } roomId) await session.RequireAsync(roomId, caller, RoomRole.Editor, ct);
        var now = clock.GetUtcNow();
        var automation = new Automation
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, RoomId = request.RoomId, Name = request.Name.Trim(), Description = request.Description?.Trim() ?? "",
            Enabled = request.Enabled ?? true, Graph = request.Graph, Inputs = AutomationVersions.SchemaOrNull(request.Inputs),
            Triggers = [.. request.Triggers ?? []], CreatedAt = now, UpdatedAt = now,
        };
        var issued = automation.WebhookTrigger is null ? ((string, string)?)null : AutomationWebhooks.Issue(automation, protection);
        session.Insert(automation);
        session.Insert(AutomationVersions.Of(automation, caller.Id, now));
        AutomationSchedules.Sync(session, check, automation, now);
        await session.SaveChangesAsync(ct);
        dispatcher.SchedulesChanged();
        return AutomationResponse.From(automation, issued);
    }
}
