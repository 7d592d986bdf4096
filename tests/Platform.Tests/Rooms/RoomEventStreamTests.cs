using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;

namespace Platform.Tests.Rooms;

public sealed class RoomEventStreamTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>An open SSE connection to a room, read event by event.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly IAsyncEnumerator<SseItem<string>> _items;
        private readonly CancellationTokenSource _stop = new();
        // A live-only stream starts after the last event its instance has dispatched (by design): the subscriber's own
        // joining, committed just before the stream opened, may still have been on its way and come first.
        private bool _mayBeginWithJoining;

        private EventStream(HttpResponseMessage response, Stream body, bool liveOnly)
        {
            _response = response;
            _mayBeginWithJoining = liveOnly;
            _items = SseParser.Create(body).EnumerateAsync(_stop.Token).GetAsyncEnumerator(_stop.Token);
        }

        public static async Task<EventStream> OpenAsync(HttpClient client, Guid roomId, long? lastEventId = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{roomId}/events");
            if (lastEventId is { } id) request.Headers.Add("Last-Event-ID", id.ToString());
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await response.EnsureStatus(HttpStatusCode.OK);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            return new EventStream(response, await response.Content.ReadAsStreamAsync(), lastEventId is null);
        }

        public async Task<SseItem<string>> NextAsync()
        {
            var item = await ReadAsync();
            if (_mayBeginWithJoining && item.EventType == "member.added") item = await ReadAsync();
            _mayBeginWithJoining = false;
            return item;
        }

        private async Task<SseItem<string>> ReadAsync()
        {
            var next = _items.MoveNextAsync().AsTask();
            Assert.True(await Task.WhenAny(next, Task.Delay(Patience)) == next && await next, "no event arrived in time");
            return _items.Current;
        }

        /// <summary>True once the server has closed the stream (waits up to the patience).</summary>
        public async Task<bool> EndedAsync()
        {
            var next = _items.MoveNextAsync().AsTask();
            return await Task.WhenAny(next, Task.Delay(Patience)) == next && !await next;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _response.Dispose();
        }
    }

    private static string Content(SseItem<string> item) => JsonDocument.Parse(item.Data).RootElement.GetProperty("content").GetString()!;

    [Fact]
    public async Task Subscribers_receive_what_happens_in_the_room()
    {
        var owner = await Person.RegisterAsync(factory);
        var viewer = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, viewer.Email, "viewer");
        await using var stream = await EventStream.OpenAsync(viewer.Client, room);

        await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "first" });
        await owner.AddMemberAsync(room, TestUsers.NewEmail(), "editor");

        var message = await stream.NextAsync();
        var invited = await stream.NextAsync();
        Assert.Equal("message.created", message.EventType);
        Assert.Equal("first", Content(message));
        Assert.Equal("member.invited", invited.EventType);
        Assert.True(long.Parse(invited.EventId!) > long.Parse(message.EventId!));
    }

    [Fact]
    public async Task Events_committed_concurrently_all_reach_a_live_subscriber_in_id_order()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await using var stream = await EventStream.OpenAsync(owner.Client, room);

        var posts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = $"concurrent {i}" })));
        foreach (var post in posts) await post.EnsureStatus(HttpStatusCode.Created);

        var received = new List<SseItem<string>>();
        for (var i = 0; i < 20; i++) received.Add(await stream.NextAsync());
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"concurrent {i}").Order(), received.Select(Content).Order());
        var ids = received.Select(e => long.Parse(e.EventId!)).ToList();
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task Reconnecting_with_Last_Event_ID_replays_what_was_missed()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        string seenId;
        await using (var stream = await EventStream.OpenAsync(owner.Client, room))
        {
            await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "seen" });
            seenId = (await stream.NextAsync()).EventId!;
        }
        foreach (var text in new[] { "missed 1", "missed 2" })
            await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = text });

        await using var resumed = await EventStream.OpenAsync(owner.Client, room, long.Parse(seenId));
        var first = await resumed.NextAsync();
        var second = await resumed.NextAsync();
        await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "live" });
        var live = await resumed.NextAsync();

        Assert.Equal(["missed 1", "missed 2", "live"], new[] { first, second, live }.Select(Content));
    }

    [Fact]
    public async Task A_quiet_stream_sends_heartbeat_comments()
    {
        await using var quick = await new PlatformFactory().With("Platform:Rooms:Events:HeartbeatInterval", "00:00:00.200").StartAsync();
        var owner = await Person.RegisterAsync(quick);
        var room = await owner.CreateRoomAsync();
        using var response = await owner.Client.GetAsync($"/api/rooms/{room}/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(Patience);

        var lines = new List<string>();
        while (lines.Count(l => l == ": heartbeat") < 2) lines.Add((await reader.ReadLineAsync(timeout.Token))!);

        Assert.Equal(": connected", lines[0]);
    }

    [Fact]
    public async Task Outsiders_get_404_and_anonymous_callers_401()
    {
        var owner = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        using var anonymous = factory.CreateClient();

        await (await outsider.Client.GetAsync($"/api/rooms/{room}/events", HttpCompletionOption.ResponseHeadersRead)).ProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync($"/api/rooms/{room}/events", HttpCompletionOption.ResponseHeadersRead)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Deleting_the_room_tells_its_subscribers()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await using var stream = await EventStream.OpenAsync(owner.Client, room);

        await owner.Client.DeleteAsync($"/api/rooms/{room}");

        Assert.Equal("room.deleted", (await stream.NextAsync()).EventType);
        var error = await stream.NextAsync();
        Assert.Equal("error", error.EventType);
        Assert.Equal(404, JsonDocument.Parse(error.Data).RootElement.GetProperty("status").GetInt32());
        Assert.True(await stream.EndedAsync());
    }

    [Fact]
    public async Task A_removed_member_stops_receiving_the_rooms_events_at_once()
    {
        var owner = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, member.Email, "editor");
        await using var stream = await EventStream.OpenAsync(member.Client, room);

        await (await owner.Client.DeleteAsync($"/api/rooms/{room}/members/{member.Id}")).EnsureStatus(HttpStatusCode.NoContent);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var removed = await stream.NextAsync();
        var error = await stream.NextAsync();
        var ended = await stream.EndedAsync();
        await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "not for you" });

        Assert.Equal("member.removed", removed.EventType);
        Assert.Equal("error", error.EventType);
        var problem = JsonDocument.Parse(error.Data).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("no longer a member", problem.GetProperty("detail").GetString());
        Assert.True(ended);
        // Ended by the removal itself, not by the 15 s heartbeat or the listener's 30 s wait; the bound leaves room for a
        // busy machine (a clean run once took 1.5 s).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"ended after {clock.Elapsed}");
    }

    [Fact]
    public async Task Changing_the_password_ends_the_accounts_open_streams()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await using var stream = await EventStream.OpenAsync(owner.Client, room);
        using var other = factory.CreateClient(owner.Auth.AccessToken);

        await (await other.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = TestUsers.Password, newPassword = "a fresh passphrase here" }))
            .EnsureStatus(HttpStatusCode.OK);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await stream.NextAsync();

        Assert.Equal("error", error.EventType);
        Assert.Equal(401, JsonDocument.Parse(error.Data).RootElement.GetProperty("status").GetInt32());
        Assert.True(await stream.EndedAsync());
        // By the change itself, well inside the heartbeat (as a removed member's stream).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"ended after {clock.Elapsed}");
    }

    [Fact]
    public async Task An_event_published_on_one_instance_reaches_subscribers_on_another()
    {
        const string key = "a shared signing key for both instances, long enough";
        await using var first = await new PlatformFactory().With("Platform:Auth:SigningKey", key).StartAsync();
        await using var second = await new PlatformFactory().With("Platform:Auth:SigningKey", key).SharingDatabaseWith(first).StartAsync();
        var owner = await Person.RegisterAsync(first);
        var room = await owner.CreateRoomAsync();
        using var onSecond = second.CreateClient(owner.Auth.AccessToken);
        await using var stream = await EventStream.OpenAsync(onSecond, room);

        await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "across instances" });

        Assert.Equal("across instances", Content(await stream.NextAsync()));
    }
}
