using System.Net;

namespace Platform.Tests.Operations;

/// <summary>Administrators read this instance's recent log events, filtered.</summary>
public sealed class LogsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Recent_events_are_filtered_by_level_text_and_time()
    {
        // A fresh data folder makes the service generate its signing key, which it warns about.
        using var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);

        var warnings = await (await admin.GetAsync("/api/logs?level=warning&q=signingkey")).JsonAsync();
        var warning = Assert.Single(warnings.GetProperty("items").EnumerateArray());
        Assert.Equal("Warning", warning.GetProperty("level").GetString());
        Assert.Contains("Platform:Auth:SigningKey", warning.GetProperty("message").GetString());
        Assert.True(warnings.GetProperty("capacity").GetInt32() > 0);

        var errors = await (await admin.GetAsync("/api/logs?level=Error&q=signingkey")).JsonAsync();
        Assert.Empty(errors.GetProperty("items").EnumerateArray());
        var at = warning.GetProperty("at").GetDateTimeOffset();
        var later = await (await admin.GetAsync($"/api/logs?q=signingkey&from={Uri.EscapeDataString(at.AddSeconds(1).ToString("O"))}")).JsonAsync();
        Assert.Empty(later.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Only_administrators_read_logs_and_bad_filters_are_400()
    {
        var person = await Person.RegisterAsync(factory);
        await (await person.Client.GetAsync("/api/logs")).ProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/logs")).StatusCode);

        using var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        await (await admin.GetAsync("/api/logs?level=loud")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/logs?limit=1001")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync($"/api/logs?q={new string('x', 201)}")).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
