using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <summary>
/// A deleted account leaves its rooms; the rooms it owned get the successor as owner. When the person is erased, a
/// room only they were in (outside any organisation) is deleted instead.
/// </summary>
public sealed class RoomHandover(TimeProvider clock, IPublisher publisher, RoomEventLog events) : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct)
    {
        var rooms = await session.Query<Room>().Where(r => r.Members.Any(m => m.UserId == userId)).ToListAsync(ct);
        return [new("rooms owned", rooms.Count(r => r.Member(userId)!.Role == RoomRole.Owner)), new("room memberships", rooms.Count)];
    }

    public async Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var leaving = handover.UserId;
        var roomIds = await session.Query<Room>().Where(r => r.Members.Any(m => m.UserId == leaving)).Select(r => r.Id).ToListAsync(ct);
        foreach (var roomId in roomIds)
        {
            var stream = await session.Events.FetchForExclusiveWriting<Room>(roomId, ct);
            var room = stream.Aggregate!;
            if (handover.Erasing && room.OrganizationId is null && room.Members.All(m => m.UserId == leaving))
            {
                await DeleteRoomHandler.DeleteAsync(session, publisher, events, roomId, ct);
                continue;
            }
            if (room.Member(handover.UserId)?.Role == RoomRole.Owner)
            {
                if (room.Member(handover.SuccessorId) is null) stream.AppendOne(new MemberAdded(handover.SuccessorId, handover.SuccessorEmail, RoomRole.Owner, handover.SuccessorId, now));
                else if (room.Member(handover.SuccessorId)!.Role != RoomRole.Owner) stream.AppendOne(new MemberRoleChanged(handover.SuccessorId, RoomRole.Owner, handover.SuccessorId, now));
            }
            stream.AppendOne(new MemberRemoved(handover.UserId, handover.SuccessorId, now));
        }
    }
}
