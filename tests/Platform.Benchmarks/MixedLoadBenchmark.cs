using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.Database;

// A realistic mix at once, for S seconds, on one instance: 50 people browsing lists and reading a dashboard, 10 asking
// questions over the NL stream, 2 uploading CSV files, 500 subscribers on a room's live events (a chat message a
// second), and a schedule firing every second. Reported per route class: p50/p99, requests and errors, against the
// same routes measured alone (one client, one after the other) in the same run; and the service's memory.
// Data: the first 1,000,000 rows of flights-3m.parquet (vega-datasets, fetched with npm on first use).
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- mixed [seconds=60] [browsers=50] [askers=10] [uploaders=2] [subscribers=500]

public static class MixedLoadBenchmark
{
    private static readonly string[] Questions =
    [
        "average delay by origin", "total distance by destination", "how many flights by origin",
        "average delay by destination", "average distance by origin", "number of flights per month",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i]) : fallback;
        var (seconds, browsers, askers, uploaders, subscribers) = (Arg(0, 60), Arg(1, 50), Arg(2, 10), Arg(3, 2), Arg(4, 500));

        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        var flights3m = await QueryBenchmark.Flights(folder);
        var flights1m = Path.Combine(folder, "flights-1m.parquet");
        if (!File.Exists(flights1m)) QueryBenchmark.DuckDb($"copy (select * from read_parquet('{flights3m}') limit 1000000) to '{flights1m}' (format parquet)");
        var csv = Path.Combine(folder, "mixed-upload.csv");
        if (!File.Exists(csv)) QueryBenchmark.DuckDb($"copy (select * from read_parquet('{flights3m}') limit 50000) to '{csv}' (header, delimiter ',')");

        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        const string setupToken = "mixed-load-setup-token";
        using var server = ServiceProcess.Start(database, port, new Dictionary<string, string> { ["Platform__Auth__SetupToken"] = setupToken });
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = subscribers + browsers + askers + 50, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5),
        };
        await ServiceProcess.WaitForHealth(http);

        // The administrator sets up a room with the dataset and a dashboard of three panels; the others confirm their
        // address (the administrator reads the mail in the outbox) and are added to the room.
        var setup = await http.PostAsJsonAsync("/api/auth/setup", new { email = "admin@example.com", password = "a long enough passphrase", setupToken });
        var owner = Bearer((await setup.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);
        var room = (await Json(http, HttpMethod.Post, "/api/rooms", owner, new { name = "Operations" })).GetProperty("id").GetGuid();
        var (datasetId, table) = await UploadAsync(http, owner, flights1m);
        await Json(http, HttpMethod.Post, $"/api/rooms/{room}/datasets", owner, new { datasetId });
        var board = (await Json(http, HttpMethod.Post, "/api/dashboards", owner, new { name = "Flights", roomId = room })).GetProperty("id").GetGuid();
        var panels = new List<Guid>();
        foreach (var (title, sql) in new[]
        {
            ("Busiest origins", $"select origin, count(*) as flights from {table} group by origin order by flights desc limit 10"),
            ("Delay by month", $"select date_trunc('month', date) as month, avg(delay) as delay from {table} group by month order by month"),
            ("Longest routes", $"select origin, destination, max(distance) as distance from {table} group by origin, destination order by distance desc limit 10"),
        })
            panels.Add((await Json(http, HttpMethod.Post, $"/api/dashboards/{board}/panels", owner, new { title, datasetId, sql })).GetProperty("id").GetGuid());
        async Task<AuthenticationHeaderValue> MemberAsync()
        {
            var email = $"mixed-{Guid.NewGuid():N}@example.com";
            var token = await ServiceProcess.RegisterAsync(http, email);
            var mail = await Json(http, HttpMethod.Get, $"/api/dev/outbox?to={Uri.EscapeDataString(email)}", owner);
            var link = System.Text.RegularExpressions.Regex.Match(mail.GetProperty("items")[0].GetProperty("body").GetString()!, "verify-email\\?token=([A-Za-z0-9_-]+)");
            (await http.PostAsJsonAsync("/api/auth/verify-email", new { token = link.Groups[1].Value })).EnsureSuccessStatusCode();
            await Json(http, HttpMethod.Post, $"/api/rooms/{room}/members", owner, new { email, role = "viewer" });
            return Bearer(token);
        }
        var people = new List<AuthenticationHeaderValue>();
        for (var i = 0; i < 10; i++) people.Add(await MemberAsync());
        var askerPeople = new List<AuthenticationHeaderValue>();
        for (var i = 0; i < Math.Max(1, askers); i++) askerPeople.Add(await MemberAsync());
        var uploaderPeople = new List<AuthenticationHeaderValue>();
        for (var i = 0; i < Math.Max(1, uploaders); i++) uploaderPeople.Add(Bearer(await ServiceProcess.RegisterAsync(http)));

        Func<Recorder, Random, Task> Browse(AuthenticationHeaderValue person) => async (recorder, random) =>
        {
            var (route, path) = random.Next(6) switch
            {
                0 => ("lists", "/api/rooms"),
                1 => ("lists", "/api/datasets"),
                2 => ("lists", "/api/dashboards"),
                3 => ("lists", $"/api/rooms/{room}/messages?limit=20"),
                4 => ("dashboard", $"/api/dashboards/{board}"),
                _ => ("dashboard", $"/api/dashboards/{board}/panels/{panels[random.Next(panels.Count)]}/data"),
            };
            await recorder.TimeAsync(route, () => Send(http, HttpMethod.Get, path, person));
        };
        Func<Recorder, Random, Task> Ask(AuthenticationHeaderValue person) => (recorder, random) =>
            AskAsync(http, person, datasetId, Questions[random.Next(Questions.Length)], recorder);
        Func<Recorder, Random, Task> Upload(AuthenticationHeaderValue person) => (recorder, _) => recorder.TimeAsync("upload", async () =>
        {
            var (id, _) = await UploadAsync(http, person, csv);
            await Send(http, HttpMethod.Delete, $"/api/datasets/{id}", person);
        });

        Console.WriteLine($"alone: each route class from one client, one request after another, {Math.Max(5, seconds / 6)} s each");
        var alone = new Recorder();
        var aloneFor = TimeSpan.FromSeconds(Math.Max(5, seconds / 6));
        await Loop(alone, aloneFor, 1, _ => Browse(people[0]), TimeSpan.Zero);
        await Loop(alone, aloneFor, 1, _ => Ask(askerPeople[0]), TimeSpan.Zero);
        await Loop(alone, aloneFor, 1, _ => Upload(uploaderPeople[0]), TimeSpan.Zero);
        await RoomEventsAsync(http, owner, people, room, 1, aloneFor, alone);
        var aloneFiring = await ScheduleAsync(http, owner, aloneFor, () => Task.CompletedTask);

        Console.WriteLine($"mixed: {browsers} browsing, {askers} asking, {uploaders} uploading, {subscribers} room subscribers, a schedule every second, for {seconds} s");
        var mixed = new Recorder();
        var mixedFor = TimeSpan.FromSeconds(seconds);
        var rss = new List<long>();
        var rssBefore = ServiceProcess.Rss(server);
        using var sampling = new CancellationTokenSource();
        // The subscribers connect first: the mix is measured in its steady state, not in a burst of connections.
        var firing = new Figures(0, 0, 0, 0);
        var cores = (Service: 0.0, Load: 0.0);
        await RoomEventsAsync(http, owner, people, room, subscribers, mixedFor, mixed, async () =>
        {
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    rss.Add(ServiceProcess.Rss(server));
                    await Task.Delay(250);
                }
            });
            firing = await ScheduleAsync(http, owner, mixedFor, async () =>
            {
                var before = (Service: Cpu(server), Load: Cpu(Process.GetCurrentProcess()));
                var watch = Stopwatch.StartNew();
                await Task.WhenAll(
                    Loop(mixed, mixedFor, browsers, i => Browse(people[i % people.Count]), TimeSpan.FromSeconds(1)),
                    Loop(mixed, mixedFor, askers, i => Ask(askerPeople[i]), TimeSpan.FromSeconds(2)),
                    Loop(mixed, mixedFor, uploaders, i => Upload(uploaderPeople[i]), TimeSpan.FromSeconds(1)));
                cores = ((Cpu(server) - before.Service) / watch.Elapsed, (Cpu(Process.GetCurrentProcess()) - before.Load) / watch.Elapsed);
            });
            await sampling.CancelAsync();
            await sampler;
        });

        Console.WriteLine();
        Console.WriteLine("| route class | alone p50 | alone p99 | mixed p50 | mixed p99 | p99 ratio | mixed requests | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var route in mixed.Routes.Union(alone.Routes).Order())
        {
            var (a, m) = (alone.Of(route), mixed.Of(route));
            Console.WriteLine($"| {route} | {a.P50:F1} ms | {a.P99:F1} ms | {m.P50:F1} ms | {m.P99:F1} ms | {m.P99 / a.P99:F2}x | {m.Count:N0} | {m.Errors} |");
        }
        Console.WriteLine($"| schedule firing delay | {aloneFiring.P50:F1} ms | {aloneFiring.P99:F1} ms | {firing.P50:F1} ms | {firing.P99:F1} ms | {firing.P99 / aloneFiring.P99:F2}x | {firing.Count} | {firing.Errors} |");
        Console.WriteLine();
        Console.WriteLine($"service memory: {rssBefore / 1048576.0:F0} MiB before the subscribers connected, peak {rss.DefaultIfEmpty().Max() / 1048576.0:F0} MiB, median {rss.Order().ElementAtOrDefault(rss.Count / 2) / 1048576.0:F0} MiB during the mix");
        Console.WriteLine($"cores busy during the mix: the service {cores.Service:F2}, the load (this process) {cores.Load:F2}, of {Environment.ProcessorCount}");
        Console.WriteLine($"errors: {mixed.TotalErrors} (goal 0)");
        foreach (var (route, error) in mixed.FirstErrors) Console.WriteLine($"  {route}: {error}");
        server.Kill(entireProcessTree: true);
        return 0;
    }

    /// <summary>Latencies and errors per route class, from any number of clients at once.</summary>
    private sealed class Recorder
    {
        private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
        private readonly ConcurrentDictionary<string, int> _errors = new();
        public ConcurrentDictionary<string, string> FirstErrors { get; } = new();

        public IEnumerable<string> Routes => _latencies.Keys.Union(_errors.Keys);
        public int TotalErrors => _errors.Values.Sum();

        public void Add(string route, double ms) => _latencies.GetOrAdd(route, _ => []).Add(ms);

        public void Fail(string route, string error)
        {
            _errors.AddOrUpdate(route, 1, (_, n) => n + 1);
            FirstErrors.TryAdd(route, error);
        }

        public async Task TimeAsync(string route, Func<Task> request)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await request();
                Add(route, watch.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                Fail(route, e.Message);
            }
        }

        public Figures Of(string route)
        {
            var all = _latencies.TryGetValue(route, out var bag) ? bag.ToList() : [];
            return new Figures(Percentiles.Of(all, 0.5), Percentiles.Of(all, 0.99), all.Count, _errors.GetValueOrDefault(route));
        }
    }

    private sealed record Figures(double P50, double P99, int Count, int Errors);

    /// <summary><paramref name="clients"/> loops, each doing its step then pausing about <paramref name="think"/> (0.5–1.5×), until the time is up.</summary>
    private static Task Loop(Recorder recorder, TimeSpan duration, int clients, Func<int, Func<Recorder, Random, Task>> step, TimeSpan think) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            var random = new Random(i);
            var act = step(i);
            var until = Stopwatch.StartNew();
            // People do not arrive in step: each starts somewhere in their first pause.
            await Task.Delay(think * random.NextDouble());
            while (until.Elapsed < duration)
            {
                await act(recorder, random);
                if (think > TimeSpan.Zero) await Task.Delay(think * (0.5 + random.NextDouble()));
            }
        })));

    /// <summary>
    /// Subscribers on the room's events (spread over the room's people), all connected before <paramref name="during"/>
    /// starts; while it runs the owner posts a chat message a second, timed from the post to each receipt.
    /// </summary>
    private static async Task RoomEventsAsync(
        HttpClient http, AuthenticationHeaderValue owner, IReadOnlyList<AuthenticationHeaderValue> people, Guid room, int subscribers, TimeSpan duration,
        Recorder recorder, Func<Task>? during = null)
    {
        using var stop = new CancellationTokenSource();
        var connected = new CountdownEvent(subscribers);
        var readers = Enumerable.Range(0, subscribers).Select(i => Task.Run(async () =>
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{room}/events");
                request.Headers.Authorization = people[i % people.Count];
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
                response.EnsureSuccessStatusCode();
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
                var signalled = false;
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    if (!signalled) { connected.Signal(); signalled = true; }
                    if (!line.StartsWith("data: ", StringComparison.Ordinal) || !line.Contains("\"content\"", StringComparison.Ordinal)) continue;
                    var received = DateTime.UtcNow.Ticks;
                    var content = JsonDocument.Parse(line.AsMemory(6)).RootElement.GetProperty("content").GetString();
                    if (long.TryParse(content, out var sent)) recorder.Add("room event", TimeSpan.FromTicks(received - sent).TotalMilliseconds);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                recorder.Fail("room event", e.Message);
            }
        })).ToList();
        if (!connected.Wait(TimeSpan.FromMinutes(2))) throw new TimeoutException($"only {subscribers - connected.CurrentCount} subscribers connected");
        await Task.Delay(1000);
        var others = (during ?? (() => Task.CompletedTask))();
        var until = Stopwatch.StartNew();
        while (until.Elapsed < duration)
        {
            await recorder.TimeAsync("chat post", () => Send(http, HttpMethod.Post, $"/api/rooms/{room}/messages", owner, new { content = DateTime.UtcNow.Ticks.ToString() }));
            await Task.Delay(1000);
        }
        await others;
        await Task.Delay(2000);
        await stop.CancelAsync();
        await Task.WhenAll(readers);
    }

    /// <summary>A schedule every second while <paramref name="during"/> runs; each job's first start minus the slot it fired for.</summary>
    private static async Task<Figures> ScheduleAsync(HttpClient http, AuthenticationHeaderValue owner, TimeSpan duration, Func<Task> during)
    {
        var schedule = (await Json(http, HttpMethod.Post, "/api/schedules", owner,
            new { name = "every second", templateId = "wait", inputs = new { seconds = 0 }, cron = "* * * * * *", timezone = "UTC" })).GetProperty("id").GetGuid();
        var started = Stopwatch.StartNew();
        await during();
        var rest = duration - started.Elapsed;
        if (rest > TimeSpan.Zero) await Task.Delay(rest);
        await Send(http, HttpMethod.Post, $"/api/schedules/{schedule}/disable", owner);
        await Task.Delay(2000);
        var delays = new Recorder();
        var slots = 0;
        for (var offset = 0; ; offset += 100)
        {
            var page = await Json(http, HttpMethod.Get, $"/api/schedules/{schedule}/jobs?limit=100&offset={offset}", owner);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            foreach (var summary in items)
            {
                slots++;
                var job = await Json(http, HttpMethod.Get, $"/api/jobs/{summary.GetProperty("id").GetGuid()}", owner);
                if (job.GetProperty("runs").GetArrayLength() == 0)
                {
                    delays.Fail("firing", "a slot's job never started");
                    continue;
                }
                delays.Add("firing", (job.GetProperty("runs")[0].GetProperty("startedAt").GetDateTimeOffset() - job.GetProperty("scheduledFor").GetDateTimeOffset()).TotalMilliseconds);
            }
            if (items.Count < 100) break;
        }
        var expected = (int)Math.Floor(duration.TotalSeconds) - 1;
        if (slots < expected) for (var i = slots; i < expected; i++) delays.Fail("firing", "a slot fired no job");
        return delays.Of("firing");
    }

    /// <summary>The question over the NL stream: first frame and result timed apart.</summary>
    private static async Task AskAsync(HttpClient http, AuthenticationHeaderValue person, Guid dataset, string question, Recorder recorder)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/query/nl/stream") { Content = JsonContent.Create(new { datasetId = dataset, question, force = true }) };
            request.Headers.Authorization = person;
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"the stream answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            var first = true;
            var answered = false;
            while (await reader.ReadLineAsync() is { } line)
            {
                if (!line.StartsWith("event: ", StringComparison.Ordinal)) continue;
                if (first) recorder.Add("NL stream: first frame", watch.Elapsed.TotalMilliseconds);
                first = false;
                if (line == "event: error") throw new InvalidOperationException($"the stream answered an error for '{question}'");
                if (line != "event: result") continue;
                recorder.Add("NL stream: result", watch.Elapsed.TotalMilliseconds);
                answered = true;
            }
            if (!answered) throw new InvalidOperationException($"the stream ended without a result for '{question}'");
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
        {
            recorder.Fail("NL stream: result", e.Message);
        }
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private static TimeSpan Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static async Task<string> Send(HttpClient http, HttpMethod method, string path, AuthenticationHeaderValue person, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = person;
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    private static async Task<JsonElement> Json(HttpClient http, HttpMethod method, string path, AuthenticationHeaderValue person, object? body = null)
    {
        var text = await Send(http, method, path, person, body);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Uploads a file and waits until the dataset is ready (an ingest that takes a while answers 202 first).</summary>
    private static async Task<(Guid Id, string Table)> UploadAsync(HttpClient http, AuthenticationHeaderValue person, string path)
    {
        await using var file = File.OpenRead(path);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/datasets")
        {
            Content = new MultipartFormDataContent { { new StreamContent(file), "file", Path.GetFileName(path) } },
        };
        request.Headers.Authorization = person;
        using var response = await http.SendAsync(request);
        var dataset = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"upload answered {(int)response.StatusCode}: {dataset}");
        var id = dataset.GetProperty("id").GetGuid();
        while (dataset.GetProperty("status").GetString() == "processing")
        {
            await Task.Delay(100);
            dataset = await Json(http, HttpMethod.Get, $"/api/datasets/{id}", person);
        }
        if (dataset.GetProperty("status").GetString() != "ready") throw new InvalidOperationException($"the ingest ended {dataset.GetProperty("status")}: {dataset}");
        return (id, dataset.GetProperty("tableName").GetString()!);
    }
}
