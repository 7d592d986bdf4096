using System.Runtime.CompilerServices;
using System.Text.Json;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <param name="LastEventId">The last event the client has; later ones are replayed from the log first (0: all the log keeps). Null: live only.</param>
public sealed record WatchRoomEvents(Guid RoomId, long? LastEventId) : IStreamRequest<RoomStreamFrame>;

/// <summary>An event, or (when <see cref="Event"/> is null) a heartbeat that keeps idle connections open.</summary>
public sealed record RoomStreamFrame(RoomEventRecord? Event);

/// <summary>
/// A room's events for one subscriber: after the access check, a heartbeat at once, then the missed events
/// from the log, then live ones (each exactly once, in id order), with a heartbeat whenever it is quiet. It ends
/// with a <see cref="ProblemException"/> as soon as the caller may no longer watch: removed from the room, the room
/// deleted (after that event), or their sign-ins revoked (password changed or reset, account deleted).
/// </summary>
public sealed class WatchRoomEventsHandler(
    IQuerySession session, CurrentUser caller, RoomEventHub hub, RoomEventLog log, AccessRevocations revocations)
    : IStreamRequestHandler<WatchRoomEvents, RoomStreamFrame>
{
    private static readonly RoomStreamFrame Heartbeat = new(Event: null);

    public async IAsyncEnumerable<RoomStreamFrame> Handle(WatchRoomEvents request, [EnumeratorCancellation] CancellationToken ct)
    {
        await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct);
        using var access = revocations.WatchUser(caller.Id);
        // Subscribe before reading the log, so nothing committed in between is missed; duplicates are skipped by id.
        using var subscription = hub.Subscribe(request.RoomId);
        yield return Heartbeat;

        // Live only: events this instance handed out before the subscription began are not sent (a connection storm of
        // subscribers costs no read of the log each); events still on their way to the hub are.
        var delivered = request.LastEventId ?? (hub.LastDispatchedId is >= 0 and var dispatched ? dispatched : await log.LastIdAsync(ct));
        if (request.LastEventId is { } lastEventId)
            foreach (var record in await log.ReplayAsync(request.RoomId, lastEventId, ct))
            {
                delivered = record.Id;
                yield return new RoomStreamFrame(record);
                // A replayed removal may predate the caller's return: ask the room as it is now.
                if (EndsAccess(record)) await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct);
            }

        using var watching = CancellationTokenSource.CreateLinkedTokenSource(ct, access.Revoked);
        while (await WaitForEventsAsync(subscription, access.Revoked, watching.Token, ct))
        {
            while (subscription.Reader.TryRead(out var record))
            {
                if (record is null)
                {
                    yield return Heartbeat;
                    continue;
                }
                if (record.Id <= delivered) continue;
                delivered = record.Id;
                yield return new RoomStreamFrame(record);
                if (EndsAccess(record))
                    throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                        record.Type == "room.deleted" ? "The room was deleted." : "You are no longer a member of this room.");
            }
        }
    }

    /// <summary>The room's deletion, or the caller's removal from it (administrators watch any room).</summary>
    private bool EndsAccess(RoomEventRecord record) =>
        record.Type == "room.deleted"
        || record.Type == "member.removed" && !caller.IsAdmin
           && JsonDocument.Parse(record.Payload).RootElement.TryGetProperty("userId", out var removed) && removed.GetGuid() == caller.Id;

    /// <summary>False when the subscription was closed. An overflowed subscription ends the stream with a 429 problem: the client resumes with Last-Event-ID.</summary>
    private static async Task<bool> WaitForEventsAsync(RoomEventHub.Subscription subscription, CancellationToken revoked, CancellationToken watching, CancellationToken ct)
    {
        try
        {
            return await subscription.Reader.WaitToReadAsync(watching);
        }
        catch (SubscriberOverflowException overflow)
        {
            throw new ProblemException(StatusCodes.Status429TooManyRequests, "Too far behind", overflow.Message);
        }
        catch (OperationCanceledException) when (revoked.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw AccessRevocations.Ended("Your sign-in is no longer valid (password changed or account closed); sign in again.");
        }
    }
}
