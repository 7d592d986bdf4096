using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Platform.Tests.Rooms;

public sealed class EventSocketTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<WebSocket> ConnectAsync(string? token)
    {
        var client = factory.Server.CreateWebSocketClient();
        var uri = new Uri(factory.Server.BaseAddress, token is null ? "ws/events" : $"ws/events?token={token}");
        return await client.ConnectAsync(new UriBuilder(uri) { Scheme = "ws" }.Uri, CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<(JsonElement? Message, WebSocketCloseStatus? Close)> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close
            ? (null, result.CloseStatus)
            : (JsonDocument.Parse(buffer.AsMemory(0, result.Count)).RootElement.Clone(), null);
    }

    [Fact]
    public async Task Subscribed_rooms_deliver_their_events_live()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "already there" });
        using var socket = await ConnectAsync(owner.Auth.AccessToken);

        // Replaying the log first proves the subscription is in place before the live message is posted.
        await SendAsync(socket, new { type = "subscribe", roomId = room, lastEventId = 0 });
        var (replayed, _) = await ReceiveAsync(socket);
        await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "over the socket" });
        var (live, _) = await ReceiveAsync(socket);

        Assert.Equal("already there", replayed!.Value.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal("event", live!.Value.GetProperty("type").GetString());
        Assert.Equal("message.created", live.Value.GetProperty("event").GetString());
        Assert.Equal(room, live.Value.GetProperty("roomId").GetGuid());
        Assert.Equal("over the socket", live.Value.GetProperty("data").GetProperty("content").GetString());
        Assert.True(live.Value.GetProperty("id").GetInt64() > replayed.Value.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task A_subscription_resumes_from_lastEventId()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "before" });
        using var socket = await ConnectAsync(owner.Auth.AccessToken);

        await SendAsync(socket, new { type = "subscribe", roomId = room, lastEventId = 0 });

        var (message, _) = await ReceiveAsync(socket);
        Assert.Equal("before", message!.Value.GetProperty("data").GetProperty("content").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task A_missing_or_bad_token_closes_with_4001(string? token)
    {
        using var socket = await ConnectAsync(token);

        var (_, close) = await ReceiveAsync(socket);

        Assert.Equal(4001, (int)close!.Value);
    }

    [Fact]
    public async Task Subscribing_to_a_room_one_cannot_see_closes_with_4004()
    {
        var owner = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        using var socket = await ConnectAsync(outsider.Auth.AccessToken);

        await SendAsync(socket, new { type = "subscribe", roomId = room });

        var (_, close) = await ReceiveAsync(socket);
        Assert.Equal(4004, (int)close!.Value);
    }

    [Fact]
    public async Task A_message_that_is_not_understood_closes_with_4400()
    {
        var owner = await Person.RegisterAsync(factory);
        using var socket = await ConnectAsync(owner.Auth.AccessToken);

        await socket.SendAsync("hello?"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);

        var (_, close) = await ReceiveAsync(socket);
        Assert.Equal(4400, (int)close!.Value);
    }

    [Fact]
    public async Task A_plain_http_request_is_a_400_problem()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/ws/events");

        await response.ProblemAsync(System.Net.HttpStatusCode.BadRequest);
    }
}
