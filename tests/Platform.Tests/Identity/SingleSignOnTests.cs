using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Tests.Identity;

/// <summary>The service with a real OpenID provider set up at run time, an organisation group the provider's "engineering" group maps to.</summary>
public sealed class SingleSignOnHost : IAsyncLifetime
{
    public const string Callback = "http://localhost/api/oidc/callback";
    public static readonly string Suffix = Guid.NewGuid().ToString("N")[..8];
    public static readonly string Alice = $"alice-{Suffix}@example.com", Bob = $"bob-{Suffix}@example.com", Carol = $"carol-{Suffix}@example.com",
        Dana = $"dana-{Suffix}@example.com";

    public static readonly object Accounts = new Dictionary<string, object>
    {
        ["alice"] = new { email = Alice, email_verified = true, name = "Alice Example", groups = new[] { "engineering", "other" } },
        ["bob"] = new { email = Bob, email_verified = true, name = "Bob", groups = Array.Empty<string>() },
        ["carol"] = new { email = Carol, email_verified = false, name = "Carol", groups = Array.Empty<string>() },
        ["dana"] = new { email = Dana, email_verified = true, name = "Dana", groups = Array.Empty<string>(), roles = new[] { "platform-admins" } },
    };

    public static readonly LogCollector Logs = new();
    public PlatformFactory Factory { get; } = new PlatformFactory().With("Platform:Oidc:ClockSkew", "00:00:00").WithLogs(Logs);
    public OpenIdProvider Provider { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public Guid Organization { get; private set; }
    public Guid Group { get; private set; }

    /// <summary>A client that sees redirects instead of following them, as the tests must.</summary>
    public HttpClient Browser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public object Settings(string issuer) => new
    {
        issuer, clientId = OpenIdProvider.ClientId, clientSecret = OpenIdProvider.ClientSecret, requireHttpsMetadata = false,
        scopes = new[] { "openid", "email", "profile", "groups", "roles" }, displayName = "Example SSO",
        groupMappings = new[] { new { value = "engineering", organizationId = Organization, groupId = Group } },
        roleMappings = new[] { new { value = "platform-admins", role = "admin" } },
    };

    public async Task InitializeAsync()
    {
        await Factory.StartAsync();
        Provider = await OpenIdProvider.StartAsync(Callback, Accounts);
        Admin = Factory.CreateClient((await Factory.AdminAsync()).AccessToken);
        Organization = (await (await Admin.PostAsJsonAsync("/api/organizations", new { name = "Example" })).JsonAsync(HttpStatusCode.Created)).Id();
        Group = (await (await Admin.PostAsJsonAsync($"/api/organizations/{Organization}/groups", new { name = "Engineering" })).JsonAsync(HttpStatusCode.Created)).Id();
        await (await Admin.PostAsJsonAsync("/api/settings/oidc", Settings(Provider.Issuer))).JsonAsync();
    }

    public async Task DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

public sealed class SingleSignOnTests(SingleSignOnHost host) : IClassFixture<SingleSignOnHost>
{
    /// <summary>Starts a sign-in, signs in at the provider, and returns where the platform's callback sends the browser.</summary>
    private async Task<(Uri Back, Uri Callback)> SignInAsync(string subject, OpenIdProvider? provider = null)
    {
        var browser = host.Browser();
        var login = await browser.GetAsync("/api/oidc/login?provider=oidc&returnUrl=" + Uri.EscapeDataString("http://127.0.0.1:5080/signed-in"));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var authorize = login.Headers.Location!;
        Assert.Contains("code_challenge_method=S256", authorize.Query);
        var callback = await (provider ?? host.Provider).SignInAsync(authorize.ToString(), subject);
        Assert.StartsWith(SingleSignOnHost.Callback, callback.ToString());
        var back = await browser.GetAsync(callback.PathAndQuery);
        Assert.True(back.StatusCode == HttpStatusCode.Redirect, await back.Content.ReadAsStringAsync() + string.Join("\n", SingleSignOnHost.Logs.Lines.Where(l => l.Contains("xception")).TakeLast(1)));
        Assert.StartsWith("http://127.0.0.1:5080/signed-in?", back.Headers.Location!.ToString());
        return (back.Headers.Location!, callback);
    }

    private static Dictionary<string, string> Query(Uri uri) => QueryHelpers.ParseQuery(uri.Query).ToDictionary(q => q.Key, q => q.Value.ToString());

    private Task<HttpResponseMessage> ExchangeAsync(string code) => host.Factory.CreateClient().PostAsJsonAsync("/api/auth/oidc/exchange", new { code });

    [Fact]
    public async Task Signing_in_at_the_provider_creates_the_account_maps_its_groups_and_trades_a_one_time_code_for_tokens()
    {
        var status = await (await host.Factory.CreateClient().GetAsync("/api/auth/status")).JsonAsync();
        Assert.True(status.GetProperty("oidcEnabled").GetBoolean());
        Assert.Equal("Example SSO", status.GetProperty("providers")[0].GetProperty("name").GetString());

        var (back, callback) = await SignInAsync("alice");
        var code = Query(back)["code"];
        Assert.DoesNotContain("token", back.Query);

        var tokens = await (await ExchangeAsync(code)).JsonAsync();
        var me = await (await host.Factory.CreateClient(tokens.GetProperty("accessToken").GetString()!).GetAsync("/api/auth/me")).JsonAsync();
        Assert.Equal(SingleSignOnHost.Alice, me.GetProperty("email").GetString());
        Assert.Equal("Alice Example", me.GetProperty("displayName").GetString());
        Assert.True(me.GetProperty("emailVerified").GetBoolean());

        var members = await (await host.Admin.GetAsync($"/api/organizations/{host.Organization}/members")).JsonAsync();
        var alice = members.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("email").GetString() == SingleSignOnHost.Alice);
        Assert.Equal("member", alice.GetProperty("role").GetString());
        Assert.Equal(host.Group, alice.GetProperty("groupIds")[0].GetGuid());

        // The code works once; the provider's answer (state and code) works once.
        await (await ExchangeAsync(code)).ProblemAsync(HttpStatusCode.BadRequest);
        await (await host.Browser().GetAsync(callback.PathAndQuery)).ProblemAsync(HttpStatusCode.BadRequest);

        // A second sign-in finds the same account through its linked identity.
        var again = await (await ExchangeAsync(Query((await SignInAsync("alice")).Back)["code"])).JsonAsync();
        Assert.Equal(me.GetProperty("id").GetGuid(), again.GetProperty("user").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_existing_account_is_linked_only_when_the_provider_vouches_for_the_address()
    {
        var bob = await host.Factory.RegisterAsync(SingleSignOnHost.Bob);
        var signedIn = await (await ExchangeAsync(Query((await SignInAsync("bob")).Back)["code"])).JsonAsync();
        Assert.Equal(bob.User.Id, signedIn.GetProperty("user").GetProperty("id").GetGuid());

        await host.Factory.RegisterAsync(SingleSignOnHost.Carol);
        var refused = Query((await SignInAsync("carol")).Back);
        Assert.Equal("sign_in_failed", refused["error"]);
        Assert.Contains("email_verified", refused["error_description"]);
        Assert.False(refused.ContainsKey("code"));
    }

    [Fact]
    public async Task The_roles_claim_sets_the_platform_role_at_each_sign_in()
    {
        var dana = await (await ExchangeAsync(Query((await SignInAsync("dana")).Back)["code"])).JsonAsync();
        Assert.Equal("admin", dana.GetProperty("user").GetProperty("role").GetString());
        await (await host.Factory.CreateClient(dana.GetProperty("accessToken").GetString()!).GetAsync("/api/admin/users")).EnsureStatus(HttpStatusCode.OK);

        var alice = await (await ExchangeAsync(Query((await SignInAsync("alice")).Back)["code"])).JsonAsync();
        Assert.Equal("user", alice.GetProperty("user").GetProperty("role").GetString());
        await (await host.Admin.PostAsJsonAsync("/api/settings/oidc", new
        {
            issuer = host.Provider.Issuer, clientId = "x", requireHttpsMetadata = false, roleMappings = new[] { new { value = "root", role = "super_admin" } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_state_never_issued_or_a_foreign_return_address_is_refused()
    {
        var browser = host.Browser();
        await (await browser.GetAsync("/api/oidc/callback?code=anything&state=forged")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await browser.GetAsync("/api/oidc/callback?code=anything")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await browser.GetAsync("/api/oidc/login?returnUrl=" + Uri.EscapeDataString("https://evil.example/steal"))).ProblemAsync(HttpStatusCode.BadRequest);
        await (await browser.GetAsync("/api/oidc/login?provider=github")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ExchangeAsync("never-issued")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await ExchangeAsync(new string('c', 10_000))).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_expired_id_token_is_refused()
    {
        // A provider two minutes behind issues ID tokens living one minute: each has expired when it arrives.
        await using var shortLived = await OpenIdProvider.StartAsync(SingleSignOnHost.Callback, SingleSignOnHost.Accounts, idTokenSeconds: 60, clockOffsetSeconds: -120);
        await (await host.Admin.PostAsJsonAsync("/api/settings/oidc", host.Settings(shortLived.Issuer))).JsonAsync();
        try
        {
            var refused = Query((await SignInAsync("alice", shortLived)).Back);
            Assert.Equal("sign_in_failed", refused["error"]);
            Assert.Contains("expired", refused["error_description"]);
        }
        finally
        {
            await (await host.Admin.PostAsJsonAsync("/api/settings/oidc", host.Settings(host.Provider.Issuer))).JsonAsync();
        }
    }

    [Fact]
    public async Task Administrators_set_up_and_test_the_provider_and_nobody_else_sees_its_secret()
    {
        var shown = await (await host.Admin.GetAsync("/api/settings/oidc")).JsonAsync();
        Assert.Equal("saved", shown.GetProperty("source").GetString());
        Assert.DoesNotContain(OpenIdProvider.ClientSecret, shown.GetRawText());
        Assert.StartsWith("****", shown.GetProperty("clientSecret").GetString());

        var test = await (await host.Admin.PostAsync("/api/oidc/test", null)).JsonAsync();
        Assert.True(test.GetProperty("ok").GetBoolean(), test.ToString());
        Assert.Equal(host.Provider.Issuer, test.GetProperty("issuer").GetString());
        Assert.Equal(SingleSignOnHost.Callback, test.GetProperty("redirectUri").GetString());
        Assert.True(test.GetProperty("signingKeys").GetInt32() > 0);
        var unreachable = await (await host.Admin.PostAsJsonAsync("/api/oidc/test", new { issuer = "http://127.0.0.1:1", clientId = "x", requireHttpsMetadata = false })).JsonAsync();
        Assert.False(unreachable.GetProperty("ok").GetBoolean());

        foreach (var bad in new object[]
                 {
                     new { issuer = "http://insecure.example", clientId = "x", clientSecret = "s" },
                     new { issuer = host.Provider.Issuer, clientId = "x", clientSecret = "s", requireHttpsMetadata = false, scopes = new[] { "email" } },
                     new { issuer = host.Provider.Issuer, clientId = new string('x', 201), clientSecret = "s", requireHttpsMetadata = false },
                     new { preset = "microsoft", clientId = "x", clientSecret = "s" },
                     new { issuer = host.Provider.Issuer, clientId = "x", requireHttpsMetadata = false,
                         groupMappings = new[] { new { value = "g", organizationId = host.Organization, groupId = Guid.NewGuid() } } },
                 })
            await (await host.Admin.PostAsJsonAsync("/api/settings/oidc", bad)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(shown.GetRawText(), (await (await host.Admin.GetAsync("/api/settings/oidc")).JsonAsync()).GetRawText());

        var user = await Person.RegisterAsync(host.Factory);
        await (await user.Client.GetAsync("/api/settings/oidc")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.Client.PostAsJsonAsync("/api/settings/oidc", host.Settings(host.Provider.Issuer))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.Client.DeleteAsync("/api/settings/oidc")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.Client.PostAsync("/api/oidc/test", null)).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
