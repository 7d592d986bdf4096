using System.Net;

namespace Platform.Tests.Identity;

/// <summary>Finding people to add: those one shares a room with, or anyone by exact address; strangers are not listed.</summary>
public sealed class UserSearchTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Search_finds_room_mates_by_part_of_their_name_and_strangers_only_by_exact_address()
    {
        var me = await Person.RegisterAsync(factory);
        var mate = await Person.RegisterAsync(factory);
        var stranger = await Person.RegisterAsync(factory);
        var room = await me.CreateRoomAsync();
        await me.AddMemberAsync(room, mate.Email, "viewer");

        var byPart = await (await me.Client.GetAsync($"/api/users/search?q={mate.Email[5..20]}")).JsonAsync();
        Assert.Equal(mate.Id, Assert.Single(byPart.EnumerateArray()).Id());
        Assert.Empty((await (await me.Client.GetAsync($"/api/users/search?q={stranger.Email[5..20]}")).JsonAsync()).EnumerateArray());
        Assert.DoesNotContain(stranger.Id, (await (await me.Client.GetAsync("/api/users/search?q=user-")).JsonAsync()).EnumerateArray().Select(p => p.Id()));

        var exact = await (await me.Client.GetAsync($"/api/users/search?q={stranger.Email.ToUpperInvariant()}")).JsonAsync();
        Assert.Equal(stranger.Id, Assert.Single(exact.EnumerateArray()).Id());
    }

    [Fact]
    public async Task Bad_queries_are_refused()
    {
        var me = await Person.RegisterAsync(factory);
        await (await me.Client.GetAsync("/api/users/search")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await me.Client.GetAsync("/api/users/search?q=a")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await me.Client.GetAsync($"/api/users/search?q={new string('a', 300)}")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await me.Client.GetAsync("/api/users/search?q=abc&limit=1000")).ProblemAsync(HttpStatusCode.BadRequest);
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync("/api/users/search?q=abc")).EnsureStatus(HttpStatusCode.Unauthorized);
    }
}
