using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Tests.Datasets;

namespace Platform.Tests.Browser;

/// <summary>
/// A single-page app as a browser runs it: <c>spa.html</c>, served from another loopback origin, calls the API
/// with fetch (CORS), follows a room with EventSource (token in the query), reads the streamed answer with a body
/// reader, pins a panel and draws it with vega-embed, in headless Chromium driven by playwright-core.
/// </summary>
public sealed class ReferenceClientTests
{
    private static readonly string Here = Path.Combine(TestPostgres.RepositoryRoot, "tests", "Platform.Tests", "Browser");
    private static readonly string Modules = Path.Combine(TestPostgres.RepositoryRoot, "build", "node_modules");
    private static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [Fact]
    public async Task A_page_on_another_origin_registers_uploads_follows_a_room_streams_an_answer_and_draws_a_panel()
    {
        await using var page = await StartPageAsync();
        var origin = page.Urls.First().TrimEnd('/');
        await using var factory = await new PlatformFactory().With("Platform:Cors:Origins:0", origin).StartAsync();
        factory.UseKestrel(0);
        factory.StartServer();
        var api = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        var info = new ProcessStartInfo("node", [Path.Combine(Here, "drive.cjs"), $"{origin}/?api={Uri.EscapeDataString(api)}", Modules, Chromium])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var driver = Process.Start(info)!;
        var output = driver.StandardOutput.ReadToEndAsync();
        var errors = driver.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await driver.WaitForExitAsync(timeout.Token);
        Assert.True(driver.ExitCode == 0, $"the browser driver failed: {await errors}");

        var report = JsonDocument.Parse(await output).RootElement;
        var steps = report.GetProperty("steps").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => (Ok: s.GetProperty("ok").GetBoolean(), Detail: s.GetProperty("detail").ToString()));
        var console = string.Join('\n', report.GetProperty("console").EnumerateArray().Select(l => l.GetString()));
        string Why(string step) => $"{step}: {(steps.TryGetValue(step, out var s) ? s.Detail : "not reached")}\nbrowser console:\n{console}";
        foreach (var step in new[] { "register", "upload", "room", "event-source", "nl-stream", "pin-panel", "render" })
            Assert.True(steps.TryGetValue(step, out var s) && s.Ok, Why(step));
        Assert.Equal("hello from the browser", steps["event-source"].Detail);
        Assert.Equal("average price by symbol", steps["pin-panel"].Detail);
    }

    /// <summary>The page, its sample data and the vega builds, on a loopback port of their own (another origin than the API).</summary>
    private static async Task<WebApplication> StartPageAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => Results.File(Path.Combine(Here, "spa.html"), "text/html"));
        app.MapGet("/stocks.csv", () => Results.File(Path.Combine(DatasetUploads.Samples, "stocks.csv"), "text/csv"));
        foreach (var (name, path) in new[] { ("vega", "vega/build/vega.min.js"), ("vega-lite", "vega-lite/build/vega-lite.min.js"), ("vega-embed", "vega-embed/build/vega-embed.min.js") })
            app.MapGet($"/{name}.js", () => Results.File(Path.Combine(Modules, path), "text/javascript"));
        await app.StartAsync();
        return app;
    }
}
