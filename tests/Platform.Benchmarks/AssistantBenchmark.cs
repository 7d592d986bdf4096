using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;

// The assistant with no language model (the built-in one), on the sample datasets, in a service process:
// 1. latency: time from POST /api/chat to the turn.started frame and to the first message.delta, against the
//    plain NL stream (POST /api/query/nl/stream) answering the same question in the same run (its result frame);
// 2. disconnects: turns whose client drops after a random number of frames and comes back with Last-Event-ID;
//    every frame of the finished turn must have arrived exactly once.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- assistant [turns=100]

public static class AssistantBenchmark
{
    private const string Question = "average price by symbol";

    public static async Task<int> RunAsync(string[] args)
    {
        var turns = args.Length > 0 ? int.Parse(args[0]) : 100;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        using var postgres = Platform.Api.Database.EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        using var server = ServiceProcess.Start(database, port, new Dictionary<string, string> { ["Platform__Auth__AccessTokenLifetime"] = "02:00:00" });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        await ServiceProcess.WaitForHealth(http);
        await ServiceProcess.SignInNewPersonAsync(http);
        var samples = Path.Combine(Bench.RepositoryRoot, "tests", "Platform.Tests", "Datasets", "Samples");
        var (stocks, _) = await QueryBenchmark.Upload(http, Path.Combine(samples, "stocks.csv"));
        foreach (var other in new[] { "gapminder.json", "weather.csv", "airports.csv" }) await QueryBenchmark.Upload(http, Path.Combine(samples, other));

        for (var warm = 0; warm < 5; warm++)
        {
            await TurnAsync(http, stocks);
            await NlStreamAsync(http, stocks);
        }
        var (started, firstDelta, nl) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < turns; i++)
        {
            var (s, d) = await TurnAsync(http, stocks);
            started.Add(s);
            firstDelta.Add(d);
            nl.Add(await NlStreamAsync(http, stocks));
        }
        Console.WriteLine($"Offline turn over stocks ({turns} turns, each a new conversation): turn.started p50 {P(started, 50):F1} ms, p95 {P(started, 95):F1} ms (goal <= 100); " +
                          $"first message.delta p50 {P(firstDelta, 50):F1} ms, p95 {P(firstDelta, 95):F1} ms (goal <= 300)");
        Console.WriteLine($"Same question on the NL stream alone, to its result frame: p50 {P(nl, 50):F1} ms, p95 {P(nl, 95):F1} ms; " +
                          $"first delta / NL result at p50 {P(firstDelta, 50) / P(nl, 50):F2}x, at p95 {P(firstDelta, 95) / P(nl, 95):F2}x");

        var random = new Random(7);
        var (lost, repeated, frames) = (0, 0, 0);
        for (var i = 0; i < turns; i++)
        {
            var (l, r, n) = await DisconnectAsync(http, stocks, random);
            (lost, repeated, frames) = (lost + l, repeated + r, frames + n);
        }
        Console.WriteLine($"{turns} turns dropped after a random number of frames and resumed with Last-Event-ID: {frames} frames, {lost} lost, {repeated} repeated (goal 0 and 0)");
        server.Kill(entireProcessTree: true);
        return lost == 0 && repeated == 0 ? 0 : 1;
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private static HttpRequestMessage Chat(Guid dataset) =>
        new(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { message = Question, datasetIds = new[] { dataset } }) };

    /// <summary>Milliseconds to the turn.started frame and to the first message.delta.</summary>
    private static async Task<(double Started, double FirstDelta)> TurnAsync(HttpClient http, Guid dataset)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(Chat(dataset), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        double started = 0, delta = 0;
        await foreach (var frame in SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync())
        {
            if (frame.EventType == "turn.started" && started == 0) started = watch.Elapsed.TotalMilliseconds;
            if (frame.EventType == "message.delta" && delta == 0) delta = watch.Elapsed.TotalMilliseconds;
            if (frame.EventType == "error") throw new InvalidOperationException($"the turn failed: {frame.Data}");
        }
        return (started, delta);
    }

    private static async Task<double> NlStreamAsync(HttpClient http, Guid dataset)
    {
        var watch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/query/nl/stream") { Content = JsonContent.Create(new { datasetId = dataset, question = Question }) };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        double result = 0;
        await foreach (var frame in SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync())
            if (frame.EventType == "result") result = watch.Elapsed.TotalMilliseconds;
        return result;
    }

    /// <summary>One turn read in two pieces, the first cut off after a random number of frames: frames lost and repeated against the finished turn's replay.</summary>
    private static async Task<(int Lost, int Repeated, int Frames)> DisconnectAsync(HttpClient http, Guid dataset, Random random)
    {
        var received = new List<string>();
        string messageId;
        var dropAfter = random.Next(1, 20);
        using (var response = await http.SendAsync(Chat(dataset), HttpCompletionOption.ResponseHeadersRead))
        {
            messageId = response.Headers.GetValues("X-Message-Id").Single();
            await foreach (var frame in SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync())
            {
                received.Add(frame.EventId!);
                if (received.Count >= dropAfter) break;
            }
        }
        using (var resume = new HttpRequestMessage(HttpMethod.Get, $"/api/chat/{messageId}/events"))
        {
            resume.Headers.Add("Last-Event-ID", received[^1]);
            using var response = await http.SendAsync(resume, HttpCompletionOption.ResponseHeadersRead);
            await foreach (var frame in SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync()) received.Add(frame.EventId!);
        }
        var all = new List<string>();
        using (var replay = await http.GetAsync($"/api/chat/{messageId}/events", HttpCompletionOption.ResponseHeadersRead))
            await foreach (var frame in SseParser.Create(await replay.Content.ReadAsStreamAsync()).EnumerateAsync()) all.Add(frame.EventId!);
        var lost = all.Except(received).Count();
        var repeated = received.Count - received.Distinct().Count();
        return (lost, repeated, all.Count);
    }
}
