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
        var role = room.RoleOf(caller.Id, caller.GroupIds) ?? throw NotFound();
        if (role < minimum)
            throw ProblemException.Forbidden($"This needs the {minimum.ToString().ToLowerInvariant()} role in the room.");
        return room;
    }

    public static async Task<Room> RequireAsync(this IQuerySession session, Guid roomId, CurrentUser caller, RoomRole minimum, CancellationToken ct) =>
        Require(await session.LoadAsync<Room>(roomId, ct), caller, minimum);

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The room was not found.");

    /// <summary>
    /// For something a person owns, perhaps in a room (an automation, a webhook): its owner and administrators pass; in
    /// a room, members holding <paramref name="needed"/> pass and others 403; anyone else gets <paramref name="notFound"/>.
    /// </summary>
    public static async Task RequireOwnerOrRoleAsync(
        this IQuerySession session, Guid ownerId, Guid? roomId, CurrentUser caller, RoomRole needed, string what, Func<ProblemException> notFound, CancellationToken ct)
    {
        if (ownerId == caller.Id || caller.IsAdmin) return;
        var role = roomId is { } id && await session.LoadAsync<Room>(id, ct) is { } room ? room.RoleOf(caller.Id, caller.GroupIds) : null;
        if (role is null) throw notFound();
        if (role < needed) throw ProblemException.Forbidden($"This needs the {needed.ToString().ToLowerInvariant()} role in the {what}'s room.");
    }
}

/// <summary>How other areas ask who may see a room, without reading a room's members or grants themselves.</summary>
public static class RoomMembership
{
    /// <summary>Of <paramref name="roomIds"/>, the rooms the caller belongs to, as a member or through a group.</summary>
    public static async Task<IReadOnlyList<Guid>> RoomsOfAsync(this IQuerySession session, CurrentUser caller, IEnumerable<Guid> roomIds, CancellationToken ct)
    {
        var groups = caller.GroupIds;
        return (await session.LoadManyAsync<Room>(ct, roomIds.Distinct())).Where(r => r.RoleOf(caller.Id, groups) is not null).Select(r => r.Id).ToList();
    }

    /// <summary>Every room the caller belongs to, as a member or through a group.</summary>
    public static async Task<IReadOnlyList<Guid>> AllRoomsOfAsync(this IQuerySession session, CurrentUser caller, CancellationToken ct) =>
        await session.Visible(caller).Select(r => r.Id).ToListAsync(ct);

    /// <summary>The rooms the caller belongs to, as a member or through a group, to query further.</summary>
    internal static IQueryable<Room> Visible(this IQuerySession session, CurrentUser caller)
    {
        var me = caller.Id;
        var groups = caller.GroupIds.ToArray();
        return groups.Length == 0
            ? session.Query<Room>().Where(r => r.Members.Any(m => m.UserId == me))
            : session.Query<Room>().Where(r => r.Members.Any(m => m.UserId == me) || r.GroupGrants.Any(g => g.GroupId.IsOneOf(groups))
                || r.OrganizationId.IsOneOf(groups.Select(g => (Guid?)g).ToArray()));
    }
}
