using System.Text.Json;
using Marten;
using Platform.Features.Common;

namespace Platform.Features.Webhooks;

/// <summary>A delivery for every enabled webhook that wants the event: the owner's own, or the event's rooms'.</summary>
public sealed class WebhookEvents(WebhookDispatcher dispatcher) : IPlatformEventHandler
{
    public async Task HandleAsync(IDocumentSession session, PlatformEvent platformEvent, CancellationToken ct)
    {
        var owner = platformEvent.OwnerId;
        var rooms = platformEvent.RoomIds.Select(r => (Guid?)r).ToArray();
        var webhooks = await session.Query<Webhook>()
            .Where(w => w.Enabled && ((w.OwnerId == owner && w.RoomId == null) || w.RoomId.IsOneOf(rooms))).ToListAsync(ct);
        var wanting = webhooks.Where(w => w.Wants(platformEvent.Type)).ToList();
        foreach (var webhook in wanting)
            session.Insert(WebhookDeliveries.New(webhook, platformEvent.Type, platformEvent.Data, platformEvent.At));
        if (wanting.Count > 0) session.Listeners.Add(new AfterCommit(dispatcher.Wake));
    }
}

public static class WebhookDeliveries
{
    /// <summary>A pending delivery of the event, due now; its body is fixed here (<c>{ type, timestamp, data }</c>).</summary>
    public static WebhookDelivery New(Webhook webhook, string type, JsonElement data, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        return new WebhookDelivery
        {
            Id = id, WebhookId = webhook.Id, MessageId = $"msg_{id:N}", EventType = type, CreatedAt = at, NextAttemptAt = at,
            Body = JsonSerializer.Serialize(new { type, timestamp = at, data }, JsonSerializerOptions.Web),
        };
    }
}
