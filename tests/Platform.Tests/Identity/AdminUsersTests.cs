using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Tests.Identity;

/// <summary>Administrators open, change, disable and delete accounts; the account's state is enforced on every request at once.</summary>
public sealed class AdminUsersTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<HttpClient> AdminClientAsync() => factory.CreateClient((await factory.AdminAsync()).AccessToken);

    private async Task<(Guid Id, string Email, string Password)> CreateUserAsync(HttpClient admin, string role = "user")
    {
        var email = TestUsers.NewEmail();
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new { email, name = "Made by admin", role })).JsonAsync(HttpStatusCode.Created);
        return (created.GetProperty("user").Id(), email, created.GetProperty("generatedPassword").GetString()!);
    }

    private async Task<JsonElement> LoginAsync(string email, string password, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password });
        return expected == HttpStatusCode.OK ? await response.JsonAsync() : await response.ProblemAsync(expected);
    }

    [Fact]
    public async Task A_created_account_signs_in_with_the_generated_password_and_must_change_it_before_anything_else()
    {
        using var admin = await AdminClientAsync();
        var (_, email, password) = await CreateUserAsync(admin);
        Assert.True(password.Length >= 16);

        var signedIn = await LoginAsync(email, password);
        Assert.True(signedIn.GetProperty("user").GetProperty("mustChangePassword").GetBoolean());
        using var first = factory.CreateClient(signedIn.GetProperty("accessToken").GetString()!);
        var refused = await (await first.GetAsync("/api/rooms")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("change-password", refused.GetProperty("detail").GetString());
        await (await first.GetAsync("/api/auth/me")).EnsureStatus(HttpStatusCode.OK);

        var changed = await (await first.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = password, newPassword = TestUsers.Password })).JsonAsync();
        Assert.False(changed.GetProperty("user").GetProperty("mustChangePassword").GetBoolean());
        using var after = factory.CreateClient(changed.GetProperty("accessToken").GetString()!);
        await (await after.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Administrators_list_and_search_accounts_and_nobody_else_may()
    {
        using var admin = await AdminClientAsync();
        var (id, email, _) = await CreateUserAsync(admin);

        var found = await (await admin.GetAsync($"/api/admin/users?search={email[..20].ToUpperInvariant()}")).JsonAsync();
        Assert.Equal(1, found.GetProperty("total").GetInt64());
        Assert.Equal(id, found.GetProperty("items")[0].Id());
        var page = await (await admin.GetAsync("/api/admin/users?limit=1&offset=1")).JsonAsync();
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt64() >= 2);
        await (await admin.GetAsync("/api/admin/users?limit=101")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync($"/api/admin/users?search={new string('x', 300)}")).ProblemAsync(HttpStatusCode.BadRequest);

        var user = await Person.RegisterAsync(factory);
        foreach (var call in new Func<HttpClient, Task<HttpResponseMessage>>[]
                 {
                     c => c.GetAsync("/api/admin/users"),
                     c => c.PostAsJsonAsync("/api/admin/users", new { email = TestUsers.NewEmail(), name = "x", role = "user" }),
                     c => c.PatchAsJsonAsync($"/api/admin/users/{id}", new { disabled = true }),
                     c => c.DeleteAsync($"/api/admin/users/{id}"),
                     c => c.PostAsync($"/api/admin/users/{id}/reset-password", null),
                     c => c.GetAsync($"/api/admin/users/{id}/check-delete"),
                 })
        {
            await (await call(user.Client)).ProblemAsync(HttpStatusCode.Forbidden);
            using var anonymous = factory.CreateClient();
            await (await call(anonymous)).EnsureStatus(HttpStatusCode.Unauthorized);
        }
        await (await admin.GetAsync($"/api/admin/users/{Guid.NewGuid()}/check-delete")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_input_is_refused_and_creates_nothing()
    {
        using var admin = await AdminClientAsync();
        var email = TestUsers.NewEmail();
        await (await admin.PostAsJsonAsync("/api/admin/users", new { email, name = new string('n', 101), role = "user" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostAsJsonAsync("/api/admin/users", new { email, name = "x", role = "owner" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostAsJsonAsync("/api/admin/users", new { email = "not an address", name = "x", role = "user" })).ProblemAsync(HttpStatusCode.BadRequest);
        var none = await (await admin.GetAsync($"/api/admin/users?search={email}")).JsonAsync();
        Assert.Equal(0, none.GetProperty("total").GetInt64());

        var (id, taken, _) = await CreateUserAsync(admin);
        await (await admin.PostAsJsonAsync("/api/admin/users", new { email = taken.ToUpperInvariant(), name = "x", role = "user" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PatchAsJsonAsync($"/api/admin/users/{id}", new { role = "root" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PatchAsJsonAsync($"/api/admin/users/{id}", new { name = "  " })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PatchAsJsonAsync($"/api/admin/users/{Guid.NewGuid()}", new { name = "x" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_tokens_and_sign_ins_at_once_and_enabling_restores_them()
    {
        using var admin = await AdminClientAsync();
        var person = await Person.RegisterAsync(factory);
        await (await person.Client.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);

        var disabled = await (await admin.PatchAsJsonAsync($"/api/admin/users/{person.Id}", new { disabled = true })).JsonAsync();
        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        await (await person.Client.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.Unauthorized);
        using var anonymous = factory.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = person.Auth.RefreshToken })).ProblemAsync(HttpStatusCode.Unauthorized);
        await LoginAsync(person.Email, TestUsers.Password, HttpStatusCode.Forbidden);

        await (await admin.PatchAsJsonAsync($"/api/admin/users/{person.Id}", new { disabled = false })).EnsureStatus(HttpStatusCode.OK);
        var again = await LoginAsync(person.Email, TestUsers.Password);
        using var client = factory.CreateClient(again.GetProperty("accessToken").GetString()!);
        await (await client.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_role_ends_the_old_tokens_and_the_next_ones_carry_it()
    {
        using var admin = await AdminClientAsync();
        var person = await Person.RegisterAsync(factory);
        var promoted = await (await admin.PatchAsJsonAsync($"/api/admin/users/{person.Id}", new { role = "admin", name = "Promoted" })).JsonAsync();
        Assert.Equal("admin", promoted.GetProperty("role").GetString());
        Assert.Equal("Promoted", promoted.GetProperty("displayName").GetString());

        await (await person.Client.GetAsync("/api/admin/users")).EnsureStatus(HttpStatusCode.Unauthorized);
        using var anonymous = factory.CreateClient();
        var refreshed = await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = person.Auth.RefreshToken })).JsonAsync();
        Assert.Equal("admin", refreshed.GetProperty("user").GetProperty("role").GetString());
        using var asAdmin = factory.CreateClient(refreshed.GetProperty("accessToken").GetString()!);
        await (await asAdmin.GetAsync("/api/admin/users")).EnsureStatus(HttpStatusCode.OK);

        // An admin who is not super_admin neither grants that role nor touches a super_admin.
        var superAdmin = (await factory.AdminAsync()).User.Id;
        var (other, _, _) = await CreateUserAsync(admin);
        await (await asAdmin.PatchAsJsonAsync($"/api/admin/users/{other}", new { role = "super_admin" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await asAdmin.PostAsJsonAsync("/api/admin/users", new { email = TestUsers.NewEmail(), name = "x", role = "super_admin" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await asAdmin.PatchAsJsonAsync($"/api/admin/users/{superAdmin}", new { disabled = true })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await asAdmin.DeleteAsync($"/api/admin/users/{superAdmin}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await asAdmin.PostAsync($"/api/admin/users/{superAdmin}/reset-password", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await asAdmin.PatchAsJsonAsync($"/api/admin/users/{other}", new { role = "admin" })).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_super_admin_cannot_demote_disable_or_delete_their_own_account()
    {
        var auth = await factory.AdminAsync();
        using var admin = factory.CreateClient(auth.AccessToken);
        await (await admin.PatchAsJsonAsync($"/api/admin/users/{auth.User.Id}", new { role = "user" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PatchAsJsonAsync($"/api/admin/users/{auth.User.Id}", new { disabled = true })).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.DeleteAsync($"/api/admin/users/{auth.User.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        var check = await (await admin.GetAsync($"/api/admin/users/{auth.User.Id}/check-delete")).JsonAsync();
        Assert.False(check.GetProperty("canDelete").GetBoolean());
        await (await admin.GetAsync("/api/auth/me")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Deleting_an_account_hands_what_it_owns_to_a_super_admin_and_ends_its_access()
    {
        var adminAuth = await factory.AdminAsync();
        using var admin = factory.CreateClient(adminAuth.AccessToken);
        var person = await Person.RegisterAsync(factory);
        var roomId = await person.CreateRoomAsync("Handed over");
        var dashboard = await (await person.Client.PostAsJsonAsync("/api/dashboards", new { name = "Kept" })).JsonAsync(HttpStatusCode.Created);

        var check = await (await admin.GetAsync($"/api/admin/users/{person.Id}/check-delete")).JsonAsync();
        Assert.True(check.GetProperty("canDelete").GetBoolean());
        Assert.Equal(adminAuth.User.Id, check.GetProperty("successorId").GetGuid());
        var owned = check.GetProperty("owned").EnumerateArray().ToDictionary(h => h.GetProperty("kind").GetString()!, h => h.GetProperty("count").GetInt64());
        Assert.Equal(1, owned["rooms owned"]);
        Assert.Equal(1, owned["dashboards"]);

        await (await admin.DeleteAsync($"/api/admin/users/{person.Id}")).EnsureStatus(HttpStatusCode.NoContent);

        await (await person.Client.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.Unauthorized);
        await LoginAsync(person.Email, TestUsers.Password, HttpStatusCode.Unauthorized);
        var members = await (await admin.GetAsync($"/api/rooms/{roomId}/members")).JsonAsync();
        var memberIds = members.GetProperty("items").EnumerateArray().Select(m => m.Id()).ToList();
        Assert.Contains(adminAuth.User.Id, memberIds);
        Assert.DoesNotContain(person.Id, memberIds);
        var kept = await (await admin.GetAsync($"/api/dashboards/{dashboard.Id()}")).JsonAsync();
        Assert.Equal(adminAuth.User.Id, kept.GetProperty("ownerId").GetGuid());
        await (await admin.DeleteAsync($"/api/admin/users/{person.Id}")).ProblemAsync(HttpStatusCode.NotFound);

        // The address is free again.
        await factory.RegisterAsync(person.Email);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_ends_every_session()
    {
        using var admin = await AdminClientAsync();
        var person = await Person.RegisterAsync(factory);
        var reset = await (await admin.PostAsync($"/api/admin/users/{person.Id}/reset-password", null)).JsonAsync();
        var generated = reset.GetProperty("generatedPassword").GetString()!;

        await (await person.Client.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.Unauthorized);
        await LoginAsync(person.Email, TestUsers.Password, HttpStatusCode.Unauthorized);
        var signedIn = await LoginAsync(person.Email, generated);
        Assert.True(signedIn.GetProperty("user").GetProperty("mustChangePassword").GetBoolean());
        await (await admin.PostAsync($"/api/admin/users/{Guid.NewGuid()}/reset-password", null)).ProblemAsync(HttpStatusCode.NotFound);
    }
}
