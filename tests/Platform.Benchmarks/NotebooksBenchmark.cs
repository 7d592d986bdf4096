using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Platform.Api.Database;

// Notebooks: a kernel's start, the round trip of `1+1`, and outputs streamed per second, each through the API (the
// kernel in its bubblewrap sandbox, JSON lines to the service, HTTP to the client; outputs stored as frames and read
// over SSE) against jupyter_client talking to a bare kernel on the same machine in the same run (no sandbox, no service).
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- notebooks [roundTrips=300] [outputs=2000] [starts=5]

public static class NotebooksBenchmark
{
    private const string Bare = """
import json, sys, time
from jupyter_client.manager import start_new_kernel
trips, outputs, starts = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
start_ms = []
for _ in range(starts):
    t = time.perf_counter()
    km, kc = start_new_kernel(kernel_name="python3")
    start_ms.append((time.perf_counter() - t) * 1000)
    if _ < starts - 1:
        kc.stop_channels(); km.shutdown_kernel(now=True)
rtt = []
for _ in range(trips):
    t = time.perf_counter()
    kc.execute_interactive("1+1", output_hook=lambda m: None, timeout=30)
    rtt.append((time.perf_counter() - t) * 1000)
seen = [0]
def hook(m):
    if m["msg_type"] == "display_data": seen[0] += 1
t = time.perf_counter()
kc.execute_interactive(f"from IPython.display import display\nfor i in range({outputs}): display(i)", output_hook=hook, timeout=300)
per_second = seen[0] / (time.perf_counter() - t)
kc.stop_channels(); km.shutdown_kernel(now=True)
print(json.dumps({"start": start_ms, "rtt": rtt, "outputs": seen[0], "perSecond": per_second}))
""";

    public static async Task<int> RunAsync(string[] args)
    {
        var trips = args.Length > 0 ? int.Parse(args[0]) : 300;
        var outputs = args.Length > 1 ? int.Parse(args[1]) : 2000;
        var starts = args.Length > 2 ? int.Parse(args[2]) : 5;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        using var service = ServiceProcess.Start(database, port, new Dictionary<string, string> { ["Platform__Notebooks__KernelsPerUser"] = "10" });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        await ServiceProcess.WaitForHealth(http);
        await ServiceProcess.SignInNewPersonAsync(http);

        var bareFirst = await BareAsync(trips, outputs, starts);

        var startMs = new List<double>();
        Guid session = default;
        for (var i = 0; i < starts; i++)
        {
            var clock = Stopwatch.StartNew();
            session = (await (await http.PostAsJsonAsync("/api/execute/session", new { })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("id").GetGuid();
            startMs.Add(clock.Elapsed.TotalMilliseconds);
            if (i < starts - 1) (await http.DeleteAsync($"/api/execute/session/{session}")).EnsureSuccessStatusCode();
        }
        var rtt = new List<double>();
        var request = new List<double>();
        for (var i = 0; i < trips; i++)
        {
            var asked = Stopwatch.StartNew();
            (await http.GetAsync($"/api/execute/session/{session}")).EnsureSuccessStatusCode();
            request.Add(asked.Elapsed.TotalMilliseconds);
            var clock = Stopwatch.StartNew();
            var answer = await (await http.PostAsJsonAsync("/api/execute", new { code = "1+1", sessionId = session })).EnsureSuccessStatusCode()
                .Content.ReadFromJsonAsync<JsonElement>();
            rtt.Add(clock.Elapsed.TotalMilliseconds);
            if (answer.GetProperty("status").GetString() != "ok") throw new InvalidOperationException(answer.ToString());
        }

        var notebook = (await (await http.PostAsJsonAsync("/api/notebooks", new { name = "Outputs" })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        var cell = (await (await http.PostAsJsonAsync($"/api/notebooks/{notebook}/cells", new { source = "1" })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await RunCellAsync(http, cell); // the notebook's kernel starts here, outside the measurement
        (await http.PatchAsJsonAsync($"/api/cells/{cell}", new { source = $"from IPython.display import display\nfor i in range({outputs}): display(i)" })).EnsureSuccessStatusCode();
        var streamed = Stopwatch.StartNew();
        var frames = await RunCellAsync(http, cell);
        var perSecond = frames / streamed.Elapsed.TotalSeconds;

        var bareLast = await BareAsync(trips, outputs, starts);
        var bareStart = bareFirst.Start.Concat(bareLast.Start).ToList();
        var bareRtt = bareFirst.Rtt.Concat(bareLast.Rtt).ToList();
        var barePerSecond = (bareFirst.PerSecond + bareLast.PerSecond) / 2;

        Console.WriteLine($"kernel start, {starts} each:      API p50 {P(startMs, 0.5):F0} ms  max {startMs.Max():F0} ms   bare jupyter_client p50 {P(bareStart, 0.5):F0} ms   ratio {P(startMs, 0.5) / P(bareStart, 0.5):F2}x");
        Console.WriteLine($"1+1 round trip, {trips} each:  API p50 {P(rtt, 0.5):F1} ms  p99 {P(rtt, 0.99):F1} ms   bare p50 {P(bareRtt, 0.5):F1} ms  p99 {P(bareRtt, 0.99):F1} ms   ratio p50 {P(rtt, 0.5) / P(bareRtt, 0.5):F2}x  p99 {P(rtt, 0.99) / P(bareRtt, 0.99):F2}x");
        Console.WriteLine($"  of which an API request alone (GET the session, interleaved): p50 {P(request, 0.5):F1} ms  p99 {P(request, 0.99):F1} ms");
        Console.WriteLine($"outputs streamed ({outputs} display_data): API {perSecond:F0}/s (run to done over SSE, {frames} frames kept)   bare iopub {barePerSecond:F0}/s   ratio {perSecond / barePerSecond:F2}x");
        service.Kill(entireProcessTree: true);
        return 0;
    }

    private sealed record BareRun(List<double> Start, List<double> Rtt, double PerSecond);

    private static async Task<BareRun> BareAsync(int trips, int outputs, int starts)
    {
        var script = Path.Combine(Path.GetTempPath(), $"bare-kernel-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Bare);
        try
        {
            var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { script, trips.ToString(), outputs.ToString(), starts.ToString() }) start.ArgumentList.Add(a);
            start.Environment["PYDEVD_DISABLE_FILE_VALIDATION"] = "1";
            using var python = Process.Start(start)!;
            var errors = python.StandardError.ReadToEndAsync();
            var output = await python.StandardOutput.ReadToEndAsync();
            await python.WaitForExitAsync();
            if (python.ExitCode != 0) throw new InvalidOperationException(await errors);
            var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
            return new BareRun(result.GetProperty("start").EnumerateArray().Select(v => v.GetDouble()).ToList(),
                result.GetProperty("rtt").EnumerateArray().Select(v => v.GetDouble()).ToList(), result.GetProperty("perSecond").GetDouble());
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>Runs the cell and reads its stream to the end; the number of display_data frames.</summary>
    private static async Task<int> RunCellAsync(HttpClient http, Guid cell)
    {
        var started = await (await http.PostAsync($"/api/cells/{cell}/run", null)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        using var events = await http.GetAsync(started.GetProperty("events").GetString(), HttpCompletionOption.ResponseHeadersRead);
        var count = 0;
        await foreach (var frame in SseParser.Create(await events.Content.ReadAsStreamAsync()).EnumerateAsync())
            if (frame.EventType == "display_data") count++;
        return count;
    }

    private static double P(List<double> values, double p) => values.Order().ElementAt(Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1));
}
