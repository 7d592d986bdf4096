using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

public sealed record DeleteWebhook(Guid WebhookId) : IRequest;

/// <summary>Deletes the webhook and its deliveries; pending ones are never sent.</summary>
public sealed class DeleteWebhookHandler(IDocumentSession session, CurrentUser caller) : IRequestHandler<DeleteWebhook>
{
    public async ValueTask<Unit> Handle(DeleteWebhook request, CancellationToken ct)
    {
        var webhook = await session.RequireWebhookAsync(request.WebhookId, caller, RoomRole.Editor, ct);
        WebhookRemoval.Delete(session, webhook.Id);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
