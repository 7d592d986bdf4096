using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Platform.Tests.Operations;

/// <summary>Shipping logs to an OTLP endpoint or a Seq server, set at run time, against a collector on loopback.</summary>
public sealed class LogExportTests : IAsyncLifetime
{
    private const string Token = "collector-token-1234";
    private WebApplication _collector = null!;
    private string _collectorUrl = "";
    private readonly ConcurrentQueue<(string Path, string Authorization, string Body)> _received = new();
    private PlatformFactory _factory = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _collector = builder.Build();
        // A collector that wants its token: OTLP over HTTP (protobuf) and Seq's raw events both land here.
        _collector.Run(async http =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var authorization = http.Request.Headers.Authorization.ToString() + http.Request.Headers["X-Seq-ApiKey"];
            _received.Enqueue((http.Request.Path, authorization, Encoding.Latin1.GetString(body.ToArray())));
            http.Response.StatusCode = authorization.Contains(Token) ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized;
            if (http.Response.StatusCode == 200 && http.Request.Path.StartsWithSegments("/api/events")) await http.Response.WriteAsJsonAsync(new { });
        });
        await _collector.StartAsync();
        _collectorUrl = _collector.Urls.First();
        _factory = await new PlatformFactory().With("Serilog:MinimumLevel:Default", "Information").StartAsync();
        _admin = _factory.CreateClient((await _factory.AdminAsync()).AccessToken);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
        await _collector.DisposeAsync();
    }

    private object Otlp(string token = Token, bool enabled = true, string? endpoint = null) => new
    {
        enabled, kind = "otlp", endpoint = endpoint ?? $"{_collectorUrl}/v1/logs", protocol = "http", minimumLevel = "Information",
        headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
    };

    [Fact]
    public async Task Saved_settings_ship_the_services_logs_with_their_headers_and_hide_the_header_values()
    {
        var empty = await (await _admin.GetAsync("/api/settings/log-export")).JsonAsync();
        Assert.False(empty.GetProperty("enabled").GetBoolean());

        var saved = await (await _admin.PutAsJsonAsync("/api/settings/log-export", Otlp())).JsonAsync();
        Assert.Equal(["Authorization"], saved.GetProperty("headers").EnumerateArray().Select(h => h.GetString()));
        Assert.DoesNotContain(Token, await (await _admin.GetAsync("/api/settings/log-export")).Content.ReadAsStringAsync());
        // The request log names the path: a room id nobody has marks this request's event.
        var marker = Guid.NewGuid().ToString();
        await (await _admin.GetAsync($"/api/rooms/{marker}")).ProblemAsync(HttpStatusCode.NotFound);

        var shipped = await Eventually.Until(() => Task.FromResult(_received.ToList()), r => r.Any(x => x.Body.Contains(marker)));
        var batch = Assert.Single(shipped, r => r.Body.Contains(marker));
        Assert.Equal("/v1/logs", batch.Path);
        Assert.Equal($"Bearer {Token}", batch.Authorization);

        // Switched off, nothing more is shipped.
        await (await _admin.PutAsJsonAsync("/api/settings/log-export", Otlp(enabled: false))).EnsureStatus(HttpStatusCode.OK);
        var before = _received.Count;
        var unshipped = Guid.NewGuid().ToString();
        await (await _admin.GetAsync($"/api/rooms/{unshipped}")).ProblemAsync(HttpStatusCode.NotFound);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.DoesNotContain(_received.Skip(before), r => r.Body.Contains(unshipped));
    }

    [Fact]
    public async Task A_test_send_says_whether_the_destination_accepted_it()
    {
        var accepted = await (await _admin.PostAsJsonAsync("/api/settings/log-export/test", Otlp())).JsonAsync();
        Assert.True(accepted.GetProperty("delivered").GetBoolean(), accepted.ToString());
        var testId = accepted.GetProperty("testId").GetString()!;
        Assert.Contains(_received, r => r.Body.Contains(testId));

        var refused = await (await _admin.PostAsJsonAsync("/api/settings/log-export/test", Otlp(token: "wrong"))).JsonAsync();
        Assert.False(refused.GetProperty("delivered").GetBoolean());
        Assert.Equal(401, refused.GetProperty("status").GetInt32());

        var unreachable = await (await _admin.PostAsJsonAsync("/api/settings/log-export/test", Otlp(endpoint: "http://127.0.0.1:1/v1/logs"))).JsonAsync();
        Assert.False(unreachable.GetProperty("delivered").GetBoolean());
        Assert.Contains("could not be reached", unreachable.GetProperty("error").GetString());

        var seq = await (await _admin.PostAsJsonAsync("/api/settings/log-export/test", new
        {
            enabled = true, kind = "seq", endpoint = _collectorUrl, headers = new Dictionary<string, string> { ["X-Seq-ApiKey"] = Token },
        })).JsonAsync();
        Assert.True(seq.GetProperty("delivered").GetBoolean(), seq.ToString());
        Assert.Contains(_received, r => r.Path.StartsWith("/api/events") && r.Body.Contains(seq.GetProperty("testId").GetString()!));
    }

    [Fact]
    public async Task Only_administrators_configure_it_and_bad_settings_are_400()
    {
        var person = await Person.RegisterAsync(_factory);
        await (await person.Client.GetAsync("/api/settings/log-export")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await person.Client.PutAsJsonAsync("/api/settings/log-export", Otlp())).ProblemAsync(HttpStatusCode.Forbidden);
        await (await person.Client.PostAsJsonAsync("/api/settings/log-export/test", Otlp())).ProblemAsync(HttpStatusCode.Forbidden);

        foreach (var bad in new object[]
                 {
                     new { enabled = true, kind = "ftp", endpoint = _collectorUrl },
                     new { enabled = true, kind = "otlp", endpoint = "collector:4318" },
                     new { enabled = true, kind = "otlp", endpoint = _collectorUrl, protocol = "udp" },
                     new { enabled = true, kind = "otlp", endpoint = _collectorUrl, minimumLevel = "loud" },
                     new { enabled = true, kind = "otlp", endpoint = _collectorUrl, headers = new Dictionary<string, string> { ["X-Evil"] = "a\r\nb" } },
                     new { enabled = true, kind = "otlp", endpoint = new string('a', 600) },
                 })
            await (await _admin.PutAsJsonAsync("/api/settings/log-export", bad)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.False((await (await _admin.GetAsync("/api/settings/log-export")).JsonAsync()).GetProperty("enabled").GetBoolean());
    }
}
