using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Platform.Features.Common;

/// <summary>
/// Writes a text/event-stream response frame by frame, flushing each: events with <c>id:</c> and
/// <c>event:</c>, and comment lines (heartbeats), which the framework's SSE result cannot send.
/// </summary>
public sealed class ServerSentEventWriter
{
    private readonly HttpResponse _response;

    private ServerSentEventWriter(HttpResponse response) => _response = response;

    public static ServerSentEventWriter Start(HttpResponse response)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        return new ServerSentEventWriter(response);
    }

    public Task EventAsync(string? id, string type, string data, CancellationToken ct)
    {
        var frame = new StringBuilder();
        if (id is not null) frame.Append("id: ").Append(id).Append('\n');
        frame.Append("event: ").Append(type).Append('\n');
        foreach (var line in data.Split('\n')) frame.Append("data: ").Append(line).Append('\n');
        return WriteAsync(frame.Append('\n').ToString(), ct);
    }

    public Task CommentAsync(string text, CancellationToken ct) => WriteAsync($": {text}\n\n", ct);

    private async Task WriteAsync(string text, CancellationToken ct)
    {
        await _response.WriteAsync(text, ct);
        await _response.Body.FlushAsync(ct);
    }
}
