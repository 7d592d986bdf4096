using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <param name="MyRole">The caller's role, as a member or through a group; null for an administrator who is neither.</param>
/// <param name="Version">The room stream's version: send it back on PATCH to refuse a stale write.</param>
/// <param name="OrganizationId">The organisation the room belongs to, whose owners and admins manage it.</param>
public sealed record RoomResponse(
    Guid Id, string Name, string? Description, RoomRole? MyRole, int MemberCount, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version,
    Guid? OrganizationId)
{
    public static RoomResponse From(Room room, CurrentUser caller) => new(
        room.Id, room.Name, room.Description, room.RoleOf(caller.Id, caller.GroupIds), room.Members.Count, room.CreatedAt, room.UpdatedAt, room.Version,
        room.OrganizationId);
}
