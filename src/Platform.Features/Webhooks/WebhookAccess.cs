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
        if (webhook.OwnerId == caller.Id || caller.IsAdmin) return webhook;
        var role = webhook.RoomId is { } roomId && await session.LoadAsync<Room>(roomId, ct) is { } room ? room.RoleOf(caller.Id, caller.GroupIds) : null;
        if (role is null) throw NotFound(id);
        if (role < needed) throw ProblemException.Forbidden($"This needs the {needed.ToString().ToLowerInvariant()} role in the webhook's room.");
        return webhook;
    }

    public static ProblemException NotFound(Guid id) => new(StatusCodes.Status404NotFound, "Webhook not found", $"There is no webhook {id} you can see.");
}
