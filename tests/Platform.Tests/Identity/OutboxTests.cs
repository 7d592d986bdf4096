using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Identity;

/// <summary>The outbox holds reset links: only administrators read it, in every environment.</summary>
public sealed class OutboxTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Anonymous_callers_and_users_cannot_read_a_reset_link_and_take_over_an_account()
    {
        var victim = TestUsers.NewEmail();
        await factory.RegisterAsync(victim);
        var stranger = await factory.RegisterAsync();
        using var anonymous = factory.CreateClient();
        using var user = factory.CreateClient(stranger.AccessToken);
        await (await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email = victim })).EnsureStatus(HttpStatusCode.Accepted);

        await (await anonymous.GetAsync($"/api/dev/outbox?to={victim}")).EnsureStatus(HttpStatusCode.Unauthorized);
        await (await user.GetAsync($"/api/dev/outbox?to={victim}")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("reset-password?token=", await factory.LatestMailAsync(victim));
    }

    [Fact]
    public async Task Outside_development_the_outbox_is_for_administrators_too()
    {
        var logs = new LogCollector();
        await using var production = await new PlatformFactory().With("environment", "Production").WithLogs(logs).StartAsync();
        var email = TestUsers.NewEmail();
        await production.RegisterAsync(email);
        using var anonymous = production.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email })).EnsureStatus(HttpStatusCode.Accepted);

        await (await anonymous.GetAsync($"/api/dev/outbox?to={email}")).EnsureStatus(HttpStatusCode.Unauthorized);
        Assert.Contains("reset-password?token=", await production.LatestMailAsync(email));
        // A local installation's operator also finds the link in the service log.
        Assert.True(logs.Lines.Any(l => l.Contains(email) && l.Contains("reset-password?token=")), string.Join("\n", logs.Lines));
    }
}
