using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>The service on a real socket behind a proxy at 127.0.0.1, which says who the client is in X-Forwarded-For.</summary>
    private static async Task<(PlatformFactory Factory, Func<string, HttpClient> From)> BehindProxyAsync(bool trustLoopback)
    {
        var factory = new PlatformFactory().With("Platform:Auth:FailuresPerAccount", "3");
        if (trustLoopback) factory.With("Platform:ForwardedHeaders:KnownProxies:0", "127.0.0.1");
        await factory.StartAsync();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (factory, client =>
        {
            var http = new HttpClient { BaseAddress = new Uri(address) };
            http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
            return http;
        });
    }

    [Fact]
    public async Task Strangers_failing_on_an_account_do_not_lock_its_owner_out()
    {
        var (factory, from) = await BehindProxyAsync(trustLoopback: true);
        await using var _ = factory;
        var email = TestUsers.NewEmail();
        await factory.RegisterAsync(email);
        using var attacker = from("203.0.113.66");
        using var owner = from("198.51.100.5");

        for (var i = 0; i < 3; i++)
            await (await attacker.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong password" })).ProblemAsync(HttpStatusCode.Unauthorized);
        var attackerAgain = await attacker.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password });
        var ownerSignsIn = await owner.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password });

        await attackerAgain.ProblemAsync(HttpStatusCode.TooManyRequests);
        await ownerSignsIn.EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_a_client_cannot_pick_its_address()
    {
        var (factory, from) = await BehindProxyAsync(trustLoopback: false);
        await using var _ = factory;
        var email = TestUsers.NewEmail();
        await factory.RegisterAsync(email);

        for (var i = 0; i < 3; i++)
        {
            using var disguised = from($"203.0.113.{i + 1}");
            await (await disguised.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong password" })).ProblemAsync(HttpStatusCode.Unauthorized);
        }
        using var another = from("203.0.113.99");
        await (await another.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password })).ProblemAsync(HttpStatusCode.TooManyRequests);
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
