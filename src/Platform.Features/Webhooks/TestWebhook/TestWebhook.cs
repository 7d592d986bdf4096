using System.Text.Json;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

public sealed record TestWebhook(Guid WebhookId) : IRequest<WebhookDeliveryResponse>;

/// <summary>Sends a <c>webhook.test</c> event once, now, and answers with how it went (it is kept with the deliveries; not retried).</summary>
public sealed class TestWebhookHandler(IDocumentSession session, CurrentUser caller, WebhookSender sender, WebhookDispatcher dispatcher, TimeProvider clock)
    : IRequestHandler<TestWebhook, WebhookDeliveryResponse>
{
    public async ValueTask<WebhookDeliveryResponse> Handle(TestWebhook request, CancellationToken ct)
    {
        var webhook = await session.RequireWebhookAsync(request.WebhookId, caller, RoomRole.Editor, ct);
        var delivery = WebhookDeliveries.New(webhook, WebhookEventTypes.Test,
            JsonSerializer.SerializeToElement(new { webhookId = webhook.Id, message = "A test delivery: this webhook works." }), clock.GetUtcNow());
        var attempt = await sender.SendAsync(webhook, delivery, ct);
        dispatcher.Record(session, delivery, attempt, spent: true, webhookId: null);
        session.Insert(delivery);
        await session.SaveChangesAsync(ct);
        return WebhookDeliveryResponse.From(delivery);
    }
}
