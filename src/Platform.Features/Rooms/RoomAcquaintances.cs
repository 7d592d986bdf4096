using Marten;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <summary>Everyone in a room with the person.</summary>
public sealed class RoomAcquaintances : IAcquaintances
{
    public async Task<IReadOnlyCollection<Guid>> OfAsync(IQuerySession session, Guid userId, CancellationToken ct)
    {
        var rooms = await session.Query<Room>().Where(r => r.Members.Any(m => m.UserId == userId)).ToListAsync(ct);
        return rooms.SelectMany(r => r.Members).Select(m => m.UserId).Where(id => id != userId).ToHashSet();
    }
}
