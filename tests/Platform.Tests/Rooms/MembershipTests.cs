using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Rooms;

public sealed class MembershipTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task An_existing_user_is_added_and_sees_the_room()
    {
        var owner = await Person.RegisterAsync(factory);
        var colleague = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync("Shared");

        var member = await owner.AddMemberAsync(room, colleague.Email.ToUpperInvariant(), "editor");
        var again = await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/members", new { email = colleague.Email, role = "viewer" });

        Assert.Equal(colleague.Id, member.Id());
        Assert.Equal("active", member.GetProperty("status").GetString());
        Assert.Equal("Test User", member.GetProperty("displayName").GetString());
        await again.ProblemAsync(HttpStatusCode.Conflict);
        var seen = await (await colleague.Client.GetAsync($"/api/rooms/{room}")).JsonAsync();
        Assert.Equal("editor", seen.GetProperty("myRole").GetString());
    }

    [Fact]
    public async Task An_invitation_becomes_membership_when_that_person_registers()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync("Invites");
        var newcomer = TestUsers.NewEmail();

        var invitation = await owner.AddMemberAsync(room, newcomer, "editor");
        Assert.Equal("pending", invitation.GetProperty("status").GetString());
        var joined = await Person.RegisterAsync(factory, newcomer);

        var rooms = await (await joined.Client.GetAsync("/api/rooms")).JsonAsync();
        Assert.Equal(room, Assert.Single(rooms.GetProperty("items").EnumerateArray()).Id());
        var members = await (await owner.Client.GetAsync($"/api/rooms/{room}/members")).JsonAsync();
        var entry = Assert.Single(members.GetProperty("items").EnumerateArray(), m => m.GetProperty("email").GetString() == newcomer);
        Assert.Equal("active", entry.GetProperty("status").GetString());
        Assert.Equal("editor", entry.GetProperty("role").GetString());
        Assert.Equal(joined.Id, entry.Id());
    }

    [Fact]
    public async Task A_revoked_invitation_does_not_turn_into_membership()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        var email = TestUsers.NewEmail();
        var invitation = (await owner.AddMemberAsync(room, email, "viewer")).Id();

        await (await owner.Client.DeleteAsync($"/api/rooms/{room}/members/{invitation}")).EnsureStatus(HttpStatusCode.NoContent);
        var registered = await Person.RegisterAsync(factory, email);

        Assert.Equal(HttpStatusCode.NotFound, (await registered.Client.GetAsync($"/api/rooms/{room}")).StatusCode);
    }

    [Fact]
    public async Task The_last_owner_can_neither_leave_nor_be_demoted()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();

        await (await owner.Client.DeleteAsync($"/api/rooms/{room}/members/{owner.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        await (await owner.Client.PatchAsJsonAsync($"/api/rooms/{room}/members/{owner.Id}", new { role = "editor" })).ProblemAsync(HttpStatusCode.Conflict);

        var second = await Person.RegisterAsync(factory);
        await owner.AddMemberAsync(room, second.Email, "owner");
        await (await owner.Client.PatchAsJsonAsync($"/api/rooms/{room}/members/{owner.Id}", new { role = "editor" })).EnsureStatus(HttpStatusCode.OK);
        await (await second.Client.DeleteAsync($"/api/rooms/{room}/members/{second.Id}")).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_member_can_leave_and_then_cannot_see_the_room()
    {
        var owner = await Person.RegisterAsync(factory);
        var viewer = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, viewer.Email, "viewer");

        await (await viewer.Client.DeleteAsync($"/api/rooms/{room}/members/{viewer.Id}")).EnsureStatus(HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.Client.GetAsync($"/api/rooms/{room}")).StatusCode);
    }

    [Theory]
    [InlineData("not-an-email", "viewer")]
    [InlineData("someone@example.com", "admin")]
    [InlineData("someone@example.com", null)]
    public async Task Bad_member_requests_are_400(string email, string? role)
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();

        var response = await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/members", new { email, role });

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }
}
