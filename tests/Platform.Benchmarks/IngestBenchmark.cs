using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DuckDB.NET.Data;
using Npgsql;
using Platform.Api.Database;
using Platform.Features.Identity;

// Upload to queryable: a generated CSV (1 M rows, 6 columns, ≈ 38 MB) through the API (HTTP multipart
// streaming, DuckDB ingest, date typing, profiling, metadata) against, in the same run, PostgreSQL COPY of
// the same file into an unindexed table (streamed from this process over loopback) and DuckDB's bare
// read_csv into a new database file. Then the service's peak extra resident memory during a large upload.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- ingest [rows=1000000] [rounds=3] [large-upload-mb=300]
// (the large file is made 1% under that size, so it fits the default 300 MB upload limit)

public static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
        var largeMb = args.Length > 2 ? int.Parse(args[2]) : 300;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        var csv = Generate(Path.Combine(folder, $"ingest-{rows}.csv"), rows);
        Console.WriteLine($"file: {rows:N0} rows, {new FileInfo(csv).Length / 1048576.0:F1} MiB");

        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        using var server = ServiceProcess.Start(database, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
        await ServiceProcess.WaitForHealth(http);
        await ServiceProcess.SignInNewPersonAsync(http);

        await Upload(http, csv); // warm-up: JIT, DuckDB extension loading, connection pools
        var (duck, copy, api) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            duck.Add(BareDuckDb(csv, folder));
            copy.Add(await PostgresCopy(database, csv));
            api.Add(await Upload(http, csv));
            Console.WriteLine($"round {round}: DuckDB read_csv {duck[^1]:F2} s, PostgreSQL COPY {copy[^1]:F2} s, API upload-to-ready {api[^1]:F2} s");
        }
        var (d, c, a) = (Median(duck), Median(copy), Median(api));
        Console.WriteLine($"median: DuckDB {d:F2} s, COPY {c:F2} s, API {a:F2} s; API / DuckDB {a / d:F2}x (goal <= 1.3x), API / COPY {a / c:F2}x (goal < 1x)");

        if (largeMb > 0)
        {
            var large = Generate(Path.Combine(folder, $"ingest-{largeMb}mb.csv"), int.MaxValue, (long)(largeMb * 1048576L * 0.99));
            var before = ServiceProcess.Rss(server);
            var peak = before;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested) { peak = Math.Max(peak, ServiceProcess.Rss(server)); await Task.Delay(20); }
            });
            var seconds = await Upload(http, large);
            await sampling.CancelAsync();
            await sampler;
            Console.WriteLine($"{new FileInfo(large).Length / 1048576.0:F0} MiB upload: {seconds:F1} s, service RSS {before / 1048576.0:F0} -> peak {peak / 1048576.0:F0} MiB, " +
                              $"extra {(peak - before) / 1048576.0:F0} MiB (goal < 200 MiB)");
        }
        server.Kill(entireProcessTree: true);
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task<double> Upload(HttpClient http, string path)
    {
        var watch = Stopwatch.StartNew();
        await using var file = File.OpenRead(path);
        var form = new MultipartFormDataContent { { new StreamContent(file, 1 << 16), "file", Path.GetFileName(path) } };
        var response = await http.PostAsync("/api/datasets", form);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var seconds = watch.Elapsed.TotalSeconds;
        var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        await http.DeleteAsync($"/api/datasets/{id}");
        return seconds;
    }

    private static double BareDuckDb(string csv, string folder)
    {
        var path = Path.Combine(folder, $"bare-{Guid.NewGuid():N}.duckdb");
        var watch = Stopwatch.StartNew();
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"create table t as select * from read_csv('{csv}'); checkpoint;";
            command.ExecuteNonQuery();
        }
        var seconds = watch.Elapsed.TotalSeconds;
        File.Delete(path);
        return seconds;
    }

    private static async Task<double> PostgresCopy(string connectionString, string csv)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("drop table if exists bench_copy; create unlogged table bench_copy (id bigint, category text, amount numeric(12,2), quantity int, created date, flag boolean)", connection))
            await create.ExecuteNonQueryAsync();
        var watch = Stopwatch.StartNew();
        await using (var writer = await connection.BeginTextImportAsync("copy bench_copy from stdin (format csv, header true)"))
        using (var reader = new StreamReader(csv))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0) await writer.WriteAsync(buffer, 0, read);
        }
        return watch.Elapsed.TotalSeconds;
    }

    public static string Generate(string path, int rows, long maxBytes = long.MaxValue)
    {
        if (File.Exists(path)) return path;
        string[] categories = ["Books", "Garden", "Electronics", "Toys", "Grocery", "Clothing", "Sports", "Health", "Music", "Office"];
        var random = new Random(42);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("id,category,amount,quantity,created,flag\n");
        var start = new DateOnly(2015, 1, 1);
        for (var i = 1; i <= rows && writer.BaseStream.Position < maxBytes - 100; i++)
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{i},{categories[random.Next(categories.Length)]},{random.Next(100, 9_999_999) / 100.0:F2},{random.Next(1, 500)},{start.AddDays(random.Next(3650)):yyyy-MM-dd},{(random.Next(2) == 0 ? "true" : "false")}\n"));
        return path;
    }
}
