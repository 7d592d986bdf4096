using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <summary>
/// The room's events as Server-Sent Events. Reconnecting with <c>Last-Event-ID</c> (or <c>?lastEventId=</c>)
/// replays what was missed. A client too slow to keep up, or whose access ends, gets an <c>error</c> frame and is disconnected.
/// </summary>
public sealed class WatchRoomEventsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rooms/{roomId:guid}/events", (Guid roomId, long? lastEventId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                ServerSentEvents.StreamAsync(http,
                    watching => mediator.CreateStream(new WatchRoomEvents(roomId, long.TryParse(http.Request.Headers["Last-Event-ID"], out var header) ? header : lastEventId), watching),
                    frame => frame.Event?.Frame ?? SseFrame.Heartbeat,
                    new SseStreamOptions(Greeting: true), ct))
            .AcceptsAccessTokenInQuery()
            .WithName("WatchRoomEvents").WithTags("Room events")
            .WithSummary("Server-Sent Events of everything that happens in the room; resume with Last-Event-ID.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
