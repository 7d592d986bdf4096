using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Platform.Api.Database;

// Automations: how long from a webhook delivery's request to its run's first step starting, against a job submitted
// through POST /api/jobs to its start (the jobs engine both stand on), one request at a time; then outbound webhook
// deliveries per second to a receiver on loopback (room messages posted 16 at a time, each delivered to one webhook),
// against the same messages posted with no webhook and the receiver called directly, in the same run. Ten webhooks
// on the room turn each message into ten deliveries, so the dispatcher, not the posting, sets the pace.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- automations [triggers=200] [messages=300] [webhooks=10]

public static class AutomationsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var triggers = args.Length > 0 ? int.Parse(args[0]) : 200;
        var messages = args.Length > 1 ? int.Parse(args[1]) : 300;
        var webhooks = args.Length > 2 ? int.Parse(args[2]) : 10;
        var deliveries = messages * webhooks;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        await using var receiver = await Receiver.StartAsync();

        var port = ServiceProcess.FreePort();
        using var service = ServiceProcess.Start(database, port, new Dictionary<string, string> { ["Platform__Automations__AllowedHosts__0"] = "127.0.0.1" });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        await ServiceProcess.WaitForHealth(http);
        await ServiceProcess.SignInNewPersonAsync(http);

        var automation = await (await http.PostAsJsonAsync("/api/automations", new
        {
            name = "Webhook to a wait",
            triggers = new object[] { new { type = "webhook" } },
            graph = new { nodes = new object[] { new { id = "first", kind = "wait", inputs = new { seconds = 0 } } }, edges = Array.Empty<object>() },
        })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var path = automation.GetProperty("webhook").GetProperty("path").GetString()!;
        var token = automation.GetProperty("webhook").GetProperty("token").GetString()!;
        using var anonymous = new HttpClient { BaseAddress = http.BaseAddress };

        Console.WriteLine($"trigger to first step started: {triggers} requests one at a time, each kind alternating");
        var webhookDelays = new List<double>();
        var jobDelays = new List<double>();
        for (var i = 0; i < triggers; i++)
        {
            var sent = DateTimeOffset.UtcNow;
            using var delivery = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { n = i }) };
            delivery.Headers.Add("X-Webhook-Token", token);
            var run = await (await anonymous.SendAsync(delivery)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            webhookDelays.Add(await StartedAfterAsync(http, $"/api/jobs/{run.GetProperty("runId").GetGuid()}", sent));

            sent = DateTimeOffset.UtcNow;
            var job = await (await http.PostAsJsonAsync("/api/jobs", new { templateId = "wait", inputs = new { seconds = 0 } })).EnsureSuccessStatusCode()
                .Content.ReadFromJsonAsync<JsonElement>();
            jobDelays.Add(await StartedAfterAsync(http, $"/api/jobs/{job.GetProperty("id").GetGuid()}", sent));
        }
        Console.WriteLine($"  webhook -> first step  p50 {Percentiles.Of(webhookDelays, 0.5):F1} ms  p99 {Percentiles.Of(webhookDelays, 0.99):F1} ms  max {webhookDelays.Max():F1} ms");
        Console.WriteLine($"  POST /api/jobs -> run  p50 {Percentiles.Of(jobDelays, 0.5):F1} ms  p99 {Percentiles.Of(jobDelays, 0.99):F1} ms  max {jobDelays.Max():F1} ms");
        Console.WriteLine($"  ratio p50 {Percentiles.Of(webhookDelays, 0.5) / Percentiles.Of(jobDelays, 0.5):F2}x  p99 {Percentiles.Of(webhookDelays, 0.99) / Percentiles.Of(jobDelays, 0.99):F2}x");

        Console.WriteLine($"deliveries: {messages} room messages posted 16 at a time, {webhooks} webhooks on the room: {deliveries} deliveries");
        var room = (await (await http.PostAsJsonAsync("/api/rooms", new { name = "Bench room" })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        var alone = await PostMessagesAsync(http, room, messages);
        Console.WriteLine($"  posting alone (no webhook):  {messages / alone.TotalSeconds:F0} messages/s");

        for (var i = 0; i < webhooks; i++)
            (await http.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url + "/hook", eventTypes = new[] { "room.message" }, roomId = room })).EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        var posting = await PostMessagesAsync(http, room, messages);
        var atPosted = receiver.Count;
        while (receiver.Count < deliveries && clock.Elapsed < TimeSpan.FromMinutes(5)) await Task.Delay(10);
        var delivered = clock.Elapsed;
        Console.WriteLine($"  posting with the webhooks:   {messages / posting.TotalSeconds:F0} messages/s");
        Console.WriteLine($"  delivered {receiver.Count} (distinct webhook-id {receiver.Ids.Count}) in {delivered.TotalSeconds:F2} s: {receiver.Count / delivered.TotalSeconds:F0} deliveries/s;"
            + $" {atPosted} while posting, the other {receiver.Count - atPosted} in {(delivered - posting).TotalSeconds:F2} s after ({(receiver.Count - atPosted) / Math.Max(0.001, (delivered - posting).TotalSeconds):F0}/s)");

        var direct = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(8);
        using var plain = new HttpClient();
        await Task.WhenAll(Enumerable.Range(0, deliveries).Select(async i =>
        {
            await gate.WaitAsync();
            try { (await plain.PostAsJsonAsync(receiver.Url + "/direct", new { i })).EnsureSuccessStatusCode(); }
            finally { gate.Release(); }
        }));
        Console.WriteLine($"  the receiver called directly, 8 at a time: {deliveries / direct.Elapsed.TotalSeconds:F0} requests/s");

        service.Kill(entireProcessTree: true);
        return 0;
    }

    /// <summary>Milliseconds from <paramref name="sent"/> to the job's first step starting.</summary>
    private static async Task<double> StartedAfterAsync(HttpClient http, string job, DateTimeOffset sent)
    {
        while (true)
        {
            var read = await http.GetFromJsonAsync<JsonElement>(job);
            if (read.GetProperty("steps")[0].GetProperty("startedAt") is { ValueKind: JsonValueKind.String } started)
                return (started.GetDateTimeOffset() - sent).TotalMilliseconds;
            await Task.Delay(5);
        }
    }

    private static async Task<TimeSpan> PostMessagesAsync(HttpClient http, Guid room, int count)
    {
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(16);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try { (await http.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = $"message {i}" })).EnsureSuccessStatusCode(); }
            finally { gate.Release(); }
        }));
        return clock.Elapsed;
    }

    /// <summary>A receiver on loopback counting webhook deliveries (and their distinct webhook-id) and answering 200.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _count;

        public ConcurrentDictionary<string, byte> Ids { get; } = new();
        public int Count => Volatile.Read(ref _count);
        public string Url { get; }

        private Receiver(WebApplication app, string url)
        {
            _app = app;
            Url = url;
        }

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            Receiver? receiver = null;
            app.MapPost("/hook", (HttpRequest request) =>
            {
                receiver!.Ids.TryAdd(request.Headers["webhook-id"].ToString(), 0);
                Interlocked.Increment(ref receiver._count);
                return Results.Ok();
            });
            app.MapPost("/direct", () => Results.Ok());
            await app.StartAsync();
            receiver = new Receiver(app, app.Urls.Single());
            return receiver;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
