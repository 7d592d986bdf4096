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

/// <summary>Messages another area posts into a room's chat: the assistant answering there.</summary>
public static class RoomChat
{
    /// <summary>The author of the assistant's messages; no account has this id.</summary>
    public static readonly Guid AssistantId = new("00000000-0000-0000-0000-00000000a551");
    public const string AssistantName = "Assistant";

    /// <summary>Appends the assistant's message to the room's stream (locked, as a person's post is); the caller saves the session.</summary>
    public static async Task<Guid> PostAsAssistantAsync(IDocumentSession session, Guid roomId, string content, DateTimeOffset at, CancellationToken ct)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Room>(roomId, ct);
        var id = Guid.CreateVersion7();
        var text = content.Trim();
        stream.AppendOne(new MessagePosted(id, AssistantId, text.Length <= PostMessageValidator.MaxLength ? text : text[..(PostMessageValidator.MaxLength - 1)] + "…", at));
        return id;
    }
}
