using Marten;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <summary>
/// Who may do what in a room. Anyone who is neither a member nor an administrator gets 404, so a room's
/// existence is not leaked; a member whose role is too low gets 403.
/// </summary>
public static class RoomAccess
{
    public static Room Require(Room? room, CurrentUser caller, RoomRole minimum)
    {
        if (room is null) throw NotFound();
        if (caller.IsAdmin) return room;
        var member = room.Member(caller.Id) ?? throw NotFound();
        if (member.Role < minimum)
            throw new ProblemException(StatusCodes.Status403Forbidden, "Forbidden", $"This needs the {minimum.ToString().ToLowerInvariant()} role in the room.");
        return room;
    }

    public static async Task<Room> RequireAsync(this IQuerySession session, Guid roomId, CurrentUser caller, RoomRole minimum, CancellationToken ct) =>
        Require(await session.LoadAsync<Room>(roomId, ct), caller, minimum);

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The room was not found.");
}

/// <summary>How other areas ask about membership, without reading a room's members themselves.</summary>
public static class RoomMembership
{
    /// <summary>Of <paramref name="roomIds"/>, the rooms <paramref name="userId"/> is a member of.</summary>
    public static async Task<IReadOnlyList<Guid>> RoomsOfAsync(this IQuerySession session, Guid userId, IEnumerable<Guid> roomIds, CancellationToken ct) =>
        (await session.LoadManyAsync<Room>(ct, roomIds.Distinct())).Where(r => r.Member(userId) is not null).Select(r => r.Id).ToList();

    /// <summary>Every room <paramref name="userId"/> is a member of.</summary>
    public static async Task<IReadOnlyList<Guid>> AllRoomsOfAsync(this IQuerySession session, Guid userId, CancellationToken ct) =>
        await session.Query<Room>().Where(r => r.Members.Any(m => m.UserId == userId)).Select(r => r.Id).ToListAsync(ct);
}
