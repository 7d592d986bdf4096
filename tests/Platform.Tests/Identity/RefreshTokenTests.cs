using System.Net;
using System.Net.Http.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Identity;

namespace Platform.Tests.Identity;

public sealed class RefreshTokenTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<HttpResponseMessage> Refresh(string token)
    {
        using var client = factory.CreateClient();
        return await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token });
    }

    [Fact]
    public async Task Refresh_rotates_the_token_and_the_new_pair_works()
    {
        var signedIn = await factory.RegisterAsync();

        var rotated = await (await Refresh(signedIn.RefreshToken)).Content.ReadFromJsonAsync<AuthResponse>();
        var next = await Refresh(rotated!.RefreshToken);

        Assert.NotEqual(signedIn.RefreshToken, rotated.RefreshToken);
        Assert.Equal(signedIn.User.Id, rotated.User.Id);
        await next.EnsureStatus(HttpStatusCode.OK);
        using var client = factory.CreateClient(rotated.AccessToken);
        await (await client.GetAsync("/api/auth/me")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_tabs_refreshing_at_once_both_get_the_same_new_token()
    {
        var signedIn = await factory.RegisterAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Refresh(signedIn.RefreshToken)));
        var pairs = await Task.WhenAll(responses.Select(async r =>
        {
            await r.EnsureStatus(HttpStatusCode.OK);
            return (await r.Content.ReadFromJsonAsync<AuthResponse>())!;
        }));
        var again = await (await Refresh(signedIn.RefreshToken)).Content.ReadFromJsonAsync<AuthResponse>();

        Assert.Single(pairs.Select(p => p.RefreshToken).Append(again!.RefreshToken).Distinct());
        await (await Refresh(pairs[0].RefreshToken)).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reusing_a_spent_token_after_the_grace_window_revokes_the_whole_family()
    {
        await using var strict = await new PlatformFactory().With("Platform:Auth:RefreshGraceWindow", "00:00:00").StartAsync();
        var signedIn = await strict.RegisterAsync();
        using var client = strict.CreateClient();
        var rotated = await (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = signedIn.RefreshToken }))
            .Content.ReadFromJsonAsync<AuthResponse>();
        await Task.Delay(50);

        var reuse = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = signedIn.RefreshToken });
        var successor = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = rotated!.RefreshToken });

        var problem = await reuse.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("already used", problem.GetProperty("detail").GetString());
        await successor.ProblemAsync(HttpStatusCode.Unauthorized);
        await using var session = strict.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(signedIn.User.Id);
        Assert.Contains(events, e => e.Data is RefreshTokenReuseDetected);
    }

    [Fact]
    public async Task Logout_revokes_the_family_and_leaves_other_sign_ins_alone()
    {
        var email = TestUsers.NewEmail();
        var first = await factory.RegisterAsync(email);
        using var client = factory.CreateClient();
        var second = await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password }))
            .Content.ReadFromJsonAsync<AuthResponse>();
        var rotated = await (await Refresh(first.RefreshToken)).Content.ReadFromJsonAsync<AuthResponse>();

        var logout = await client.PostAsJsonAsync("/api/auth/logout", new { refreshToken = rotated!.RefreshToken });

        await logout.EnsureStatus(HttpStatusCode.NoContent);
        await (await Refresh(rotated.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await Refresh(first.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await Refresh(second!.RefreshToken)).EnsureStatus(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("unknown-token-value", HttpStatusCode.Unauthorized)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task Unknown_or_empty_refresh_tokens_are_refused(string token, HttpStatusCode expected)
    {
        var response = await Refresh(token);

        await response.ProblemAsync(expected);
    }

    [Fact]
    public async Task Refresh_tokens_are_stored_only_as_hashes()
    {
        var signedIn = await factory.RegisterAsync();

        await using var session = factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = await session.Query<RefreshToken>().Where(t => t.UserId == signedIn.User.Id).ToListAsync();

        var token = Assert.Single(stored);
        Assert.NotEqual(signedIn.RefreshToken, token.Id);
        Assert.Equal(64, token.Id.Length);
        Assert.InRange(token.ExpiresAt - token.CreatedAt, TimeSpan.FromDays(29.9), TimeSpan.FromDays(30.1));
    }
}
