using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Rooms;

/// <summary>Every room route, called by an owner, editor, viewer, outsider, anonymous caller and administrator.</summary>
public sealed class RoomPermissionsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private enum Need { Viewer, Editor, Owner }

    private sealed record Route(string Method, string Path, Need Need, object? Body = null);

    private static Route[] Routes(Guid room, Guid target, Guid invitation) =>
    [
        new("GET", $"/api/rooms/{room}", Need.Viewer),
        new("GET", $"/api/rooms/{room}/status", Need.Viewer),
        new("GET", $"/api/rooms/{room}/members", Need.Viewer),
        new("GET", $"/api/rooms/{room}/messages", Need.Viewer),
        new("POST", $"/api/rooms/{room}/messages", Need.Editor, new { content = "hello" }),
        new("PATCH", $"/api/rooms/{room}", Need.Editor, new { description = "described" }),
        new("POST", $"/api/rooms/{room}/members", Need.Owner, new { email = TestUsers.NewEmail(), role = "viewer" }),
        new("PATCH", $"/api/rooms/{room}/members/{target}", Need.Owner, new { role = "viewer" }),
        new("DELETE", $"/api/rooms/{room}/members/{invitation}", Need.Owner),
        new("DELETE", $"/api/rooms/{room}", Need.Owner),
    ];

    private static async Task<HttpStatusCode> Call(HttpClient client, Route route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
        if (route.Body is not null) request.Content = JsonContent.Create(route.Body);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    [Fact]
    public async Task Members_get_what_their_role_allows_outsiders_404_and_anonymous_401()
    {
        var owner = await Person.RegisterAsync(factory);
        var editor = await Person.RegisterAsync(factory);
        var viewer = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var target = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, editor.Email, "editor");
        await owner.AddMemberAsync(room, viewer.Email, "viewer");
        await owner.AddMemberAsync(room, target.Email, "viewer");
        var invitation = (await owner.AddMemberAsync(room, TestUsers.NewEmail(), "viewer")).Id();
        var routes = Routes(room, target.Id, invitation);
        using var anonymous = factory.CreateClient();

        var failures = new List<string>();
        foreach (var (who, client, rank) in new[] { ("anonymous", anonymous, -2), ("outsider", outsider.Client, -1), ("viewer", viewer.Client, 0), ("editor", editor.Client, 1), ("owner", owner.Client, 2) })
        foreach (var route in routes)
        {
            var status = await Call(client, route);
            var expected = rank switch { -2 => "401", -1 => "404", _ when rank >= (int)route.Need => "2xx", _ => "403" };
            var actual = IsSuccess(status) ? "2xx" : ((int)status).ToString();
            if (actual != expected) failures.Add($"{who} {route.Method} {route.Path}: expected {expected}, got {(int)status}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Administrators_pass_every_room_check()
    {
        await using var fresh = await new PlatformFactory().StartAsync();
        using var admin = fresh.CreateClient((await fresh.AdminAsync()).AccessToken);
        var owner = await Person.RegisterAsync(fresh);
        var target = await Person.RegisterAsync(fresh);
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, target.Email, "viewer");
        var invitation = (await owner.AddMemberAsync(room, TestUsers.NewEmail(), "viewer")).Id();

        foreach (var route in Routes(room, target.Id, invitation))
            Assert.True(IsSuccess(await Call(admin, route)), $"admin {route.Method} {route.Path}");
        var listed = await (await admin.GetAsync("/api/rooms")).JsonAsync();
        Assert.Equal(0, listed.GetProperty("total").GetInt64()); // the list shows rooms one belongs to, admins included
    }

    [Fact]
    public async Task Unknown_and_malformed_room_ids_are_404()
    {
        var someone = await Person.RegisterAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await someone.Client.GetAsync($"/api/rooms/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await someone.Client.GetAsync("/api/rooms/not-a-guid")).StatusCode);
    }
}
