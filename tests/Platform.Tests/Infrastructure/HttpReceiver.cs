using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// An HTTP server on loopback standing in for the outside world that automations call: it keeps every request
/// it receives and answers by path — <c>/echo</c> (200, JSON with what it received), <c>/status/{code}</c>,
/// <c>/redirect?to=</c> (302), <c>/large</c> (2 MB), <c>/slow</c> (answers after 30 s), <c>/flaky/{key}/{n}</c> (500 to the
/// first n requests for the key, 200 after).
/// </summary>
public sealed class HttpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record Received(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

    public ConcurrentQueue<Received> Requests { get; } = new();
    public string BaseUrl { get; }

    private HttpReceiver(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<HttpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        HttpReceiver? receiver = null;
        app.Use(async (http, next) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver!.Requests.Enqueue(new Received(http.Request.Method, http.Request.Path + http.Request.QueryString,
                http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), body));
            http.Items["body"] = body;
            await next(http);
        });
        app.Map("/echo/{**rest}", (HttpContext http) => Results.Json(new
        {
            method = http.Request.Method,
            path = http.Request.Path.Value,
            body = (string)http.Items["body"]!,
            contentType = http.Request.ContentType,
        }));
        app.Map("/status/{code:int}", (int code) => Results.Text($"status {code}", statusCode: code));
        app.Map("/redirect", (string to) => Results.Redirect(to));
        var flaky = new ConcurrentDictionary<string, int>();
        app.Map("/flaky/{key}/{failures:int}", (string key, int failures) =>
            flaky.AddOrUpdate(key, 1, (_, seen) => seen + 1) <= failures ? Results.Text("not yet", statusCode: 500) : Results.Json(new { ok = true }));
        app.Map("/large", () => Results.Text(new string('x', 2 * 1024 * 1024)));
        app.Map("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Results.Text("late");
        });
        await app.StartAsync();
        receiver = new HttpReceiver(app, app.Urls.Single());
        return receiver;
    }

    public IReadOnlyList<Received> To(string pathStart) => Requests.Where(r => r.Path.StartsWith(pathStart, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
