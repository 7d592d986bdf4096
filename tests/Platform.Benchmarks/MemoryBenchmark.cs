using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Platform.Api.Database;
using Platform.Features.Identity;

// Memory under large answers: 20 queries at once from 5 users (4 each), every one asking for 1,000 rows of
// repeat('x', 250000) (about 500 MB each as .NET strings), then 20 asking for the largest answer that fits under
// the answer cap. The service runs as its own process; its RSS is sampled every 20 ms, and the peak is reported
// against the RSS it had just before, in the same run.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- memory

public static class MemoryBenchmark
{
    private const string Huge = "select repeat('x', 250000) as padding, range as n from range(1000)";

    public static async Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        using var server = ServiceProcess.Start(database, port);
        using var anonymous = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        await ServiceProcess.WaitForHealth(anonymous);

        var people = new List<(HttpClient Client, Guid Dataset)>();
        for (var i = 0; i < 5; i++)
        {
            var client = new HttpClient { BaseAddress = anonymous.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ServiceProcess.RegisterAsync(anonymous));
            var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("a,b\n1,2\n")), "file", "tiny.csv" } };
            var dataset = await (await client.PostAsync("/api/datasets", form)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            people.Add((client, dataset.GetProperty("id").GetGuid()));
        }
        await Round("warm-up (1 small query each)", server, people, 5, "select 1", 1);
        await Round("20 at once, 1,000 rows of 250,000 characters (over the cap)", server, people, 20, Huge, 1000);
        await Round("20 at once, 60 rows of 250,000 characters (just under the cap)", server, people, 20, Huge, 60);
        return 0;
    }

    private static async Task Round(string label, Process server, List<(HttpClient Client, Guid Dataset)> people, int count, string sql, int limit)
    {
        GC.Collect();
        await Task.Delay(1000);
        var before = ServiceProcess.Rss(server);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, ServiceProcess.Rss(server));
                await Task.Delay(20);
            }
        });
        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            var (client, dataset) = people[i % people.Count];
            using var response = await client.PostAsJsonAsync("/api/query/sql", new { datasetId = dataset, sql, limit, force = true });
            await response.Content.ReadAsByteArrayAsync();
            return (int)response.StatusCode;
        }));
        await sampling.CancelAsync();
        await sampler;
        var statuses = string.Join(", ", answers.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {g.Key}"));
        Console.WriteLine($"{label}: RSS {before / 1048576} MB before, peak {peak / 1048576} MB (+{(peak - before) / 1048576} MB); {statuses}; {clock.ElapsedMilliseconds} ms");
    }
}
