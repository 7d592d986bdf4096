using Marten;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

/// <summary>A webhook's owner and administrators manage it; a room's webhook also its room's editors (members read it). Others get 404.</summary>
public static class WebhookAccess
{
    public static async Task<Webhook> RequireWebhookAsync(this IQuerySession session, Guid id, CurrentUser caller, RoomRole needed, CancellationToken ct)
    {
        var webhook = await session.LoadAsync<Webhook>(id, ct) ?? throw NotFound(id);
        await session.RequireOwnerOrRoleAsync(webhook.OwnerId, webhook.RoomId, caller, needed, "webhook", () => NotFound(id), ct);
        return webhook;
    }

    public static ProblemException NotFound(Guid id) => new(StatusCodes.Status404NotFound, "Webhook not found", $"There is no webhook {id} you can see.");
}
