using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Tests.Identity;

/// <summary>Sign-up modes (open to some domains, invitation, waitlist, closed) and single-use invitations.</summary>
public sealed partial class SignupTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [GeneratedRegex(@"invite\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex InviteLink();

    private async Task<HttpClient> AdminAsync() => factory.CreateClient((await factory.AdminAsync()).AccessToken);

    private static async Task SetModeAsync(HttpClient admin, string mode, params string[] allowedDomains) =>
        await (await admin.PutAsJsonAsync("/api/admin/signup-settings", new { mode, allowedDomains })).EnsureStatus(HttpStatusCode.OK);

    private async Task<HttpResponseMessage> RegisterAsync(string email, string? inviteToken = null)
    {
        using var anonymous = factory.CreateClient();
        return await anonymous.PostAsJsonAsync("/api/auth/register", new { email, password = TestUsers.Password, inviteToken });
    }

    [Fact]
    public async Task Open_sign_up_can_be_limited_to_domains()
    {
        using var admin = await AdminAsync();
        await SetModeAsync(admin, "open", "Example.org");
        var settings = await (await admin.GetAsync("/api/admin/signup-settings")).JsonAsync();
        Assert.Equal("example.org", settings.GetProperty("allowedDomains")[0].GetString());

        await (await RegisterAsync($"someone-{Guid.NewGuid():N}@example.com")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await RegisterAsync($"someone-{Guid.NewGuid():N}@EXAMPLE.org")).EnsureStatus(HttpStatusCode.Created);
        await SetModeAsync(admin, "open");
        await (await RegisterAsync(TestUsers.NewEmail())).EnsureStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task By_invitation_only_a_mailed_single_use_link_opens_an_account_with_its_role()
    {
        using var admin = await AdminAsync();
        await SetModeAsync(admin, "invite");
        using var anonymous = factory.CreateClient();
        Assert.Equal("invite", (await (await anonymous.GetAsync("/api/auth/status")).JsonAsync()).GetProperty("signupMode").GetString());
        var email = TestUsers.NewEmail();
        await (await RegisterAsync(email)).ProblemAsync(HttpStatusCode.Forbidden);

        var created = await (await admin.PostAsJsonAsync("/api/admin/invites", new { email, role = "admin" })).JsonAsync(HttpStatusCode.Created);
        var token = InviteLink().Match((await factory.LatestMailAsync(email))!).Groups[1].Value;
        Assert.Equal(created.GetProperty("token").GetString(), token);
        var details = await (await anonymous.GetAsync($"/api/auth/invite/{token}")).JsonAsync();
        Assert.Equal(email, details.GetProperty("email").GetString());

        await (await RegisterAsync(TestUsers.NewEmail(), token)).ProblemAsync(HttpStatusCode.BadRequest);
        var registered = await (await RegisterAsync(email, token)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("admin", registered.GetProperty("user").GetProperty("role").GetString());
        Assert.True(registered.GetProperty("user").GetProperty("emailVerified").GetBoolean());

        await (await anonymous.GetAsync($"/api/auth/invite/{token}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await RegisterAsync(TestUsers.NewEmail(), token)).ProblemAsync(HttpStatusCode.BadRequest);
        var listed = await (await admin.GetAsync("/api/admin/invites")).JsonAsync();
        Assert.Equal("used", listed.GetProperty("items").EnumerateArray().Single(i => i.Id() == created.GetProperty("invite").Id()).GetProperty("status").GetString());
        await SetModeAsync(admin, "open");
    }

    [Fact]
    public async Task A_revoked_invitation_no_longer_works_and_an_admin_cannot_invite_a_super_admin()
    {
        using var admin = await AdminAsync();
        var email = TestUsers.NewEmail();
        var created = await (await admin.PostAsJsonAsync("/api/admin/invites", new { email, expiresInDays = 1 })).JsonAsync(HttpStatusCode.Created);
        await (await admin.DeleteAsync($"/api/admin/invites/{created.GetProperty("invite").Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await RegisterAsync(email, created.GetProperty("token").GetString())).ProblemAsync(HttpStatusCode.BadRequest);

        var plainAdmin = await Person.RegisterAsync(factory);
        await (await admin.PatchAsJsonAsync($"/api/admin/users/{plainAdmin.Id}", new { role = "admin" })).EnsureStatus(HttpStatusCode.OK);
        var refreshed = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = plainAdmin.Auth.RefreshToken })).JsonAsync();
        using var asAdmin = factory.CreateClient(refreshed.GetProperty("accessToken").GetString()!);
        await (await asAdmin.PostAsJsonAsync("/api/admin/invites", new { email = TestUsers.NewEmail(), role = "super_admin" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostAsJsonAsync("/api/admin/invites", new { email = plainAdmin.Email })).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsJsonAsync("/api/admin/invites", new { email, expiresInDays = 365 })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await plainAdmin.Client.GetAsync("/api/admin/invites")).EnsureStatus(HttpStatusCode.Unauthorized);
        var user = await Person.RegisterAsync(factory);
        await (await user.Client.GetAsync("/api/admin/invites")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.Client.PutAsJsonAsync("/api/admin/signup-settings", new { mode = "closed" })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Through_the_waitlist_an_approval_mails_an_invitation_and_a_rejection_does_not()
    {
        using var admin = await AdminAsync();
        await SetModeAsync(admin, "waitlist");
        using var anonymous = factory.CreateClient();
        var approved = TestUsers.NewEmail();
        var rejected = TestUsers.NewEmail();
        await (await RegisterAsync(approved)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.PostAsJsonAsync("/api/auth/pending-signup", new { email = approved, name = "Ada", reason = "Our team's data" })).EnsureStatus(HttpStatusCode.Accepted);
        await (await anonymous.PostAsJsonAsync("/api/auth/pending-signup", new { email = approved })).EnsureStatus(HttpStatusCode.Accepted);
        await (await anonymous.PostAsJsonAsync("/api/auth/pending-signup", new { email = rejected })).EnsureStatus(HttpStatusCode.Accepted);

        var waiting = (await (await admin.GetAsync("/api/admin/waitlist?limit=100")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Single(waiting, w => w.GetProperty("email").GetString() == approved);
        var approvedEntry = waiting.Single(w => w.GetProperty("email").GetString() == approved).Id();
        var rejectedEntry = waiting.Single(w => w.GetProperty("email").GetString() == rejected).Id();

        await (await admin.PostAsync($"/api/admin/waitlist/{rejectedEntry}/reject", null)).EnsureStatus(HttpStatusCode.OK);
        Assert.Null(await factory.LatestMailAsync(rejected));
        var decided = await (await admin.PostAsync($"/api/admin/waitlist/{approvedEntry}/approve", null)).JsonAsync();
        Assert.Equal("approved", decided.GetProperty("status").GetString());
        await (await admin.PostAsync($"/api/admin/waitlist/{approvedEntry}/approve", null)).ProblemAsync(HttpStatusCode.Conflict);

        var token = InviteLink().Match((await factory.LatestMailAsync(approved))!).Groups[1].Value;
        await (await RegisterAsync(approved, token)).EnsureStatus(HttpStatusCode.Created);
        await (await admin.GetAsync("/api/admin/waitlist?status=maybe")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostAsync($"/api/admin/waitlist/{Guid.NewGuid()}/approve", null)).ProblemAsync(HttpStatusCode.NotFound);
        await SetModeAsync(admin, "open");
    }

    [Fact]
    public async Task Closed_sign_up_refuses_everyone_but_invitations_and_the_waitlist_is_only_for_waitlist_mode()
    {
        using var admin = await AdminAsync();
        await SetModeAsync(admin, "closed");
        using var anonymous = factory.CreateClient();
        await (await RegisterAsync(TestUsers.NewEmail())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.PostAsJsonAsync("/api/auth/pending-signup", new { email = TestUsers.NewEmail() })).ProblemAsync(HttpStatusCode.Conflict);
        var email = TestUsers.NewEmail();
        var created = await (await admin.PostAsJsonAsync("/api/admin/invites", new { email })).JsonAsync(HttpStatusCode.Created);
        await (await RegisterAsync(email, created.GetProperty("token").GetString())).EnsureStatus(HttpStatusCode.Created);

        await (await admin.PutAsJsonAsync("/api/admin/signup-settings", new { mode = "sometimes" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PutAsJsonAsync("/api/admin/signup-settings", new { mode = "open", allowedDomains = new[] { "not a domain" } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.GetAsync($"/api/auth/invite/{new string('x', 300)}")).ProblemAsync(HttpStatusCode.BadRequest);
        await SetModeAsync(admin, "open");
    }
}
