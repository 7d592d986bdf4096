using Marten;

namespace Platform.Features.Rooms;

// How another area takes part in rooms, in one place. Telling a room's subscribers something is
// Common's IRoomEvents; asking who is a member is RoomMembership (RoomAccess.cs); the two below are
// for keeping things in rooms.

/// <summary>Published before a room's deletion is saved, so other areas can remove what belongs only to the room in the same transaction.</summary>
public sealed record RoomDeleting(Guid RoomId) : Mediator.INotification;

/// <summary>
/// An area's account of what it keeps in a room (datasets, dashboards, jobs…). Implementations anywhere in
/// the features assembly are found at start-up, so the status grows without this slice changing.
/// </summary>
public interface IRoomStatusContributor
{
    Task<IReadOnlyList<RoomHolding>> DescribeAsync(IQuerySession session, Room room, CancellationToken ct);
}

/// <summary>One kind of thing a room holds, and how many.</summary>
public sealed record RoomHolding(string Kind, long Count);
