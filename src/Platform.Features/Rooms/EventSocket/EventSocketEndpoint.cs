using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <summary>
/// One WebSocket for all the rooms a client follows: <c>/ws/events?token=&lt;access token&gt;</c>, then
/// <c>{"type":"subscribe","roomId":"…","lastEventId":123}</c> (lastEventId optional: replay after it) / <c>{"type":"unsubscribe","roomId":"…"}</c>.
/// Events arrive as <c>{"type":"event","roomId","id","event","data"}</c>. Close codes: 4001 missing or bad
/// token, 4004 a room the caller cannot see, 4400 a message that is not understood.
/// </summary>
public sealed class EventSocketEndpoint : ICarterModule
{
    public const int BadToken = 4001;
    public const int RoomNotVisible = 4004;
    public const int NotUnderstood = 4400;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.Map("/ws/events", async (HttpContext http) =>
            {
                if (!http.WebSockets.IsWebSocketRequest)
                {
                    http.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = http,
                        ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Bad request", Detail = "This route speaks WebSocket only." },
                    });
                    return;
                }
                using var socket = await http.WebSockets.AcceptWebSocketAsync();
                // The access token comes in ?token= or ?access_token= (browsers cannot set headers on WebSockets).
                if (http.User.Identity?.IsAuthenticated != true)
                {
                    await socket.CloseAsync((WebSocketCloseStatus)BadToken, "missing or invalid token", CancellationToken.None);
                    return;
                }
                await new Connection(socket, http).RunAsync(http.RequestAborted);
            })
            .AllowAnonymous().AcceptsAccessTokenInQuery()
            .ExcludeFromDescription();

    private sealed record ClientMessage(string? Type, Guid? RoomId, long? LastEventId);

    private sealed class Connection(WebSocket socket, HttpContext http)
    {
        private readonly SemaphoreSlim _sending = new(1, 1);
        private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _rooms = new();
        private readonly CancellationTokenSource _closing = new();

        public async Task RunAsync(CancellationToken aborted)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _closing.Token);
            try
            {
                while (socket.State == WebSocketState.Open && await ReceiveAsync(linked.Token) is { } text)
                {
                    ClientMessage? message;
                    try { message = JsonSerializer.Deserialize<ClientMessage>(text, Json); }
                    catch (JsonException) { message = null; }

                    if (message is { Type: "subscribe", RoomId: { } room }) Subscribe(room, message.LastEventId, linked.Token);
                    else if (message is { Type: "unsubscribe", RoomId: { } left } && _rooms.TryRemove(left, out var following)) await following.CancelAsync();
                    else
                    {
                        await CloseAsync(NotUnderstood, "expected subscribe or unsubscribe with a roomId");
                        break;
                    }
                }
            }
            catch (OperationCanceledException) { }
            catch (WebSocketException) { }
            finally
            {
                foreach (var following in _rooms.Values) await following.CancelAsync();
            }
        }

        private void Subscribe(Guid roomId, long? lastEventId, CancellationToken ct)
        {
            var following = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (!_rooms.TryAdd(roomId, following))
            {
                following.Dispose();
                return;
            }
            _ = FollowAsync(roomId, lastEventId, following.Token);
        }

        /// <summary>Relays one room; its own scope, because a Marten session serves one caller at a time.</summary>
        private async Task FollowAsync(Guid roomId, long? lastEventId, CancellationToken ct)
        {
            await using var scope = http.RequestServices.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var watching = false;
            try
            {
                await foreach (var frame in mediator.CreateStream(new WatchRoomEvents(roomId, lastEventId), ct))
                {
                    watching = true;
                    if (frame.Event is { } e)
                        await SendAsync($$"""{"type":"event","roomId":"{{roomId}}","id":{{e.Id}},"event":{{JsonSerializer.Serialize(e.Type)}},"data":{{e.Payload}}}""", ct);
                }
            }
            catch (ProblemException problem) when (problem.Status is StatusCodes.Status401Unauthorized or StatusCodes.Status404NotFound or StatusCodes.Status403Forbidden)
            {
                // Access that ends while watching is explained before the socket closes.
                if (watching)
                    await SendAsync($$"""{"type":"error","roomId":"{{roomId}}","problem":{{JsonSerializer.Serialize(problem.ToProblemDetails(), Json)}}}""", CancellationToken.None);
                await (problem.Status == StatusCodes.Status401Unauthorized ? CloseAsync(BadToken, "access ended") : CloseAsync(RoomNotVisible, "room not found"));
            }
            catch (ProblemException overflow) when (overflow.Status == StatusCodes.Status429TooManyRequests)
            {
                await SendAsync($$"""{"type":"error","roomId":"{{roomId}}","reason":"overflow"}""", CancellationToken.None);
                _rooms.TryRemove(roomId, out _);
            }
            catch (OperationCanceledException) { }
            catch (WebSocketException) { }
        }

        private async Task<string?> ReceiveAsync(CancellationToken ct)
        {
            var buffer = new byte[4096];
            using var message = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close) return null;
                message.Write(buffer, 0, result.Count);
                if (message.Length > 64 * 1024) return "";
                if (result.EndOfMessage) return Encoding.UTF8.GetString(message.ToArray());
            }
        }

        private async Task SendAsync(string text, CancellationToken ct)
        {
            await _sending.WaitAsync(ct);
            try { await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, ct); }
            finally { _sending.Release(); }
        }

        private async Task CloseAsync(int code, string reason)
        {
            await _sending.WaitAsync();
            try
            {
                if (socket.State == WebSocketState.Open)
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
            finally { _sending.Release(); }
            await _closing.CancelAsync();
        }
    }
}
