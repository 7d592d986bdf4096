using Marten;

namespace Platform.Features.Common;

/// <summary>
/// Publishes an event on a room's live stream: every SSE and WebSocket subscriber of the room, on every
/// instance, receives it, and reconnecting clients can replay it. Queued in the given session's unit of
/// work, so the event exists only if the change that caused it commits.
/// </summary>
public interface IRoomEvents
{
    /// <param name="type">Dotted, past tense: <c>dataset.linked</c>, <c>panel.refreshed</c>, <c>job.updated</c>.</param>
    void Publish(IDocumentOperations session, Guid roomId, string type, object payload);
}
