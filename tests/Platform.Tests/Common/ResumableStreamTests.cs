using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Common;

namespace Platform.Tests.Common;

/// <summary>The stored, resumable stream that long work writes and watchers read, on real PostgreSQL.</summary>
public sealed class ResumableStreamTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private ResumableStreams Streams => factory.Services.GetRequiredService<ResumableStreams>();

    private static async Task<List<StoredFrame>> ReadAllAsync(IAsyncEnumerable<StoredFrame> frames)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var read = new List<StoredFrame>();
        await foreach (var frame in frames.WithCancellation(timeout.Token)) read.Add(frame);
        return read;
    }

    [Fact]
    public async Task Work_appends_apart_from_readers_who_get_it_live_resume_after_an_id_and_replay_it_identically()
    {
        var stream = Guid.CreateVersion7();
        await Streams.AppendAsync(stream, "turn.started", new { n = 0 }, CancellationToken.None);
        var live = ReadAllAsync(Streams.ReadAsync(stream, 0, CancellationToken.None));

        // The work goes on by itself, whoever reads.
        var work = Task.Run(async () =>
        {
            for (var i = 1; i <= 5; i++)
            {
                await Task.Delay(50);
                await Streams.AppendAsync(stream, "message.delta", new { n = i, text = $"part {i}" }, CancellationToken.None);
            }
            await Streams.AppendAsync(stream, "done", new { finishReason = "stop" }, CancellationToken.None);
        });
        await Task.Delay(120);
        var resumed = ReadAllAsync(Streams.ReadAsync(stream, 2, CancellationToken.None));
        await work;

        var all = await live;
        Assert.Equal(Enumerable.Range(1, 7).Select(i => (long)i), all.Select(f => f.Seq));
        Assert.Equal("turn.started", all[0].Event);
        Assert.Equal("done", all[^1].Event);
        Assert.Contains("\"text\":\"part 3\"", all[3].Data);
        Assert.Equal(all.Skip(2), await resumed);
        Assert.Empty(await ReadAllAsync(Streams.ReadAsync(stream, all[^1].Seq, CancellationToken.None)));
        Assert.Equal(all, await ReadAllAsync(Streams.ReadAsync(stream, 0, CancellationToken.None)));
        Assert.True(await Streams.ExistsAsync(stream, CancellationToken.None));
        Assert.False(await Streams.ExistsAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task A_reader_that_leaves_does_not_stop_the_work()
    {
        var stream = Guid.CreateVersion7();
        await Streams.AppendAsync(stream, "turn.started", new { }, CancellationToken.None);
        using (var leaving = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReadAllAsync(Streams.ReadAsync(stream, 0, leaving.Token)));

        await Streams.AppendAsync(stream, "done", new { finishReason = "stop" }, CancellationToken.None);

        Assert.Equal(["turn.started", "done"], (await ReadAllAsync(Streams.ReadAsync(stream, 0, CancellationToken.None))).Select(f => f.Event));
    }

    [Fact]
    public async Task Served_over_http_it_resumes_after_Last_Event_ID_and_a_missing_stream_is_404()
    {
        await using var host = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, StreamRoute>()));
        var stream = Guid.CreateVersion7();
        foreach (var (type, n) in new[] { ("turn.started", 0), ("message.delta", 1), ("message.delta", 2), ("done", 3) })
            await Streams.AppendAsync(stream, type, new { n }, CancellationToken.None);
        using var client = host.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/test-streams/{stream}");
        request.Headers.Add("Last-Event-ID", $"{stream}:2");
        var text = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        var bare = await client.GetStringAsync($"/test-streams/{stream}?lastEventId=3");
        var missing = await client.GetAsync($"/test-streams/{Guid.NewGuid()}");

        Assert.Equal($"id: {stream}:3\nevent: message.delta\ndata: {{\"n\":2}}\n\nid: {stream}:4\nevent: done\ndata: {{\"n\":3}}\n\n", text);
        Assert.Equal($"id: {stream}:4\nevent: done\ndata: {{\"n\":3}}\n\n", bare);
        await missing.ProblemAsync(System.Net.HttpStatusCode.NotFound);
    }

    /// <summary>A route serving any stream, as an area's watch route would after its access check.</summary>
    private sealed class StreamRoute : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.UseExceptionHandler();
            app.Use(async (context, following) =>
            {
                if (context.Request.Path.StartsWithSegments("/test-streams", out var rest) && Guid.TryParse(rest.Value?.Trim('/'), out var id))
                    await context.RequestServices.GetRequiredService<ResumableStreams>().ServeAsync(context, id, context.RequestAborted);
                else await following(context);
            });
            next(app);
        };
    }
}
