using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DuckDB.NET.Data;
using Npgsql;
using Platform.Api.Database;
using Platform.Features.Identity;

// Query speed: a GROUP BY over 1 M and 3 M flights (flights-3m.parquet from the vega-datasets npm package,
// fetched with npm on first use) through POST /api/query/sql (cache bypassed with force) against the same
// query in PostgreSQL on the same rows, in the same run; then the streamed NL answer: time from the request
// to its first frame and to its result frame with the built-in engine.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- query [rounds=5]

public static class QueryBenchmark
{
    private const string GroupBy = "select origin, count(*) as flights, avg(delay) as avg_delay, sum(distance) as distance from {t} group by origin order by flights desc limit 20";

    /// <summary>
    /// Requests before timing: a service just started runs its request path unoptimised until the runtime's tiered
    /// compiler has seen each method called 30 times; a service in use has long since.
    /// </summary>
    private const int WarmUpRequests = 40;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0]) : 5;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        var flights3m = await Flights(folder);
        var flights1m = Path.Combine(folder, "flights-1m.parquet");
        if (!File.Exists(flights1m)) DuckDb($"copy (select * from read_parquet('{flights3m}') limit 1000000) to '{flights1m}' (format parquet)");

        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        using var server = ServiceProcess.Start(database, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
        await ServiceProcess.WaitForHealth(http);
        await ServiceProcess.SignInNewPersonAsync(http);

        // Both datasets are loaded before anything is timed, so no measurement overlaps an ingest or a COPY.
        var loaded = new List<(string Label, Guid Id, string Table)>();
        foreach (var (label, file) in new[] { ("1 M", flights1m), ("3 M", flights3m) })
        {
            var (id, table) = await Upload(http, file);
            await LoadPostgres(database, file, table);
            loaded.Add((label, id, table));
        }
        foreach (var (label, id, table) in loaded)
        {
            var sql = GroupBy.Replace("{t}", table);
            for (var warmUp = 0; warmUp < WarmUpRequests; warmUp++) await ApiSql(http, id, sql);
            await PostgresSql(database, sql);
            var (api, pg, engine) = (new List<double>(), new List<double>(), new List<double>());
            for (var round = 0; round < rounds; round++)
            {
                api.Add(await ApiSql(http, id, sql, engine));
                pg.Add(await PostgresSql(database, sql));
            }
            Console.WriteLine($"{label} rows GROUP BY: API {Median(api):F1} ms, PostgreSQL {Median(pg):F1} ms (medians of {rounds}; DuckDB inside the API {Median(engine):F0} ms); PostgreSQL / API {Median(pg) / Median(api):F1}x (goal >= 10x)");

            if (label != "1 M") continue;
            await Stream(http, id); // builds the engine's value index for this dataset version
            var (first, result) = (new List<double>(), new List<double>());
            for (var round = 0; round < rounds; round++)
            {
                var (f, r) = await Stream(http, id);
                first.Add(f);
                result.Add(r);
            }
            Console.WriteLine($"NL stream on 1 M rows: first frame {Median(first):F1} ms (goal <= 50), result {Median(result):F1} ms (goal <= 300)");
        }
        server.Kill(entireProcessTree: true);
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>flights-3m.parquet from the vega-datasets package, fetched once with npm.</summary>
    internal static async Task<string> Flights(string folder)
    {
        var path = Path.Combine(folder, "flights-3m.parquet");
        if (File.Exists(path)) return path;
        await Run("npm", $"pack vega-datasets@3.2.1 --pack-destination {folder}", folder);
        await Run("tar", "-xzf vega-datasets-3.2.1.tgz --strip-components=2 package/data/flights-3m.parquet", folder);
        File.Delete(Path.Combine(folder, "vega-datasets-3.2.1.tgz"));
        return path;
    }

    private static async Task Run(string file, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}");
    }

    internal static void DuckDb(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static async Task<(Guid Id, string Table)> Upload(HttpClient http, string path)
    {
        await using var file = File.OpenRead(path);
        var response = await http.PostAsync("/api/datasets", new MultipartFormDataContent { { new StreamContent(file), "file", Path.GetFileName(path) } });
        var dataset = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"upload answered {(int)response.StatusCode}: {dataset}");
        return (dataset.GetProperty("id").GetGuid(), dataset.GetProperty("tableName").GetString()!);
    }

    /// <summary>The same rows in a PostgreSQL table of the same name (plain, unindexed, analysed), by COPY of a CSV DuckDB writes.</summary>
    private static async Task LoadPostgres(string connectionString, string parquet, string table)
    {
        var csv = Path.ChangeExtension(parquet, ".csv");
        if (!File.Exists(csv)) DuckDb($"copy (select * from read_parquet('{parquet}')) to '{csv}' (header, delimiter ',')");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"create table {table} (date timestamp, delay bigint, distance bigint, origin text, destination text)", connection))
            await create.ExecuteNonQueryAsync();
        await using (var writer = await connection.BeginTextImportAsync($"copy {table} from stdin (format csv, header true)"))
        using (var reader = new StreamReader(csv))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0) await writer.WriteAsync(buffer, 0, read);
        }
        await using var analyze = new NpgsqlCommand($"vacuum analyze {table}", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>Milliseconds from request to response; the service's own DuckDB time goes to <paramref name="engine"/>.</summary>
    private static async Task<double> ApiSql(HttpClient http, Guid dataset, string sql, List<double>? engine = null)
    {
        var watch = Stopwatch.StartNew();
        var response = await http.PostAsJsonAsync("/api/query/sql", new { datasetId = dataset, sql, force = true });
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"query answered {(int)response.StatusCode}: {body}");
        engine?.Add(JsonDocument.Parse(body).RootElement.GetProperty("elapsedMs").GetDouble());
        return elapsed;
    }

    private static async Task<double> PostgresSql(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var watch = Stopwatch.StartNew();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) { }
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Milliseconds from the request to the first frame and to the result frame of a streamed answer.</summary>
    private static async Task<(double First, double Result)> Stream(HttpClient http, Guid dataset)
    {
        var watch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/query/nl/stream")
        {
            Content = JsonContent.Create(new { datasetId = dataset, question = "average delay by origin", force = true }),
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        double first = 0, result = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (!line.StartsWith("event: ")) continue;
            if (first == 0) first = watch.Elapsed.TotalMilliseconds;
            if (line == "event: result") result = watch.Elapsed.TotalMilliseconds;
            if (line is "event: error") throw new InvalidOperationException("the stream answered an error");
        }
        return (first, result);
    }
}
