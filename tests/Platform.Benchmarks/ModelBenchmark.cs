using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DuckDB.NET.Data;
using Microsoft.ML;
using Microsoft.ML.Data;
using Platform.Api.Database;
using Platform.Features.Identity;

// Models: training time on 100 k rows of flights (delay from date, distance, origin and destination) through
// POST /api/models/train until ready, against a bare ML.NET pipeline of the same trainer on the same rows in
// this process; then one-row prediction latency through POST /api/deployments/{id}/predict with an API key,
// against GET /api/models/templates (an authenticated route that does no work) in the same run.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- models [rounds=3] [predictions=2000]

public static class ModelBenchmark
{
    private const int Rows = 100_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0]) : 3;
        var predictions = args.Length > 1 ? int.Parse(args[1]) : 2000;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        var flights = Path.Combine(folder, "flights-100k.parquet");
        if (!File.Exists(flights))
            QueryBenchmark.DuckDb($"copy (select * from read_parquet('{await QueryBenchmark.Flights(folder)}') limit {Rows}) to '{flights}' (format parquet)");

        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        using var server = ServiceProcess.Start(database, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
        await ServiceProcess.WaitForHealth(http);
        await ServiceProcess.SignInNewPersonAsync(http);
        var (dataset, _) = await QueryBenchmark.Upload(http, flights);

        Console.WriteLine($"training on {Rows:N0} flights (delay from date, distance, origin, destination), lightGbm, {rounds} rounds");
        Guid model = default;
        for (var round = 0; round < rounds; round++)
        {
            var bare = BareTraining(flights);
            var clock = Stopwatch.StartNew();
            var queued = await (await http.PostAsJsonAsync("/api/models/train", new { datasetId = dataset, target = "delay", algorithm = "lightGbm" })).Content.ReadFromJsonAsync<JsonElement>();
            model = queued.GetProperty("id").GetGuid();
            JsonElement trained;
            do
            {
                await Task.Delay(50);
                trained = await http.GetFromJsonAsync<JsonElement>($"/api/models/{model}");
            }
            while (trained.GetProperty("status").GetString() is "queued" or "training");
            var api = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"  round {round + 1}: API request to ready {api:F2} s (training itself {trained.GetProperty("durationMs").GetInt64() / 1000.0:F2} s, rSquared {trained.GetProperty("metrics").GetProperty("rSquared").GetDouble():F3}); bare ML.NET fit {bare:F2} s; ratio {api / bare:F2}x");
        }

        var deployment = (await (await http.PostAsJsonAsync("/api/deployments", new { modelId = model, name = "bench" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var key = (await (await http.PostAsJsonAsync($"/api/deployments/{deployment}/api-keys", new { name = "bench" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        using var client = new HttpClient { BaseAddress = http.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var row = JsonContent.Create(new { rows = new[] { new { date = "2001-01-14 21:55", distance = 480, origin = "SAN", destination = "SMF" } } });
        await row.LoadIntoBufferAsync();
        var (predict, baseline) = (new List<double>(), new List<double>());
        for (var i = 0; i < predictions + 200; i++)
        {
            var p = Stopwatch.GetTimestamp();
            var answer = await client.PostAsync($"/api/deployments/{deployment}/predict", row);
            answer.EnsureSuccessStatusCode();
            await answer.Content.ReadAsByteArrayAsync();
            var predicted = Stopwatch.GetElapsedTime(p).TotalMilliseconds;
            var b = Stopwatch.GetTimestamp();
            (await http.GetAsync("/api/models/templates")).EnsureSuccessStatusCode();
            var plain = Stopwatch.GetElapsedTime(b).TotalMilliseconds;
            if (i < 200) continue; // warm-up
            predict.Add(predicted);
            baseline.Add(plain);
        }
        Console.WriteLine($"one-row predictions over loopback, {predictions} each, interleaved:");
        Console.WriteLine($"  predict   p50 {Percentiles.Of(predict, 0.5):F2} ms  p99 {Percentiles.Of(predict, 0.99):F2} ms");
        Console.WriteLine($"  templates p50 {Percentiles.Of(baseline, 0.5):F2} ms  p99 {Percentiles.Of(baseline, 0.99):F2} ms");
        Console.WriteLine($"  ratio     p50 {Percentiles.Of(predict, 0.5) / Percentiles.Of(baseline, 0.5):F2}x  p99 {Percentiles.Of(predict, 0.99) / Percentiles.Of(baseline, 0.99):F2}x");
        // The handler's own time (key check to scored rows), as the deployment's log records it for its last 1,000 calls.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var logged = (await (await http.GetAsync($"/api/deployments/{deployment}/logs?limit=1000")).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("items").EnumerateArray().Select(e => e.GetProperty("latencyMs").GetDouble()).ToList();
        Console.WriteLine($"  handler   p50 {Percentiles.Of(logged, 0.5):F2} ms  p99 {Percentiles.Of(logged, 0.99):F2} ms (last {logged.Count} calls, from the deployment's log)");
        return 0;
    }

    private sealed class Flight
    {
        public float Delay { get; set; }
        public float Distance { get; set; }
        public float Year { get; set; }
        public float Month { get; set; }
        public float Day { get; set; }
        public float Hour { get; set; }
        public string Origin { get; set; } = "";
        public string Destination { get; set; } = "";
    }

    /// <summary>The same trainer on the same rows with the least featurising it needs; the seconds to read and fit.</summary>
    private static double BareTraining(string parquet)
    {
        var clock = Stopwatch.StartNew();
        var rows = new List<Flight>();
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"select delay, distance, year(date), month(date), day(date), hour(date), origin, destination from read_parquet('{parquet}')";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(new Flight
                {
                    Delay = Convert.ToSingle(reader.GetValue(0)), Distance = Convert.ToSingle(reader.GetValue(1)), Year = Convert.ToSingle(reader.GetValue(2)),
                    Month = Convert.ToSingle(reader.GetValue(3)), Day = Convert.ToSingle(reader.GetValue(4)), Hour = Convert.ToSingle(reader.GetValue(5)),
                    Origin = reader.GetString(6), Destination = reader.GetString(7),
                });
        }
        var ml = new MLContext(1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var split = ml.Data.TrainTestSplit(data, 0.2, seed: 1);
        var pipeline = ml.Transforms.Categorical.OneHotEncoding([new InputOutputColumnPair("O", nameof(Flight.Origin)), new InputOutputColumnPair("D", nameof(Flight.Destination))])
            .Append(ml.Transforms.Concatenate("Features", nameof(Flight.Distance), nameof(Flight.Year), nameof(Flight.Month), nameof(Flight.Day), nameof(Flight.Hour), "O", "D"))
            .Append(ml.Regression.Trainers.LightGbm(labelColumnName: nameof(Flight.Delay)));
        var model = pipeline.Fit(split.TrainSet);
        ml.Regression.Evaluate(model.Transform(split.TestSet), nameof(Flight.Delay));
        return clock.Elapsed.TotalSeconds;
    }
}
