using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on loopback with scripted replies, standing in for a real
/// language model: each request takes the next reply (text, or tool calls), answered whole or streamed as
/// <c>chat.completion.chunk</c> frames when the request asks to stream; the prompts it received are kept for inspection.
/// </summary>
public sealed class OpenAiStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<CancellationToken, Task<StubReply>>> _replies = new();

    /// <summary>A scripted reply: its text in parts (streamed one chunk each, <paramref name="Between"/> apart), and the tools it calls.</summary>
    public sealed record StubReply(string[] Parts, (string Name, string Arguments)[]? ToolCalls = null, TimeSpan Between = default);

    private static readonly JsonSerializerOptions WithoutNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

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
            int number;
            lock (stub!.Requests)
            {
                stub.Requests.Add(request);
                stub.Authorizations.Add(http.Request.Headers.Authorization.ToString());
                number = stub.Requests.Count;
            }
            var reply = stub._replies.TryDequeue(out var next) ? await next(http.RequestAborted) : new StubReply(["I have nothing more to say."]);
            var id = $"chatcmpl-{number}";
            var finish = reply.ToolCalls is { Length: > 0 } ? "tool_calls" : "stop";
            var toolCalls = reply.ToolCalls?.Select((c, i) => new { index = i, id = $"call_{number}_{i}", type = "function", function = new { name = c.Name, arguments = c.Arguments } }).ToArray();
            if (!(request.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True))
                return Results.Json(new
                {
                    id, @object = "chat.completion", created = 1_700_000_000, model = "stub-model",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = reply.Parts.Length == 0 ? null : string.Concat(reply.Parts), tool_calls = toolCalls }, finish_reason = finish } },
                    usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
                }, WithoutNulls);
            // The streaming protocol: chat.completion.chunk frames, then [DONE].
            http.Response.ContentType = "text/event-stream";
            async Task ChunkAsync(object delta, string? finishReason)
            {
                var chunk = new { id, @object = "chat.completion.chunk", created = 1_700_000_000, model = "stub-model", choices = new[] { new { index = 0, delta, finish_reason = finishReason } } };
                await http.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk, WithoutNulls)}\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
            await ChunkAsync(new { role = "assistant", content = "" }, null);
            foreach (var part in reply.Parts)
            {
                if (reply.Between > TimeSpan.Zero) await Task.Delay(reply.Between, http.RequestAborted);
                await ChunkAsync(new { content = part }, null);
            }
            if (toolCalls is not null) await ChunkAsync(new { tool_calls = toolCalls }, null);
            await ChunkAsync(new { }, finish);
            await http.Response.WriteAsync("data: [DONE]\n\n", http.RequestAborted);
            return Results.Empty;
        });
        await app.StartAsync();
        stub = new OpenAiStub(app, app.Urls.First() + "/v1");
        return stub;
    }

    public OpenAiStub Reply(string content)
    {
        _replies.Enqueue(_ => Task.FromResult(new StubReply([content])));
        return this;
    }

    /// <summary>A reply that calls a tool with JSON arguments (and says nothing).</summary>
    public OpenAiStub CallTool(string name, object arguments)
    {
        _replies.Enqueue(_ => Task.FromResult(new StubReply([], [(name, JsonSerializer.Serialize(arguments))])));
        return this;
    }

    /// <summary>A reply streamed in parts, <paramref name="between"/> apart (a non-streaming request gets them at once).</summary>
    public OpenAiStub ReplySlowly(TimeSpan between, params string[] parts)
    {
        _replies.Enqueue(_ => Task.FromResult(new StubReply(parts, null, between)));
        return this;
    }

    /// <summary>A reply that comes too late.</summary>
    public OpenAiStub ReplyAfter(TimeSpan delay, string content)
    {
        _replies.Enqueue(async ct =>
        {
            await Task.Delay(delay, ct);
            return new StubReply([content]);
        });
        return this;
    }

    /// <summary>Everything the model was told in one request.</summary>
    public string Prompt(int request) => string.Join("\n", Requests[request].GetProperty("messages").EnumerateArray()
        .Select(m => m.TryGetProperty("content", out var content) ? content.ToString() : ""));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
