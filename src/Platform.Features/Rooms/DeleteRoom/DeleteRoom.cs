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
        session.Delete<Room>(request.RoomId);
        session.Events.TombstoneStream(request.RoomId);
        events.Forget(session, request.RoomId);
        events.Publish(session, request.RoomId, "room.deleted", new { request.RoomId, DeletedBy = caller.Id });
        await publisher.Publish(new RoomDeleting(request.RoomId), ct);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
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
