using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

public sealed record RenewAutomationWebhook(Guid AutomationId) : IRequest<AutomationResponse>;

/// <summary>A new token and signing secret for the webhook trigger (shown in this answer only); the old ones stop working.</summary>
public sealed class RenewAutomationWebhookHandler(IDocumentSession session, CurrentUser caller, SecretProtection protection, TimeProvider clock)
    : IRequestHandler<RenewAutomationWebhook, AutomationResponse>
{
    public async ValueTask<AutomationResponse> Handle(RenewAutomationWebhook request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Editor, ct);
        if (automation.WebhookTrigger is null) throw ProblemException.Conflict("The automation has no webhook trigger; add one with PATCH first.");
        var issued = AutomationWebhooks.Issue(automation, protection);
        automation.UpdatedAt = clock.GetUtcNow();
        session.Update(automation);
        await session.SaveChangesAsync(ct);
        return AutomationResponse.From(automation, issued);
    }
}
