using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed record DeleteRoom(Guid RoomId) : IRequest;

/// <summary>
/// Deletes a room with its history and messages (owners). Other areas remove what belongs only to the
/// room by handling <see cref="RoomDeleting"/> in the same transaction; users' own data stays.
/// </summary>
public sealed class DeleteRoomHandler(IDocumentSession session, IPublisher publisher, RoomEventLog events, CurrentUser caller) : IRequestHandler<DeleteRoom>
{
    public async ValueTask<Unit> Handle(DeleteRoom request, CancellationToken ct)
    {
        await session.RequireAsync(request.RoomId, caller, RoomRole.Owner, ct);
        await DeleteAsync(session, publisher, events, request.RoomId, ct);
        // After the log is cleared, so watchers still learn of the deletion.
        events.Publish(session, request.RoomId, "room.deleted", new { request.RoomId, DeletedBy = caller.Id });
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }

    /// <summary>Queues the room's deletion with its history into the session, and lets other areas remove what was only the room's.</summary>
    public static async Task DeleteAsync(IDocumentSession session, IPublisher publisher, RoomEventLog events, Guid roomId, CancellationToken ct)
    {
        session.Delete<Room>(roomId);
        session.Events.TombstoneStream(roomId);
        events.Forget(session, roomId);
        await publisher.Publish(new RoomDeleting(roomId), ct);
    }
}

/// <summary>The room's chat goes with it.</summary>
public sealed class DeleteRoomMessages(IDocumentSession session) : INotificationHandler<RoomDeleting>
{
    public ValueTask Handle(RoomDeleting notification, CancellationToken ct)
    {
        session.DeleteWhere<RoomMessage>(m => m.RoomId == notification.RoomId);
        return ValueTask.CompletedTask;
    }
}
