using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Organizations;

/// <summary>A room shared with an organisation group: its members hold the granted role, and lose it when they or the grant go.</summary>
public sealed class RoomGroupSharingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private sealed record Setup(Person Owner, Person Analyst, Guid Organization, Guid Group, Guid Room, Guid Dataset);

    private async Task<Setup> SetUpAsync()
    {
        var owner = await Person.RegisterAsync(factory);
        var analyst = await Person.RegisterAsync(factory);
        var organization = (await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = "Acme" })).JsonAsync(HttpStatusCode.Created)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = analyst.Email })).EnsureStatus(HttpStatusCode.Created);
        var group = (await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/groups", new { name = "Analysts" })).JsonAsync(HttpStatusCode.Created)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/groups/{group}/members", new { userId = analyst.Id })).EnsureStatus(HttpStatusCode.OK);
        var room = await owner.CreateRoomAsync("Sales");
        var dataset = await (await owner.Client.PostAsync("/api/datasets", new MultipartFormDataContent
        {
            { new ByteArrayContent("region,amount\nnorth,10\nsouth,20\n"u8.ToArray()), "file", "sales.csv" },
        })).JsonAsync(HttpStatusCode.Created);
        await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = dataset.Id() })).EnsureStatus(HttpStatusCode.OK);
        return new Setup(owner, analyst, organization, group, room, dataset.Id());
    }

    [Fact]
    public async Task A_group_grant_opens_the_room_and_its_datasets_and_revoking_it_closes_them()
    {
        var s = await SetUpAsync();
        await (await s.Analyst.Client.GetAsync($"/api/rooms/{s.Room}")).ProblemAsync(HttpStatusCode.NotFound);

        var grant = await (await s.Owner.Client.PostAsJsonAsync($"/api/rooms/{s.Room}/groups", new { organizationId = s.Organization, groupId = s.Group, role = "viewer" })).JsonAsync();
        Assert.Equal("Analysts", grant.GetProperty("groupName").GetString());

        var room = await (await s.Analyst.Client.GetAsync($"/api/rooms/{s.Room}")).JsonAsync();
        Assert.Equal("viewer", room.GetProperty("myRole").GetString());
        Assert.Contains(s.Room, (await (await s.Analyst.Client.GetAsync("/api/rooms")).JsonAsync()).GetProperty("items").EnumerateArray().Select(r => r.Id()));
        await (await s.Analyst.Client.GetAsync($"/api/datasets/{s.Dataset}")).EnsureStatus(HttpStatusCode.OK);
        await (await s.Analyst.Client.PostAsJsonAsync($"/api/rooms/{s.Room}/messages", new { content = "hi" })).ProblemAsync(HttpStatusCode.Forbidden);
        var groups = await (await s.Analyst.Client.GetAsync($"/api/rooms/{s.Room}/groups")).JsonAsync();
        Assert.Equal(s.Group, groups[0].GetProperty("groupId").GetGuid());

        // Sharing again changes the role.
        await (await s.Owner.Client.PostAsJsonAsync($"/api/rooms/{s.Room}/groups", new { organizationId = s.Organization, groupId = s.Group, role = "editor" })).EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("editor", (await (await s.Analyst.Client.GetAsync($"/api/rooms/{s.Room}")).JsonAsync()).GetProperty("myRole").GetString());

        await (await s.Owner.Client.DeleteAsync($"/api/rooms/{s.Room}/groups/{s.Group}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await s.Analyst.Client.GetAsync($"/api/rooms/{s.Room}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await s.Analyst.Client.GetAsync($"/api/datasets/{s.Dataset}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await s.Owner.Client.DeleteAsync($"/api/rooms/{s.Room}/groups/{s.Group}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Leaving_the_group_closes_the_room_at_once()
    {
        var s = await SetUpAsync();
        await (await s.Owner.Client.PostAsJsonAsync($"/api/rooms/{s.Room}/groups", new { organizationId = s.Organization, groupId = s.Group })).EnsureStatus(HttpStatusCode.OK);
        await (await s.Analyst.Client.GetAsync($"/api/rooms/{s.Room}")).EnsureStatus(HttpStatusCode.OK);

        await (await s.Owner.Client.DeleteAsync($"/api/organizations/{s.Organization}/groups/{s.Group}/members/{s.Analyst.Id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await s.Analyst.Client.GetAsync($"/api/rooms/{s.Room}")).ProblemAsync(HttpStatusCode.NotFound);

        await (await s.Owner.Client.PostAsJsonAsync($"/api/organizations/{s.Organization}/groups/{s.Group}/members", new { userId = s.Analyst.Id })).EnsureStatus(HttpStatusCode.OK);
        await (await s.Analyst.Client.GetAsync($"/api/rooms/{s.Room}")).EnsureStatus(HttpStatusCode.OK);
        await (await s.Owner.Client.DeleteAsync($"/api/organizations/{s.Organization}/groups/{s.Group}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await s.Analyst.Client.GetAsync($"/api/rooms/{s.Room}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_room_owners_share_only_with_groups_of_their_organisations_and_never_as_owner()
    {
        var s = await SetUpAsync();
        var stranger = await Person.RegisterAsync(factory);
        var share = new { organizationId = s.Organization, groupId = s.Group, role = "viewer" };
        await (await stranger.Client.PostAsJsonAsync($"/api/rooms/{s.Room}/groups", share)).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.GetAsync($"/api/rooms/{s.Room}/groups")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/api/rooms/{s.Room}/groups/{s.Group}")).ProblemAsync(HttpStatusCode.NotFound);

        await s.Owner.AddMemberAsync(s.Room, s.Analyst.Email, "editor");
        await (await s.Analyst.Client.PostAsJsonAsync($"/api/rooms/{s.Room}/groups", share)).ProblemAsync(HttpStatusCode.Forbidden);

        var strangersRoom = await stranger.CreateRoomAsync();
        await (await stranger.Client.PostAsJsonAsync($"/api/rooms/{strangersRoom}/groups", share)).ProblemAsync(HttpStatusCode.NotFound);
        await (await s.Owner.Client.PostAsJsonAsync($"/api/rooms/{s.Room}/groups", new { organizationId = s.Organization, groupId = s.Group, role = "owner" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await s.Owner.Client.PostAsJsonAsync($"/api/rooms/{s.Room}/groups", new { organizationId = s.Organization, groupId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await (await s.Owner.Client.GetAsync($"/api/rooms/{s.Room}/groups")).JsonAsync()).EnumerateArray());
    }
}

/// <summary>Rooms that belong to an organisation: its owners and admins manage them, and it cannot be deleted while it has any.</summary>
public sealed class OrganizationRoomTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_organisations_admins_manage_its_rooms_for_as_long_as_they_are_admins()
    {
        var owner = await Person.RegisterAsync(factory);
        var admin = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var organization = (await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = "Acme" })).JsonAsync(HttpStatusCode.Created)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = admin.Email, role = "admin" })).EnsureStatus(HttpStatusCode.Created);
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = member.Email })).EnsureStatus(HttpStatusCode.Created);

        await (await outsider.Client.PostAsJsonAsync("/api/rooms", new { name = "Sneaky", organizationId = organization })).ProblemAsync(HttpStatusCode.NotFound);
        var room = await (await member.Client.PostAsJsonAsync("/api/rooms", new { name = "Team room", organizationId = organization })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(organization, room.GetProperty("organizationId").GetGuid());

        var seen = await (await admin.Client.GetAsync($"/api/rooms/{room.Id()}")).JsonAsync();
        Assert.Equal("owner", seen.GetProperty("myRole").GetString());
        Assert.Contains(room.Id(), (await (await admin.Client.GetAsync("/api/rooms")).JsonAsync()).GetProperty("items").EnumerateArray().Select(r => r.Id()));
        await (await admin.Client.PatchAsJsonAsync($"/api/rooms/{room.Id()}", new { name = "Renamed by the organisation" })).EnsureStatus(HttpStatusCode.OK);
        await (await outsider.Client.GetAsync($"/api/rooms/{room.Id()}")).ProblemAsync(HttpStatusCode.NotFound);

        var refused = await (await owner.Client.DeleteAsync($"/api/organizations/{organization}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("1 rooms", refused.GetProperty("detail").GetString());

        await (await owner.Client.PatchAsJsonAsync($"/api/organizations/{organization}/members/{admin.Id}", new { role = "member" })).EnsureStatus(HttpStatusCode.OK);
        await (await admin.Client.GetAsync($"/api/rooms/{room.Id()}")).ProblemAsync(HttpStatusCode.NotFound);

        await (await owner.Client.DeleteAsync($"/api/rooms/{room.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await owner.Client.DeleteAsync($"/api/organizations/{organization}")).EnsureStatus(HttpStatusCode.NoContent);
    }
}
