using System.Text.Json;
using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <summary>
/// The room's events as Server-Sent Events. Reconnecting with <c>Last-Event-ID</c> (or <c>?lastEventId=</c>)
/// replays what was missed. A client too slow to keep up gets an <c>error</c> frame and is disconnected.
/// </summary>
public sealed class WatchRoomEventsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rooms/{roomId:guid}/events", async (Guid roomId, long? lastEventId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var resumeFrom = long.TryParse(http.Request.Headers["Last-Event-ID"], out var header) ? header : lastEventId;
                await using var frames = mediator.CreateStream(new WatchRoomEvents(roomId, resumeFrom), ct).GetAsyncEnumerator(ct);
                // The first frame comes after the access check: a 404 or 403 is still a plain ProblemDetails response.
                await frames.MoveNextAsync();
                var sse = ServerSentEventWriter.Start(http.Response);
                await sse.CommentAsync("connected", ct);
                try
                {
                    while (await frames.MoveNextAsync())
                        await (frames.Current.Event is { } e
                            ? sse.EventAsync(e.Id.ToString(), e.Type, e.Payload, ct)
                            : sse.CommentAsync("heartbeat", ct));
                }
                catch (SubscriberOverflowException overflow)
                {
                    await sse.EventAsync(null, "error", JsonSerializer.Serialize(new { reason = "overflow", detail = overflow.Message }), ct);
                }
                catch (ProblemException ended)
                {
                    // Access ended mid-stream (removed, room deleted, signed out): say why, then close.
                    await sse.EventAsync(null, "error", JsonSerializer.Serialize(ended.ToProblemDetails(), JsonSerializerOptions.Web), ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    // The client went away.
                }
            })
            .AcceptsAccessTokenInQuery()
            .WithName("WatchRoomEvents").WithTags("Room events")
            .WithSummary("Server-Sent Events of everything that happens in the room; resume with Last-Event-ID.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
