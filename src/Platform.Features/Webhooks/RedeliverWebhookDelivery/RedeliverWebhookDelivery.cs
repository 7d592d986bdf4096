using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

public sealed record RedeliverWebhookDelivery(Guid WebhookId, Guid DeliveryId) : IRequest<WebhookDeliveryResponse>;

/// <summary>Sends a delivered or failed delivery again (the same webhook-id and body), with a fresh set of attempts.</summary>
public sealed class RedeliverWebhookDeliveryHandler(IDocumentSession session, CurrentUser caller, WebhookDispatcher dispatcher, TimeProvider clock)
    : IRequestHandler<RedeliverWebhookDelivery, WebhookDeliveryResponse>
{
    public async ValueTask<WebhookDeliveryResponse> Handle(RedeliverWebhookDelivery request, CancellationToken ct)
    {
        var webhook = await session.RequireWebhookAsync(request.WebhookId, caller, RoomRole.Editor, ct);
        if (await session.LoadAsync<WebhookDelivery>(request.DeliveryId, ct) is not { } delivery || delivery.WebhookId != webhook.Id)
            throw new ProblemException(StatusCodes.Status404NotFound, "Delivery not found", $"The webhook has no delivery {request.DeliveryId}.");
        if (delivery.Status == WebhookDeliveryStatus.Pending) throw ProblemException.Conflict("The delivery is still being attempted.");
        if (!webhook.Enabled) throw ProblemException.Conflict("The webhook is disabled; enable it first.");
        delivery.Status = WebhookDeliveryStatus.Pending;
        delivery.NextAttemptAt = clock.GetUtcNow();
        delivery.RoundStart = delivery.Attempts.Count;
        session.Update(delivery);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            throw ProblemException.Conflict("The delivery changed meanwhile; read it again.");
        }
        dispatcher.Wake();
        return WebhookDeliveryResponse.From(delivery);
    }
}
