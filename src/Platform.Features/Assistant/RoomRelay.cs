using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>
/// The room assistant's turn frames on the room's event stream as <c>assistant.*</c> events, so every member watches
/// the answer being written. The query's own steps stay on the turn's stream (its result would be a large event for
/// every member); a frame that cannot be relayed is logged and the turn goes on.
/// </summary>
public sealed class RoomRelay(IDocumentStore store, IRoomEvents events, ILogger<RoomRelay> logger)
{
    private static readonly HashSet<string> QuerySteps = ["schema", "plan", "sql", "validation", "execution", "repair", "result"];

    public Func<string, JsonObject, Task> For(Guid roomId) => async (@event, frame) =>
    {
        if (QuerySteps.Contains(@event)) return;
        try
        {
            await using var session = store.LightweightSession();
            events.Publish(session, roomId, $"assistant.{@event}", frame);
            await session.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not relay the assistant's {Event} frame to room {RoomId}", @event, roomId);
        }
    };
}
