using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

/// <summary>What to change; what is left out stays. Every save is a new version.</summary>
public sealed record UpdateAutomationRequest(
    string? Name, string? Description, bool? Enabled, AutomationGraph? Graph, JsonElement? Inputs, IReadOnlyList<AutomationTrigger>? Triggers);

public sealed record UpdateAutomation(Guid AutomationId, UpdateAutomationRequest Changes) : IRequest<AutomationResponse>;

public sealed class UpdateAutomationValidator : AbstractValidator<UpdateAutomation>
{
    public UpdateAutomationValidator(AutomationGraphCheck check)
    {
        RuleFor(x => x.Changes).NotNull();
        When(x => x.Changes is not null, () =>
        {
            RuleFor(x => x.Changes.Name).IsAutomationName().OverridePropertyName("name");
            RuleFor(x => x.Changes.Description).MaximumLength(2000).OverridePropertyName("description");
            RuleFor(x => x.Changes.Inputs).IsInputsSchema().OverridePropertyName("inputs");
            AutomationRules.Triggers(RuleFor(x => x.Changes.Triggers).Configure(rule => rule.PropertyName = "triggers"));
            AutomationRules.Graph(RuleFor(x => x.Changes.Graph), check, x => x.Changes.Inputs);
        });
    }
}

/// <summary>
/// Changes an automation (its room's editors, or its owner). Adding a webhook trigger issues its token and signing
/// secret (shown in this answer only); removing it forgets them.
/// </summary>
public sealed class UpdateAutomationHandler(
    IDocumentSession session, CurrentUser caller, AutomationGraphCheck check, Jobs.JobDispatcher dispatcher, SecretProtection protection, TimeProvider clock)
    : IRequestHandler<UpdateAutomation, AutomationResponse>
{
    public async ValueTask<AutomationResponse> Handle(UpdateAutomation request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Editor, ct);
        var changes = request.Changes;
        var now = clock.GetUtcNow();
        var inputsGiven = changes.Inputs is { ValueKind: not JsonValueKind.Undefined };
        var inputs = inputsGiven ? AutomationVersions.SchemaOrNull(changes.Inputs) : automation.Inputs;
        var graph = changes.Graph ?? automation.Graph;
        // The validator checked a graph given with its inputs schema; one given alone meets the other as saved.
        if (changes.Graph is null ? inputsGiven : !inputsGiven) check.Require(graph, inputs);
        if (changes.Name is not null) automation.Name = changes.Name.Trim();
        if (changes.Description is not null) automation.Description = changes.Description.Trim();
        if (changes.Enabled is { } enabled) automation.Enabled = enabled;
        (string, string)? issued = null;
        if (changes.Triggers is not null)
        {
            var hadWebhook = automation.WebhookTrigger is not null;
            automation.Triggers = [.. changes.Triggers];
            if (automation.WebhookTrigger is null) AutomationWebhooks.Forget(automation);
            else if (!hadWebhook) issued = AutomationWebhooks.Issue(automation, protection);
        }
        automation.Graph = graph;
        automation.Inputs = inputs;
        automation.Version++;
        session.Insert(AutomationVersions.Of(automation, caller.Id, now));
        automation.UpdatedAt = now;
        session.Update(automation);
        AutomationSchedules.Sync(session, check, automation, now);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            throw ProblemException.Conflict("The automation was changed by someone else at the same time; read it again and repeat the change.");
        }
        dispatcher.SchedulesChanged();
        return AutomationResponse.From(automation, issued);
    }
}
