using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Platform.Tests.Identity;

/// <summary>
/// GitHub's OAuth endpoints and the REST API calls sign-in makes, on loopback (GitHub itself cannot be reached here):
/// authorize (the person is taken as signed in and approving), access_token, /api/v3/user and /api/v3/user/emails, as
/// a GitHub Enterprise Server serves them.
/// </summary>
public sealed class FakeGitHub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (string Login, string Challenge)> _codes = new();
    private readonly ConcurrentDictionary<string, string> _tokens = new();

    public string Issuer { get; }
    public Dictionary<string, (long Id, string Name, string Email, bool Verified)> Users { get; } = [];
    public string? SignedIn { get; set; }

    private FakeGitHub(WebApplication app, string issuer) => (_app, Issuer) = (app, issuer);

    public static async Task<FakeGitHub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeGitHub? github = null;
        app.MapGet("/login/oauth/authorize", (string client_id, string redirect_uri, string state, string code_challenge) =>
        {
            var code = Guid.NewGuid().ToString("N");
            github!._codes[code] = (github.SignedIn!, code_challenge);
            return Results.Redirect(QueryHelpers.AddQueryString(redirect_uri, new Dictionary<string, string?> { ["code"] = code, ["state"] = state }));
        });
        app.MapPost("/login/oauth/access_token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["client_secret"] != "github-secret" || !github!._codes.TryRemove(form["code"].ToString(), out var grant)
                || Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.Challenge)
                return Results.Json(new { error = "bad_verification_code", error_description = "The code passed is incorrect or expired." });
            var token = "gho_" + Guid.NewGuid().ToString("N");
            github._tokens[token] = grant.Login;
            return Results.Json(new { access_token = token, token_type = "bearer", scope = "read:user,user:email" });
        });
        app.MapGet("/api/v3/user", (HttpRequest request) => github!.Who(request) is { } login
            ? Results.Json(new { login, id = github.Users[login].Id, name = github.Users[login].Name, email = (string?)null })
            : Results.Unauthorized());
        app.MapGet("/api/v3/user/emails", (HttpRequest request) => github!.Who(request) is { } login
            ? Results.Json(new[] { new { email = $"noreply-{login}@users.noreply.example", primary = false, verified = true },
                new { email = github.Users[login].Email, primary = true, verified = github.Users[login].Verified } })
            : Results.Unauthorized());
        await app.StartAsync();
        github = new FakeGitHub(app, app.Urls.First());
        return github;
    }

    private string? Who(HttpRequest request) =>
        string.IsNullOrEmpty(request.Headers.UserAgent) ? null : _tokens.GetValueOrDefault(request.Headers.Authorization.ToString().Replace("Bearer ", ""));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed class GitHubSignInTests
{
    [Fact]
    public async Task Signing_in_with_GitHub_reads_the_person_from_its_API_and_links_an_account_only_by_a_verified_primary_address()
    {
        await using var github = await FakeGitHub.StartAsync();
        var email = TestUsers.NewEmail();
        github.Users["octocat"] = (583231, "The Octocat", email, true);
        var taken = TestUsers.NewEmail();
        github.Users["unverified"] = (1, "Unverified", taken, false);
        await using var factory = await new PlatformFactory().StartAsync();
        var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        var saved = await (await admin.PostAsJsonAsync("/api/settings/oidc", new
        {
            preset = "github", issuer = github.Issuer, clientId = "github-client", clientSecret = "github-secret", requireHttpsMetadata = false,
        })).JsonAsync();
        Assert.Equal("GitHub", saved.GetProperty("displayName").GetString());
        var status = await (await factory.CreateClient().GetAsync("/api/auth/status")).JsonAsync();
        Assert.Equal("github", status.GetProperty("providers")[0].GetProperty("id").GetString());

        async Task<Dictionary<string, string>> SignInAsync(string login)
        {
            github.SignedIn = login;
            var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var authorize = (await browser.GetAsync("/api/oidc/login?provider=github")).Headers.Location!;
            Assert.StartsWith($"{github.Issuer}/login/oauth/authorize?", authorize.ToString());
            using var gitHubBrowser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            var callback = (await gitHubBrowser.GetAsync(authorize)).Headers.Location!;
            var back = (await browser.GetAsync(callback.PathAndQuery)).Headers.Location!;
            return QueryHelpers.ParseQuery(back.Query).ToDictionary(q => q.Key, q => q.Value.ToString());
        }

        var code = (await SignInAsync("octocat"))["code"];
        var tokens = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/oidc/exchange", new { code })).JsonAsync();
        Assert.Equal(email, tokens.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal("The Octocat", tokens.GetProperty("user").GetProperty("displayName").GetString());

        await factory.RegisterAsync(taken);
        var refused = await SignInAsync("unverified");
        Assert.Equal("sign_in_failed", refused["error"]);
    }
}
