using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on loopback with scripted replies, standing in for a real
/// language model: each request takes the next reply; the prompts it received are kept for inspection.
/// </summary>
public sealed class OpenAiStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<CancellationToken, Task<string>>> _replies = new();

    public List<JsonElement> Requests { get; } = [];
    public List<string> Authorizations { get; } = [];
    public string BaseUrl { get; }

    /// <summary>When set, every request with another bearer key is refused with 401, as a provider does.</summary>
    public string? AcceptedKey { get; set; }

    private OpenAiStub(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<OpenAiStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        OpenAiStub? stub = null;
        app.Use(async (http, next) =>
        {
            if (stub?.AcceptedKey is { } key && http.Request.Headers.Authorization.ToString() != $"Bearer {key}")
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await http.Response.WriteAsJsonAsync(new { error = new { message = "Incorrect API key provided.", type = "invalid_request_error", code = "invalid_api_key" } });
                return;
            }
            await next(http);
        });
        app.MapGet("/v1/models", () => Results.Json(new
        {
            @object = "list",
            data = new[] { "stub-model", "stub-embedder" }.Select(id => new { id, @object = "model", created = 1_700_000_000, owned_by = "stub" }),
        }));
        app.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            var request = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
            lock (stub!.Requests)
            {
                stub.Requests.Add(request);
                stub.Authorizations.Add(http.Request.Headers.Authorization.ToString());
            }
            var content = stub._replies.TryDequeue(out var reply) ? await reply(http.RequestAborted) : "I have nothing more to say.";
            return Results.Json(new
            {
                id = $"chatcmpl-{stub.Requests.Count}", @object = "chat.completion", created = 1_700_000_000, model = "stub-model",
                choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
        });
        await app.StartAsync();
        stub = new OpenAiStub(app, app.Urls.First() + "/v1");
        return stub;
    }

    public OpenAiStub Reply(string content)
    {
        _replies.Enqueue(_ => Task.FromResult(content));
        return this;
    }

    /// <summary>A reply that comes too late.</summary>
    public OpenAiStub ReplyAfter(TimeSpan delay, string content)
    {
        _replies.Enqueue(async ct =>
        {
            await Task.Delay(delay, ct);
            return content;
        });
        return this;
    }

    /// <summary>Everything the model was told in one request.</summary>
    public string Prompt(int request) => string.Join("\n", Requests[request].GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").ToString()));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
