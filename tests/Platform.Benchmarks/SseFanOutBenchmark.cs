using System.Buffers.Text;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Npgsql;
using Platform.Api.Database;
using Platform.Features.Identity;

// Room event fan-out: N SSE subscribers on one room, E messages posted at a steady pace; the latency from
// the post to each subscriber's receipt (p50/p99/max), against the same measurement with one subscriber in
// the same run, and the server's resident memory per subscriber. The service runs as its own process
// (dotnet Platform.Api.dll) so its memory is its own; the subscribers share this process and the 2 cores.
// With more than one instance (all on one database, as behind a load balancer), the subscribers are spread
// over them round-robin and the messages are posted to the first: the others hear of each event through
// PostgreSQL's NOTIFY, so their latencies show the cost of the fan-out between instances.
//
// The subscribers read their streams with a minimal HTTP/1.1 reader over a socket (reader=socket), as cheap as a
// reader can be, so that the machine's cores go to the service; reader=http reads them with HttpClient and a
// StreamReader, which costs this process about as much as the service.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- sse [subscribers=1000] [events=100] [interval-ms=50] [instances=1] [reader=socket|http]

public static class SseFanOutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var subscribers = args.Length > 0 ? int.Parse(args[0]) : 1000;
        var events = args.Length > 1 ? int.Parse(args[1]) : 100;
        var interval = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2]) : 50);

        var instances = args.Length > 3 ? int.Parse(args[3]) : 1;
        var lean = args.Length <= 4 || args[4] == "socket";

        using var postgres = EmbeddedPostgres.Start(Path.Combine(Bench.RepositoryRoot, ".data", "bench"));
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var servers = new List<(Process Process, HttpClient Http)>();
        try
        {
            for (var i = 0; i < instances; i++)
            {
                var port = ServiceProcess.FreePort();
                var process = ServiceProcess.Start(database, port);
                var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = subscribers / instances + 50, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
                {
                    BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = Timeout.InfiniteTimeSpan,
                };
                servers.Add((process, http));
                await ServiceProcess.WaitForHealth(http);
            }
            var token = await ServiceProcess.RegisterAsync(servers[0].Http);
            foreach (var (_, http) in servers) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var room = (await (await servers[0].Http.PostAsJsonAsync("/api/rooms", new { name = "Fan-out" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

            var baseline = await Measure(servers[..1], token, room, 1, events, interval, lean);
            var fanOut = await Measure(servers, token, room, subscribers, events, interval, lean);

            Console.WriteLine($"1 subscriber:     p50 {baseline.P50:F1} ms, p99 {baseline.P99:F1} ms, max {baseline.Max:F1} ms, delivered {baseline.Delivered}/{baseline.Expected}");
            Console.WriteLine($"{subscribers} subscribers on {instances} instance(s): p50 {fanOut.P50:F1} ms, p99 {fanOut.P99:F1} ms, max {fanOut.Max:F1} ms, delivered {fanOut.Delivered}/{fanOut.Expected}");
            foreach (var (instance, i) in fanOut.Instances.Select((r, i) => (r, i)))
                Console.WriteLine($"  instance {i + 1}{(i == 0 ? " (posted to)" : "")}: p50 {instance.P50:F1} ms, p99 {instance.P99:F1} ms, {instance.RssPerSubscriberKb:F1} KiB per subscriber (RSS {instance.RssBeforeMb:F0} -> {instance.RssAfterMb:F0} MiB), {instance.Cores:F2} cores busy");
            Console.WriteLine($"  subscribers' side (this process, {(lean ? "socket" : "HttpClient")} readers): {fanOut.SubscriberCores:F2} cores busy");
            Console.WriteLine($"p99 ratio {fanOut.P99 / baseline.P99:F1}x; goal p99 <= 250 ms");
        }
        finally
        {
            foreach (var (process, http) in servers)
            {
                process.Kill(entireProcessTree: true);
                http.Dispose();
            }
        }
        return 0;
    }

    private static int _delivered;

    private sealed record Latencies(double P50, double P99, double Max, int Count);

    private sealed record InstanceResult(double P50, double P99, double RssPerSubscriberKb, double RssBeforeMb, double RssAfterMb, double Cores);

    /// <param name="SubscriberCores">Cores the subscribers' side (this process) kept busy while the events went out.</param>
    private sealed record Result(double P50, double P99, double Max, int Delivered, int Expected, IReadOnlyList<InstanceResult> Instances, double SubscriberCores);

    private static async Task<Result> Measure(IReadOnlyList<(Process Process, HttpClient Http)> servers, string token, Guid room, int subscribers, int events, TimeSpan interval, bool lean)
    {
        _delivered = 0;
        var rssBefore = servers.Select(s => ServiceProcess.Rss(s.Process)).ToList();
        var latencies = new List<double>[subscribers];
        using var stop = new CancellationTokenSource();
        var connected = new CountdownEvent(subscribers);
        var readers = new List<Task>();
        for (var i = 0; i < subscribers; i++)
        {
            var mine = latencies[i] = new List<double>(events);
            var http = servers[i % servers.Count].Http;
            readers.Add(Task.Run(() => lean ? SubscribeOverSocket(http.BaseAddress!, token, room, mine, connected, stop.Token) : Subscribe(http, room, mine, connected, stop.Token)));
        }
        var connecting = Stopwatch.StartNew();
        while (connected.CurrentCount > 0 && connecting.Elapsed < TimeSpan.FromMinutes(5)) await Task.Delay(50);
        if (connected.CurrentCount > 0) throw new TimeoutException($"only {subscribers - connected.CurrentCount} subscribers connected");
        await Task.Delay(1000);
        var rssAfter = servers.Select(s => ServiceProcess.Rss(s.Process)).ToList();

        var poster = servers[0].Http;
        var cpuBefore = servers.Select(s => { s.Process.Refresh(); return s.Process.TotalProcessorTime; }).Append(Process.GetCurrentProcess().TotalProcessorTime).ToList();
        var posting = Stopwatch.StartNew();
        for (var i = 0; i < events; i++)
        {
            var sent = DateTime.UtcNow.Ticks;
            await (await poster.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = sent.ToString() })).Content.ReadAsStringAsync();
            await Task.Delay(interval);
        }
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Volatile.Read(ref _delivered) < subscribers * events && DateTime.UtcNow < deadline) await Task.Delay(100);
        var cpu = servers.Select(s => { s.Process.Refresh(); return s.Process.TotalProcessorTime; }).Append(Process.GetCurrentProcess().TotalProcessorTime)
            .Select((t, i) => (t - cpuBefore[i]).TotalSeconds / posting.Elapsed.TotalSeconds).ToList();
        await stop.CancelAsync();
        await Task.WhenAll(readers.Select(r => r.ContinueWith(_ => { })));

        Latencies Of(IEnumerable<List<double>> lists)
        {
            var all = lists.SelectMany(l => { lock (l) return l.ToList(); }).ToList();
            return new Latencies(Percentiles.Of(all, 0.50), Percentiles.Of(all, 0.99), all.DefaultIfEmpty().Max(), all.Count);
        }
        var total = Of(latencies);
        var perInstance = servers.Select((_, n) =>
        {
            var mine = latencies.Where((_, i) => i % servers.Count == n).ToList();
            var of = Of(mine);
            return new InstanceResult(of.P50, of.P99, (rssAfter[n] - rssBefore[n]) / 1024.0 / Math.Max(1, mine.Count), rssBefore[n] / 1048576.0, rssAfter[n] / 1048576.0, cpu[n]);
        }).ToList();
        return new Result(total.P50, total.P99, total.Max, total.Count, subscribers * events, perInstance, cpu[^1]);
    }

    private static async Task Subscribe(HttpClient http, Guid room, List<double> latencies, CountdownEvent connected, CancellationToken ct)
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

    /// <summary>
    /// The same subscriber as <see cref="Subscribe"/> in as little work as possible: one GET written to a socket, then
    /// each received block scanned for <c>data:</c> lines (each frame is one chunk of the chunked response, so a line
    /// never holds a chunk's size), the message's send time read from its <c>"content"</c> without a JSON parser.
    /// </summary>
    private static async Task SubscribeOverSocket(Uri server, string token, Guid room, List<double> latencies, CountdownEvent connected, CancellationToken ct)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(server.Host, server.Port, ct);
        await socket.SendAsync(Encoding.ASCII.GetBytes(
            $"GET /api/rooms/{room}/events HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"), ct);
        var buffer = new byte[16 * 1024];
        var held = 0;
        var signalled = false;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(held), ct);
                if (read == 0) return;
                var received = DateTime.UtcNow.Ticks;
                var data = buffer.AsSpan(0, held + read);
                if (!signalled)
                {
                    if (!data.StartsWith("HTTP/1.1 200"u8)) throw new InvalidOperationException(Encoding.ASCII.GetString(data[..Math.Min(data.Length, 200)]));
                    connected.Signal();
                    signalled = true;
                }
                int end;
                while ((end = data.IndexOf((byte)'\n')) >= 0)
                {
                    var line = data[..end];
                    data = data[(end + 1)..];
                    if (!line.StartsWith("data: "u8)) continue;
                    var content = line.IndexOf("\"content\":"u8);
                    if (content < 0 || !Utf8Parser.TryParse(line[(content + 10)..].TrimStart(" \""u8), out long sent, out _)) continue;
                    lock (latencies) latencies.Add(TimeSpan.FromTicks(received - sent).TotalMilliseconds);
                    Interlocked.Increment(ref _delivered);
                }
                data.CopyTo(buffer);
                held = data.Length;
            }
        }
        catch (OperationCanceledException) { }
    }
}
