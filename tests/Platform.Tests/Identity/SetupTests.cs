using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Identity;

public sealed class SetupTests
{
    private static object Setup(string email, string? token = TestUsers.SetupToken) =>
        new { email, password = TestUsers.Password, displayName = "Owner", setupToken = token };

    [Fact]
    public async Task The_administrator_is_set_up_with_the_setup_token_and_setup_closes_afterwards()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        using var client = factory.CreateClient();

        var before = await (await client.GetAsync("/api/auth/status")).JsonAsync();
        Assert.True(before.GetProperty("authEnabled").GetBoolean());
        Assert.False(before.GetProperty("hasUsers").GetBoolean());
        Assert.True(before.GetProperty("setupRequired").GetBoolean());

        var setup = await (await client.PostAsJsonAsync("/api/auth/setup", Setup(" Owner@Example.COM "))).JsonAsync(HttpStatusCode.Created);
        var user = setup.GetProperty("user");
        Assert.Equal("owner@example.com", user.GetProperty("email").GetString());
        Assert.Equal("super_admin", user.GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty(setup.GetProperty("accessToken").GetString()));

        var after = await (await client.GetAsync("/api/auth/status")).JsonAsync();
        Assert.True(after.GetProperty("hasUsers").GetBoolean());
        Assert.False(after.GetProperty("setupRequired").GetBoolean());

        await (await client.PostAsJsonAsync("/api/auth/setup", Setup("second@example.com"))).ProblemAsync(HttpStatusCode.Conflict);
        var registered = await factory.RegisterAsync(verify: false);
        Assert.Equal("user", registered.User.Role);
    }

    [Fact]
    public async Task Setup_without_the_right_token_is_refused_and_creates_nobody()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        using var client = factory.CreateClient();

        var missing = await client.PostAsJsonAsync("/api/auth/setup", Setup("a@example.com", token: null));
        var wrong = await client.PostAsJsonAsync("/api/auth/setup", Setup("a@example.com", token: "guessed"));

        var problem = await missing.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("setupToken", out _));
        await wrong.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.False((await (await client.GetAsync("/api/auth/status")).JsonAsync()).GetProperty("hasUsers").GetBoolean());
        await (await client.PostAsJsonAsync("/api/auth/login", new { email = "a@example.com", password = TestUsers.Password })).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Registering_before_setup_does_not_close_setup()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        var early = await factory.RegisterAsync(verify: false);
        using var client = factory.CreateClient();

        Assert.True((await (await client.GetAsync("/api/auth/status")).JsonAsync()).GetProperty("setupRequired").GetBoolean());
        await (await client.PostAsJsonAsync("/api/auth/setup", Setup(early.User.Email))).ProblemAsync(HttpStatusCode.Conflict);
        var setup = await (await client.PostAsJsonAsync("/api/auth/setup", Setup(TestUsers.NewEmail()))).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("super_admin", setup.GetProperty("user").GetProperty("role").GetString());
        Assert.Equal("user", early.User.Role);
    }

    [Fact]
    public async Task Without_a_configured_token_one_is_generated_and_logged_at_start_up()
    {
        var log = new LogCollector();
        await using var factory = await new PlatformFactory().With("Platform:Auth:SetupToken", "").WithLogs(log).StartAsync();
        using var client = factory.CreateClient();
        await client.GetAsync("/api/auth/status");

        var line = Assert.Single(log.Lines, l => l.Contains("setupToken"));
        var token = System.Text.RegularExpressions.Regex.Match(line, @"setupToken ""?([A-Za-z0-9_-]{20,})").Groups[1].Value;
        await (await client.PostAsJsonAsync("/api/auth/setup", Setup(TestUsers.NewEmail(), "not the logged one"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsJsonAsync("/api/auth/setup", Setup(TestUsers.NewEmail(), token))).EnsureStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Concurrent_setups_create_exactly_one_super_admin()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        using var client = factory.CreateClient();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            client.PostAsJsonAsync("/api/auth/setup", Setup($"admin{i}@example.com"))));

        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }
}
