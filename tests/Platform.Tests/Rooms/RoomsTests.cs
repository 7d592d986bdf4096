using System.Net;
using System.Net.Http.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Rooms;

namespace Platform.Tests.Rooms;

public sealed class RoomsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Creating_a_room_makes_the_caller_its_owner()
    {
        var owner = await Person.RegisterAsync(factory);

        var response = await owner.Client.PostAsJsonAsync("/api/rooms", new { name = "  Sales analysis ", description = "Q3 numbers" });

        var room = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Sales analysis", room.GetProperty("name").GetString());
        Assert.Equal("owner", room.GetProperty("myRole").GetString());
        Assert.Equal(1, room.GetProperty("memberCount").GetInt32());
        Assert.Equal($"/api/rooms/{room.Id()}", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_room_needs_a_name(string? name)
    {
        var owner = await Person.RegisterAsync(factory);

        var response = await owner.Client.PostAsJsonAsync("/api/rooms", new { name });

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_list_shows_my_rooms_with_search_and_paging()
    {
        var me = await Person.RegisterAsync(factory);
        var other = await Person.RegisterAsync(factory);
        foreach (var name in new[] { "Alpha budget", "Beta budget", "Gamma", "Delta budget" }) await me.CreateRoomAsync(name);
        var shared = await other.CreateRoomAsync("Shared budget");
        await other.CreateRoomAsync("Not mine budget");
        await other.AddMemberAsync(shared, me.Email, "viewer");

        var all = await (await me.Client.GetAsync("/api/rooms")).JsonAsync();
        var budget = await (await me.Client.GetAsync("/api/rooms?search=BUDGET&limit=2")).JsonAsync();
        var second = await (await me.Client.GetAsync("/api/rooms?search=budget&offset=2&limit=2")).JsonAsync();
        var badLimit = await me.Client.GetAsync("/api/rooms?limit=1000");

        Assert.Equal(5, all.GetProperty("total").GetInt64());
        Assert.Equal(4, budget.GetProperty("total").GetInt64());
        Assert.Equal(2, budget.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        var names = budget.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(r => r.GetProperty("name").GetString());
        Assert.Equal(["Alpha budget", "Beta budget", "Delta budget", "Shared budget"], names.Order());
        await badLimit.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_stale_version_on_update_is_a_conflict_not_a_lost_update()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync("Original");
        var version = (await (await owner.Client.GetAsync($"/api/rooms/{room}")).JsonAsync()).GetProperty("version").GetInt64();

        var first = await owner.Client.PatchAsJsonAsync($"/api/rooms/{room}", new { name = "First", version });
        var stale = await owner.Client.PatchAsJsonAsync($"/api/rooms/{room}", new { name = "Second", version });

        Assert.Equal("First", (await first.JsonAsync()).GetProperty("name").GetString());
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("First", (await (await owner.Client.GetAsync($"/api/rooms/{room}")).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_rooms_stream_is_its_history()
    {
        var owner = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync("History");
        await owner.AddMemberAsync(room, member.Email, "viewer");
        await owner.Client.PatchAsJsonAsync($"/api/rooms/{room}/members/{member.Id}", new { role = "editor" });
        await owner.Client.PatchAsJsonAsync($"/api/rooms/{room}", new { name = "Renamed" });
        await member.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "hi" });
        await owner.Client.DeleteAsync($"/api/rooms/{room}/members/{member.Id}");

        await using var session = factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(room);

        Assert.Equal([typeof(RoomCreated), typeof(MemberAdded), typeof(MemberRoleChanged), typeof(RoomUpdated), typeof(MessagePosted), typeof(MemberRemoved)],
            events.Select(e => e.EventType));
    }

    [Fact]
    public async Task Status_counts_what_the_room_holds()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, TestUsers.NewEmail(), "viewer");
        for (var i = 0; i < 3; i++) await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = $"message {i}" });

        var status = await (await owner.Client.GetAsync($"/api/rooms/{room}/status")).JsonAsync();

        var holds = status.GetProperty("holds").EnumerateArray().ToDictionary(h => h.GetProperty("kind").GetString()!, h => h.GetProperty("count").GetInt64());
        Assert.Equal(1, holds["members"]);
        Assert.Equal(1, holds["invitations"]);
        Assert.Equal(3, holds["messages"]);
    }

    [Fact]
    public async Task Deleting_a_room_removes_its_messages_and_history_and_nothing_else()
    {
        var owner = await Person.RegisterAsync(factory);
        var doomed = await owner.CreateRoomAsync("Doomed");
        var kept = await owner.CreateRoomAsync("Kept");
        await owner.Client.PostAsJsonAsync($"/api/rooms/{doomed}/messages", new { content = "bye" });
        await owner.Client.PostAsJsonAsync($"/api/rooms/{kept}/messages", new { content = "still here" });

        await (await owner.Client.DeleteAsync($"/api/rooms/{doomed}")).EnsureStatus(HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.NotFound, (await owner.Client.GetAsync($"/api/rooms/{doomed}")).StatusCode);
        await using var session = factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Empty(await session.Events.FetchStreamAsync(doomed));
        Assert.Equal(0, await session.Query<RoomMessage>().CountAsync(m => m.RoomId == doomed));
        Assert.Equal(1, await session.Query<RoomMessage>().CountAsync(m => m.RoomId == kept));
        Assert.Equal(2, (await session.Events.FetchStreamAsync(kept)).Count);
    }
}
