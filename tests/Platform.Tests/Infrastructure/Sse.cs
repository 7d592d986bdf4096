using System.Net.ServerSentEvents;

namespace Platform.Tests.Infrastructure;

/// <summary>Reading a text/event-stream answer in tests, with the framework's SSE parser.</summary>
public static class Sse
{
    /// <summary>Every frame of a stream the server ends (a job that settles, an answer that is done); fails after the timeout (30 s).</summary>
    public static async Task<List<SseItem<string>>> ReadAllAsync(HttpResponseMessage response, TimeSpan? timeout = null)
    {
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        var frames = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync(cancel.Token)).EnumerateAsync(cancel.Token)) frames.Add(item);
        return frames;
    }
}
