using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Tests.Rooms;

public sealed class RoomChatTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Messages_page_back_newest_first_by_cursor()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        for (var i = 1; i <= 7; i++)
            await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = $"message {i}" })).EnsureStatus(HttpStatusCode.Created);

        var seen = new List<string>();
        string? before = null;
        do
        {
            var page = await (await owner.Client.GetAsync($"/api/rooms/{room}/messages?limit=3{(before is null ? "" : $"&before={before}")}")).JsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("content").GetString()!));
            before = page.GetProperty("nextBefore").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextBefore").GetString();
        } while (before is not null);

        Assert.Equal(Enumerable.Range(1, 7).Reverse().Select(i => $"message {i}"), seen);
    }

    [Fact]
    public async Task Message_content_is_required_and_capped()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();

        var blank = await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "  " });
        var tooLong = await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = new string('x', 4001) });
        var longest = await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = new string('x', 4000) });

        await blank.ProblemAsync(HttpStatusCode.BadRequest);
        var problem = await tooLong.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("content", out _));
        await longest.EnsureStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Concurrent_posts_all_land()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();

        var posts = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = $"parallel {i}" })));

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Created, p.StatusCode));
        var page = await (await owner.Client.GetAsync($"/api/rooms/{room}/messages?limit=100")).JsonAsync();
        Assert.Equal(12, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_cursor_from_another_room_is_refused()
    {
        var owner = await Person.RegisterAsync(factory);
        var first = await owner.CreateRoomAsync();
        var second = await owner.CreateRoomAsync();
        var message = await (await owner.Client.PostAsJsonAsync($"/api/rooms/{first}/messages", new { content = "here" })).JsonAsync(HttpStatusCode.Created);

        var response = await owner.Client.GetAsync($"/api/rooms/{second}/messages?before={message.Id()}");

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }
}
