using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.Database;
using Platform.Features.Identity;

// Jobs: how late a schedule's slot starts (its job's first run against the slot it was due for), every second
// for a while with two instances running, against how late a timer set in this process for the same instants
// wakes (the machine's own floor); then jobs per second through the queue, submitted all at once by several people,
// with one instance and then two on the same database, in the same run. Default dispatcher settings throughout: a
// person's jobs run at most two at a time across instances, so one person's queue would measure that share, not the
// instances (with one person, two instances can at best match one).
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- jobs [slots=60] [jobs=400] [people=8]

public static class JobsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var slots = args.Length > 0 ? int.Parse(args[0]) : 60;
        var count = args.Length > 1 ? int.Parse(args[1]) : 400;
        var people = args.Length > 2 ? int.Parse(args[2]) : 8;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);

        var firstPort = ServiceProcess.FreePort();
        using var first = ServiceProcess.Start(database, firstPort);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{firstPort}"), Timeout = TimeSpan.FromMinutes(5) };
        await ServiceProcess.WaitForHealth(http);
        await ServiceProcess.SignInNewPersonAsync(http);
        var tokens = new List<string>();
        for (var i = 0; i < people; i++) tokens.Add(await ServiceProcess.RegisterAsync(http));

        Console.WriteLine($"throughput: {count} jobs (kind wait, 0 s) submitted at once by {people} people, until the board is empty");
        var one = await ThroughputAsync([http], tokens, count);
        Console.WriteLine($"  one instance:  {one:F1} jobs/s");

        var secondPort = ServiceProcess.FreePort();
        using var second = ServiceProcess.Start(database, secondPort);
        using var http2 = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{secondPort}"), Timeout = TimeSpan.FromMinutes(5) };
        await ServiceProcess.WaitForHealth(http2);
        http2.DefaultRequestHeaders.Authorization = http.DefaultRequestHeaders.Authorization;
        var two = await ThroughputAsync([http, http2], tokens, count);
        Console.WriteLine($"  two instances: {two:F1} jobs/s; ratio {two / one:F2}x");
        foreach (var (name, client) in new[] { ("first", http), ("second", http2) })
        {
            var metrics = await client.GetStringAsync("/metrics");
            Console.WriteLine($"  {name} instance: {Sum(metrics, "platform_jobs_finished")} runs ended, {Sum(metrics, "platform_jobs_claim_conflicts")} claim conflicts");
        }

        Console.WriteLine($"firing delay: a schedule every second for {slots} slots, two instances");
        var timer = TimerFloorAsync(slots);
        var schedule = await (await http.PostAsJsonAsync("/api/schedules",
            new { name = "every second", templateId = "wait", inputs = new { seconds = 0 }, cron = "* * * * * *", timezone = "UTC" })).Content.ReadFromJsonAsync<JsonElement>();
        var scheduleId = schedule.GetProperty("id").GetGuid();
        var waited = Stopwatch.StartNew();
        JsonElement jobs;
        do
        {
            await Task.Delay(500);
            jobs = await http.GetFromJsonAsync<JsonElement>($"/api/schedules/{scheduleId}/jobs?limit=100");
        }
        while (jobs.GetProperty("total").GetInt32() < slots && waited.Elapsed < TimeSpan.FromSeconds(slots * 3));
        await http.PostAsync($"/api/schedules/{scheduleId}/disable", null);
        var floor = await timer;
        await Task.Delay(1000);
        jobs = await http.GetFromJsonAsync<JsonElement>($"/api/schedules/{scheduleId}/jobs?limit=100");
        var delays = new List<double>();
        var byInstance = new Dictionary<string, int>();
        foreach (var summary in jobs.GetProperty("items").EnumerateArray())
        {
            var job = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{summary.GetProperty("id").GetGuid()}");
            if (job.GetProperty("runs").GetArrayLength() == 0) continue;
            var run = job.GetProperty("runs")[0];
            delays.Add((run.GetProperty("startedAt").GetDateTimeOffset() - job.GetProperty("scheduledFor").GetDateTimeOffset()).TotalMilliseconds);
            var instance = run.GetProperty("instanceId").GetString()!;
            byInstance[instance] = byInstance.GetValueOrDefault(instance) + 1;
        }
        var missed = jobs.GetProperty("items").EnumerateArray().Sum(j => j.GetProperty("missedSlots").GetInt32());
        Console.WriteLine($"  slots fired {delays.Count} (missed and caught up {missed}), runs per instance: {string.Join(", ", byInstance.Values)}");
        Console.WriteLine($"  due to start  p50 {Percentiles.Of(delays, 0.5):F1} ms  p99 {Percentiles.Of(delays, 0.99):F1} ms  max {delays.Max():F1} ms");
        Console.WriteLine($"  timer floor   p50 {Percentiles.Of(floor, 0.5):F1} ms  p99 {Percentiles.Of(floor, 0.99):F1} ms  max {floor.Max():F1} ms");

        foreach (var server in new[] { first, second }) server.Kill(entireProcessTree: true);
        return 0;
    }

    /// <summary>Jobs per second from the first submission until none is queued or running; the people take turns.</summary>
    private static async Task<double> ThroughputAsync(HttpClient[] instances, List<string> tokens, int count)
    {
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(16);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/jobs") { Content = JsonContent.Create(new { templateId = "wait", inputs = new { seconds = 0 } }) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i % tokens.Count]);
                (await instances[i % instances.Length].SendAsync(request)).EnsureSuccessStatusCode();
            }
            finally { gate.Release(); }
        }));
        while (true)
        {
            var status = await instances[0].GetFromJsonAsync<JsonElement>("/api/dispatcher/status");
            if (status.GetProperty("queued").GetInt32() == 0 && status.GetProperty("running").GetInt32() == 0) break;
            await Task.Delay(20);
        }
        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>How late Task.Delay wakes for each of the next whole seconds: the floor any schedule here stands on.</summary>
    private static async Task<List<double>> TimerFloorAsync(int slots)
    {
        var late = new List<double>();
        for (var i = 0; i < slots; i++)
        {
            var now = DateTimeOffset.UtcNow;
            var due = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1);
            await Task.Delay(due - now);
            late.Add((DateTimeOffset.UtcNow - due).TotalMilliseconds);
        }
        return late;
    }

    /// <summary>The sum of a Prometheus metric's samples (every label set), 0 when it never counted.</summary>
    private static double Sum(string metrics, string name) =>
        metrics.Split('\n').Where(line => line.StartsWith(name, StringComparison.Ordinal) && !line.StartsWith(name + "_bucket", StringComparison.Ordinal))
            .Select(line => line.Contains('}') ? line[(line.LastIndexOf('}') + 1)..] : line[line.IndexOf(' ')..])
            .Sum(sample => double.Parse(sample.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
}
