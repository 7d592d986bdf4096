using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Tests.Organizations;

/// <summary>Organisations with members, roles and groups; outsiders see nothing of them.</summary>
public sealed class OrganizationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<JsonElement> CreateAsync(Person owner, string name = "Acme") =>
        await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name, description = "Makers of things" })).JsonAsync(HttpStatusCode.Created);

    private static async Task AddAsync(Person admin, Guid organization, Person member, string role = "member") =>
        await (await admin.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = member.Email, role })).EnsureStatus(HttpStatusCode.Created);

    [Fact]
    public async Task The_creator_owns_it_members_read_it_and_outsiders_get_404()
    {
        var owner = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var created = await CreateAsync(owner);
        Assert.Equal("owner", created.GetProperty("myRole").GetString());
        var id = created.Id();
        await AddAsync(owner, id, member);

        var seen = await (await member.Client.GetAsync($"/api/organizations/{id}")).JsonAsync();
        Assert.Equal("member", seen.GetProperty("myRole").GetString());
        Assert.Equal(2, seen.GetProperty("memberCount").GetInt32());
        var mine = await (await member.Client.GetAsync("/api/organizations")).JsonAsync();
        Assert.Contains(id, mine.GetProperty("items").EnumerateArray().Select(o => o.Id()));

        await (await outsider.Client.GetAsync($"/api/organizations/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.GetAsync($"/api/organizations/{id}/members")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.GetAsync($"/api/organizations/{id}/groups")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PatchAsJsonAsync($"/api/organizations/{id}", new { name = "Mine now" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.DeleteAsync($"/api/organizations/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsJsonAsync($"/api/organizations/{id}/members", new { email = outsider.Email })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, (await (await outsider.Client.GetAsync("/api/organizations")).JsonAsync()).GetProperty("items").EnumerateArray().Select(o => o.Id()));
        await (await outsider.Client.GetAsync("/api/organizations?all=true")).ProblemAsync(HttpStatusCode.Forbidden);

        using var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        var all = await (await admin.GetAsync("/api/organizations?all=true&limit=100")).JsonAsync();
        Assert.True(all.GetProperty("total").GetInt64() >= 1);
    }

    [Fact]
    public async Task Members_may_not_manage_admins_may_and_only_owners_touch_owners()
    {
        var owner = await Person.RegisterAsync(factory);
        var admin = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var newcomer = await Person.RegisterAsync(factory);
        var id = (await CreateAsync(owner)).Id();
        await AddAsync(owner, id, admin, "admin");
        await AddAsync(owner, id, member);

        await (await member.Client.PostAsJsonAsync($"/api/organizations/{id}/members", new { email = newcomer.Email })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PatchAsJsonAsync($"/api/organizations/{id}", new { name = "Renamed" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PostAsJsonAsync($"/api/organizations/{id}/groups", new { name = "Analysts" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.Client.DeleteAsync($"/api/organizations/{id}")).ProblemAsync(HttpStatusCode.Forbidden);

        await AddAsync(admin, id, newcomer);
        await (await admin.Client.PatchAsJsonAsync($"/api/organizations/{id}/members/{newcomer.Id}", new { role = "owner" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.Client.DeleteAsync($"/api/organizations/{id}/members/{owner.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        var promoted = await (await admin.Client.PatchAsJsonAsync($"/api/organizations/{id}/members/{newcomer.Id}", new { role = "admin" })).JsonAsync();
        Assert.Equal("admin", promoted.GetProperty("role").GetString());
        await (await admin.Client.PatchAsJsonAsync($"/api/organizations/{id}", new { name = "Acme Ltd" })).EnsureStatus(HttpStatusCode.OK);

        // The last owner can neither leave nor be demoted; with a second owner, they can.
        await (await owner.Client.DeleteAsync($"/api/organizations/{id}/members/{owner.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        await (await owner.Client.PatchAsJsonAsync($"/api/organizations/{id}/members/{owner.Id}", new { role = "member" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await owner.Client.PatchAsJsonAsync($"/api/organizations/{id}/members/{admin.Id}", new { role = "owner" })).EnsureStatus(HttpStatusCode.OK);
        await (await owner.Client.DeleteAsync($"/api/organizations/{id}/members/{owner.Id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await owner.Client.GetAsync($"/api/organizations/{id}")).ProblemAsync(HttpStatusCode.NotFound);

        // Anyone may leave.
        await (await member.Client.DeleteAsync($"/api/organizations/{id}/members/{member.Id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await admin.Client.DeleteAsync($"/api/organizations/{id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await admin.Client.GetAsync($"/api/organizations/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Groups_hold_members_of_the_organisation_only_and_leaving_takes_them_out()
    {
        var owner = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var id = (await CreateAsync(owner)).Id();
        await AddAsync(owner, id, member);

        var group = await (await owner.Client.PostAsJsonAsync($"/api/organizations/{id}/groups", new { name = "Analysts" })).JsonAsync(HttpStatusCode.Created);
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{id}/groups", new { name = "ANALYSTS" })).ProblemAsync(HttpStatusCode.Conflict);
        var joined = await (await owner.Client.PostAsJsonAsync($"/api/organizations/{id}/groups/{group.Id()}/members", new { userId = member.Id })).JsonAsync();
        Assert.Contains(member.Id, joined.GetProperty("memberIds").EnumerateArray().Select(m => m.GetGuid()));
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{id}/groups/{group.Id()}/members", new { userId = outsider.Id })).ProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{id}/groups/{Guid.NewGuid()}/members", new { userId = member.Id })).ProblemAsync(HttpStatusCode.NotFound);

        var permissions = await (await member.Client.GetAsync("/api/auth/my-permissions")).JsonAsync();
        var mine = permissions.GetProperty("organizations").EnumerateArray().Single(o => o.Id() == id);
        Assert.Equal("member", mine.GetProperty("role").GetString());
        Assert.Equal("Analysts", mine.GetProperty("groups")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, permissions.GetProperty("apiKeyScopes").ValueKind);

        var renamed = await (await owner.Client.PatchAsJsonAsync($"/api/organizations/{id}/groups/{group.Id()}", new { name = "Data team" })).JsonAsync();
        Assert.Equal("Data team", renamed.GetProperty("name").GetString());
        await (await owner.Client.DeleteAsync($"/api/organizations/{id}/members/{member.Id}")).EnsureStatus(HttpStatusCode.NoContent);
        var groups = await (await owner.Client.GetAsync($"/api/organizations/{id}/groups")).JsonAsync();
        Assert.Empty(groups[0].GetProperty("memberIds").EnumerateArray());
        await (await owner.Client.DeleteAsync($"/api/organizations/{id}/groups/{group.Id()}/members/{member.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.DeleteAsync($"/api/organizations/{id}/groups/{group.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await owner.Client.DeleteAsync($"/api/organizations/{id}/groups/{group.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Colleagues_are_found_by_part_of_their_name()
    {
        var owner = await Person.RegisterAsync(factory);
        var colleague = await Person.RegisterAsync(factory);
        var id = (await CreateAsync(owner)).Id();
        await AddAsync(owner, id, colleague);
        var found = await (await owner.Client.GetAsync($"/api/users/search?q={colleague.Email[5..20]}")).JsonAsync();
        Assert.Equal(colleague.Id, Assert.Single(found.EnumerateArray()).Id());
    }

    [Fact]
    public async Task Bad_input_is_refused_and_changes_nothing()
    {
        var owner = await Person.RegisterAsync(factory);
        await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = new string('n', 101) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = "   " })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, (await (await owner.Client.GetAsync("/api/organizations")).JsonAsync()).GetProperty("total").GetInt64());

        var id = (await CreateAsync(owner)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{id}/members", new { email = "nobody-here@example.com" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{id}/members", new { email = owner.Email })).ProblemAsync(HttpStatusCode.Conflict);
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{id}/members", new { email = "x@example.com", role = "emperor" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{id}/groups", new { name = new string('g', 101) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.GetAsync($"/api/organizations/{id}/members?limit=0")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PatchAsJsonAsync($"/api/organizations/{id}/members/{Guid.NewGuid()}", new { role = "admin" })).ProblemAsync(HttpStatusCode.NotFound);
        var members = await (await owner.Client.GetAsync($"/api/organizations/{id}/members")).JsonAsync();
        Assert.Equal(1, members.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_deleted_last_owner_leaves_the_organisation_to_the_super_admin()
    {
        var adminAuth = await factory.AdminAsync();
        using var admin = factory.CreateClient(adminAuth.AccessToken);
        var owner = await Person.RegisterAsync(factory);
        var id = (await CreateAsync(owner)).Id();
        await (await admin.DeleteAsync($"/api/admin/users/{owner.Id}")).EnsureStatus(HttpStatusCode.NoContent);
        var members = await (await admin.GetAsync($"/api/organizations/{id}/members")).JsonAsync();
        var only = Assert.Single(members.GetProperty("items").EnumerateArray());
        Assert.Equal(adminAuth.User.Id, only.GetProperty("userId").GetGuid());
        Assert.Equal("owner", only.GetProperty("role").GetString());
    }
}
