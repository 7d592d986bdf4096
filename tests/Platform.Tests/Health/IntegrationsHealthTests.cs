using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Platform.Tests.Health;

public sealed class IntegrationsHealthTests
{
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static JsonElement Item(JsonElement health, string name) =>
        health.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Each_integration_says_whether_it_answers_fails_or_is_not_configured()
    {
        await using var model = await OpenAiStub.StartAsync();
        model.AcceptedKey = "sk-right";
        await using var factory = await new PlatformFactory()
            .With("Platform:Llm:BaseUrl", model.BaseUrl).With("Platform:Llm:Model", "stub-model").With("Platform:Llm:ApiKey", "sk-right")
            .With("Platform:Smtp:Host", "127.0.0.1").With("Platform:Smtp:Port", ClosedPort().ToString())
            .StartAsync();
        var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);

        var health = await (await admin.GetAsync("/api/health/integrations")).JsonAsync();

        Assert.Equal("failing", health.GetProperty("status").GetString());
        Assert.Equal("ok", Item(health, "language-model").GetProperty("status").GetString());
        Assert.True(Item(health, "language-model").GetProperty("latencyMs").GetDouble() > 0);
        Assert.Equal("failing", Item(health, "smtp").GetProperty("status").GetString());
        Assert.Contains("cannot be reached", Item(health, "smtp").GetProperty("description").GetString());
        Assert.Equal("not_configured", Item(health, "log-export").GetProperty("status").GetString());

        model.AcceptedKey = "sk-rotated";
        var refused = await (await admin.GetAsync("/api/health/integrations")).JsonAsync();
        Assert.Contains("refused the key", Item(refused, "language-model").GetProperty("description").GetString());

        // Mail cannot go out here, so the address stays unconfirmed; signing in does not need it.
        var user = factory.CreateClient((await factory.RegisterAsync(verify: false)).AccessToken);
        await (await user.GetAsync("/api/health/integrations")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient().GetAsync("/api/health/integrations")).EnsureStatus(HttpStatusCode.Unauthorized);
        // The orchestrator's readiness does not hang on outside services.
        await (await factory.CreateClient().GetAsync("/health/ready")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Nothing_configured_is_all_ok()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        var health = await (await admin.GetAsync("/api/health/integrations")).JsonAsync();
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.All(health.GetProperty("items").EnumerateArray(), i => Assert.Equal("not_configured", i.GetProperty("status").GetString()));
    }
}
