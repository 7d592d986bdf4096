using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using Platform.Api.Database;
using Platform.Features.Identity;

// Room event fan-out: N SSE subscribers on one room, E messages posted at a steady pace; the latency from
// the post to each subscriber's receipt (p50/p99/max), against the same measurement with one subscriber in
// the same run, and the server's resident memory per subscriber. The service runs as its own process
// (dotnet Platform.Api.dll) so its memory is its own; the subscribers share this process and the 2 cores.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- sse [subscribers=1000] [events=100] [interval-ms=50]

public static class SseFanOutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var subscribers = args.Length > 0 ? int.Parse(args[0]) : 1000;
        var events = args.Length > 1 ? int.Parse(args[1]) : 100;
        var interval = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2]) : 50);

        using var postgres = EmbeddedPostgres.Start(Path.Combine(Bench.RepositoryRoot, ".data", "bench"));
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        using var server = ServiceProcess.Start(database, port);
        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = subscribers + 50, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(baseUrl), Timeout = Timeout.InfiniteTimeSpan,
        };
        await ServiceProcess.WaitForHealth(http);

        await ServiceProcess.SignInNewPersonAsync(http);
        var room = (await (await http.PostAsJsonAsync("/api/rooms", new { name = "Fan-out" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var baseline = await Measure(http, server, room, 1, events, interval);
        var fanOut = await Measure(http, server, room, subscribers, events, interval);

        Console.WriteLine($"1 subscriber:     p50 {baseline.P50:F1} ms, p99 {baseline.P99:F1} ms, max {baseline.Max:F1} ms, delivered {baseline.Delivered}/{baseline.Expected}");
        Console.WriteLine($"{subscribers} subscribers: p50 {fanOut.P50:F1} ms, p99 {fanOut.P99:F1} ms, max {fanOut.Max:F1} ms, delivered {fanOut.Delivered}/{fanOut.Expected}");
        Console.WriteLine($"p99 ratio {fanOut.P99 / baseline.P99:F1}x; server memory {fanOut.RssPerSubscriberKb:F1} KiB per subscriber (RSS {fanOut.RssBeforeMb:F0} -> {fanOut.RssAfterMb:F0} MiB); goal p99 <= 250 ms");
        server.Kill(entireProcessTree: true);
        return 0;
    }

    private static int _delivered;

    private sealed record Result(double P50, double P99, double Max, int Delivered, int Expected, double RssPerSubscriberKb, double RssBeforeMb, double RssAfterMb);

    private static async Task<Result> Measure(HttpClient http, Process server, Guid room, int subscribers, int events, TimeSpan interval)
    {
        _delivered = 0;
        var rssBefore = ServiceProcess.Rss(server);
        var latencies = new List<double>[subscribers];
        using var stop = new CancellationTokenSource();
        var connected = new CountdownEvent(subscribers);
        var readers = new List<Task>();
        for (var i = 0; i < subscribers; i++)
        {
            var mine = latencies[i] = new List<double>(events);
            readers.Add(Task.Run(() => Subscribe(http, room, mine, connected, events, stop.Token)));
        }
        if (!connected.Wait(TimeSpan.FromMinutes(2))) throw new TimeoutException($"only {subscribers - connected.CurrentCount} subscribers connected");
        await Task.Delay(1000);
        var rssAfter = ServiceProcess.Rss(server);

        for (var i = 0; i < events; i++)
        {
            var sent = DateTime.UtcNow.Ticks;
            await (await http.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = sent.ToString() })).Content.ReadAsStringAsync();
            await Task.Delay(interval);
        }
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref _delivered) < subscribers * events && DateTime.UtcNow < deadline) await Task.Delay(100);
        await stop.CancelAsync();
        await Task.WhenAll(readers.Select(r => r.ContinueWith(_ => { })));

        var all = latencies.SelectMany(l => { lock (l) return l.ToList(); }).Order().ToList();
        double Percentile(double p) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
        return new Result(Percentile(0.50), Percentile(0.99), all.LastOrDefault(), all.Count, subscribers * events,
            (rssAfter - rssBefore) / 1024.0 / subscribers, rssBefore / 1048576.0, rssAfter / 1048576.0);
    }

    private static async Task Subscribe(HttpClient http, Guid room, List<double> latencies, CountdownEvent connected, int events, CancellationToken ct)
    {
        using var response = await http.GetAsync($"/api/rooms/{room}/events", HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        var signalled = false;
        try
        {
            while (!ct.IsCancellationRequested && await reader.ReadLineAsync(ct) is { } line)
            {
                if (!signalled) { connected.Signal(); signalled = true; }
                if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
                var received = DateTime.UtcNow.Ticks;
                var content = JsonDocument.Parse(line.AsMemory(6)).RootElement.GetProperty("content").GetString();
                if (!long.TryParse(content, out var sent)) continue;
                lock (latencies) latencies.Add(TimeSpan.FromTicks(received - sent).TotalMilliseconds);
                Interlocked.Increment(ref _delivered);
            }
        }
        catch (OperationCanceledException) { }
    }
}
