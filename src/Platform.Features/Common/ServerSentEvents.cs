using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Platform.Features.Common;

/// <summary>One frame of a stream: an event with its id (if any), type and JSON data; <see cref="Heartbeat"/> is a comment line.</summary>
public sealed record SseFrame(string? Id, string Event, string Data)
{
    /// <summary>A comment line that keeps idle connections (and proxies) open.</summary>
    public static readonly SseFrame? Heartbeat = null;

    private byte[]? _encoded;

    /// <summary>The frame as written with its own id, encoded once however many subscribers it goes to.</summary>
    internal byte[] Encoded => _encoded ??= Encode(Id, Event, Data);

    internal static byte[] Encode(string? id, string type, string data)
    {
        var text = new StringBuilder();
        if (id is not null) text.Append("id: ").Append(id).Append('\n');
        text.Append("event: ").Append(type).Append('\n');
        foreach (var line in data.Split('\n')) text.Append("data: ").Append(line).Append('\n');
        return Encoding.UTF8.GetBytes(text.Append('\n').ToString());
    }
}

/// <param name="Greeting">The source's first item only says the caller may watch: a <c>: connected</c> comment is written instead.</param>
/// <param name="QuietAfter">Comment lines whenever the source is quiet this long (for sources that do not yield their own heartbeats).</param>
/// <param name="NumberFrames">Frames without an id get the next number.</param>
/// <param name="DoneAfterError">A <c>done</c> frame ends the stream, after an <c>error</c> frame too.</param>
public sealed record SseStreamOptions(bool Greeting = false, TimeSpan? QuietAfter = null, bool NumberFrames = false, bool DoneAfterError = false);

/// <summary>
/// The server-sent events protocol of every stream route, in one place: the first item is awaited before the
/// response starts, so a failed access check or validation is still a plain ProblemDetails response; frames are
/// flushed one by one with heartbeats; a client that went away ends it quietly; a failure on the way becomes an
/// <c>error</c> frame holding ProblemDetails, and the stream closes. A stream opened with an access token ends when
/// the token expires (an <c>error</c> frame with 401), so a connection never outlives the credential it was opened with.
/// </summary>
public static class ServerSentEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="source">The items, given the token that ends them: the request's, or the access token's expiry.</param>
    /// <param name="frame">How an item is written: an event, or <see cref="SseFrame.Heartbeat"/> (null) for a comment.</param>
    public static async Task StreamAsync<T>(HttpContext http, Func<CancellationToken, IAsyncEnumerable<T>> source, Func<T, SseFrame?> frame, SseStreamOptions options, CancellationToken ct)
    {
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (AccessExpiry(http) is { } left)
        {
            // The validator allows some clock skew; a stream does not open on a token already past its expiry.
            if (left == TimeSpan.Zero) throw Expired();
            watching.CancelAfter(left);
        }
        await using var items = source(watching.Token).GetAsyncEnumerator(watching.Token);
        var pending = items.MoveNextAsync().AsTask();
        bool more;
        try
        {
            more = await pending;
        }
        catch (OperationCanceledException) when (watching.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw Expired();
        }
        var writer = Writer.Start(http.Response);
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "other";
        PlatformMetrics.StreamSubscribers.Add(1, route);
        try
        {
            await WriteAsync(http, items, more, writer, frame, options, watching.Token, ct);
        }
        finally
        {
            PlatformMetrics.StreamSubscribers.Add(-1, route);
        }
    }

    /// <param name="watching">Cancelled when the client left or the access token expired.</param>
    private static async Task WriteAsync<T>(HttpContext http, IAsyncEnumerator<T> items, bool more, Writer writer, Func<T, SseFrame?> frame, SseStreamOptions options,
        CancellationToken watching, CancellationToken ct)
    {
        Task<bool> pending;
        var number = 0;
        string NextId(SseFrame f) => f.Id ?? (options.NumberFrames ? (++number).ToString() : null)!;
        try
        {
            if (options.Greeting && more)
            {
                await writer.CommentAsync("connected", ct);
                more = await items.MoveNextAsync();
            }
            while (more)
            {
                if (frame(items.Current) is { } f) await writer.EventAsync(f, NextId(f), ct);
                else await writer.CommentAsync("heartbeat", ct);
                pending = items.MoveNextAsync().AsTask();
                if (options.QuietAfter is { } quiet) await HeartbeatsUntilAsync(pending, writer, quiet, ct);
                more = await pending;
            }
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // The client left: whatever the source failed with on the way out (Npgsql cancelled mid-read) is no one's error.
            return;
        }
        catch (Exception e)
        {
            var problem = e switch
            {
                OperationCanceledException when watching.IsCancellationRequested => new ProblemDetails
                {
                    Status = StatusCodes.Status401Unauthorized, Title = "Access token expired", Detail = "The access token this stream was opened with expired: reconnect with a fresh one.",
                },
                ProblemException p => p.ToProblemDetails(),
                _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
            };
            if (problem.Status >= 500)
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServerSentEvents)).LogError(e, "Stream {Path} failed", http.Request.Path);
            await writer.EventAsync(options.NumberFrames ? (++number).ToString() : null, "error", JsonSerializer.Serialize(problem, Json), ct);
            if (!options.DoneAfterError) return;
        }
        if (options.DoneAfterError) await writer.EventAsync(options.NumberFrames ? (++number).ToString() : null, "done", "{}", ct);
    }

    private static ProblemException Expired() => ProblemException.Unauthorized("The access token expired: refresh it and reconnect.");

    /// <summary>How long the caller's access token has left, when the request came with one (API keys do not expire this way).</summary>
    private static TimeSpan? AccessExpiry(HttpContext http)
    {
        if (!long.TryParse(http.User.FindFirst("exp")?.Value, out var expires)) return null;
        var left = DateTimeOffset.FromUnixTimeSeconds(expires) - http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>The item as camelCase JSON, for frames.</summary>
    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Json);

    private static async Task HeartbeatsUntilAsync(Task pending, Writer writer, TimeSpan quiet, CancellationToken ct)
    {
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (await Task.WhenAny(pending, Task.Delay(quiet, wait.Token)) == pending)
            {
                await wait.CancelAsync();
                return;
            }
            await writer.CommentAsync("heartbeat", ct);
        }
    }

    /// <summary>Writes a text/event-stream response frame by frame, flushing each (the framework's SSE result cannot write comments).</summary>
    private sealed class Writer
    {
        private readonly HttpResponse _response;

        private Writer(HttpResponse response) => _response = response;

        public static Writer Start(HttpResponse response)
        {
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            response.Headers["X-Accel-Buffering"] = "no";
            response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            return new Writer(response);
        }

        public Task EventAsync(string? id, string type, string data, CancellationToken ct) => WriteAsync(SseFrame.Encode(id, type, data), ct);

        /// <summary>A source's frame: its shared encoding when it goes out with its own id.</summary>
        public Task EventAsync(SseFrame frame, string? id, CancellationToken ct) =>
            WriteAsync(id == frame.Id ? frame.Encoded : SseFrame.Encode(id, frame.Event, frame.Data), ct);

        public Task CommentAsync(string text, CancellationToken ct) => WriteAsync(Encoding.UTF8.GetBytes($": {text}\n\n"), ct);

        private async Task WriteAsync(byte[] frame, CancellationToken ct)
        {
            await _response.Body.WriteAsync(frame, ct);
            await _response.Body.FlushAsync(ct);
        }
    }
}
