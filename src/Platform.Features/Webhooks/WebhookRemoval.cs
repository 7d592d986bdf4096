using Marten;
using Marten.Patching;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

public static class WebhookRemoval
{
    public static void Delete(IDocumentSession session, Guid webhookId)
    {
        session.DeleteWhere<WebhookDelivery>(d => d.WebhookId == webhookId);
        session.Delete<Webhook>(webhookId);
    }
}

/// <summary>A room's webhooks go with it.</summary>
public sealed class DeleteWebhooksOfDeletedRoom(IDocumentSession session) : Mediator.INotificationHandler<RoomDeleting>
{
    public async ValueTask Handle(RoomDeleting notification, CancellationToken ct)
    {
        foreach (var id in await session.Query<Webhook>().Where(w => w.RoomId == notification.RoomId).Select(w => w.Id).ToListAsync(ct))
            WebhookRemoval.Delete(session, id);
    }
}

/// <summary>A deleted account's webhooks pass to its successor.</summary>
public sealed class WebhookHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        [new("webhooks", await session.Query<Webhook>().CountAsync(w => w.OwnerId == userId, ct))];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<Webhook>(w => w.OwnerId == handover.UserId).Set(w => w.OwnerId, handover.SuccessorId);
        return Task.CompletedTask;
    }
}

/// <summary>A person's webhooks (and what was queued for them) go with them.</summary>
public sealed class WebhookPersonalData : IPersonalData
{
    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        foreach (var id in await session.Query<Webhook>().Where(w => w.OwnerId == erasure.UserId).Select(w => w.Id).ToListAsync(ct))
            WebhookRemoval.Delete(session, id);
    }
}
