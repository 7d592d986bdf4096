using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Identity;

public sealed class LoginThrottleTests
{
    [Fact]
    public async Task Repeated_failures_for_one_account_are_answered_429_with_retry_after()
    {
        await using var factory = await new PlatformFactory().With("Platform:Auth:FailuresPerAccount", "3").StartAsync();
        var email = TestUsers.NewEmail();
        await factory.RegisterAsync(email);
        var other = TestUsers.NewEmail();
        await factory.RegisterAsync(other);
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
            await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong password" })).ProblemAsync(HttpStatusCode.Unauthorized);
        var throttled = await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password });
        var otherAccount = await client.PostAsJsonAsync("/api/auth/login", new { email = other, password = TestUsers.Password });

        await throttled.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(throttled.Headers.GetValues("Retry-After").Single()), 1, 15 * 60);
        await otherAccount.EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Repeated_failures_from_one_client_across_accounts_are_answered_429()
    {
        await using var factory = await new PlatformFactory().With("Platform:Auth:FailuresPerClient", "4").StartAsync();
        var email = TestUsers.NewEmail();
        await factory.RegisterAsync(email);
        using var client = factory.CreateClient();

        for (var i = 0; i < 4; i++)
            await (await client.PostAsJsonAsync("/api/auth/login", new { email = TestUsers.NewEmail(), password = "wrong password" })).ProblemAsync(HttpStatusCode.Unauthorized);
        var throttled = await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password });

        await throttled.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(throttled.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Sign_in_routes_are_rate_limited_per_client()
    {
        await using var factory = await new PlatformFactory().With("Platform:Auth:RequestsPerMinutePerClient", "5").StartAsync();
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = TestUsers.NewEmail() })).StatusCode);
        var last = await client.PostAsJsonAsync("/api/auth/login", new { email = TestUsers.NewEmail(), password = "whatever it is" });

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        await last.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(last.Headers.Contains("Retry-After"));
    }
}
