using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Api.Database;
using Platform.Features.Common;

// Backup and restore of an installation holding the benchmark datasets (the generated 1 M-row CSV and the shared
// samples), against, in the same run, the bare tools doing the same work: pg_dump --format=custom of the same
// database plus tar | gzip (fastest) of the same folders, and for restore pg_restore into a fresh database plus
// tar -x. The API figure is POST /api/backups until its job is done; the restore figure is the restore command
// (a new process, as an operator runs it) into an empty database and data folder.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- backup [rows=1000000] [rounds=3]

public static class BackupBenchmark
{
    private const string SetupToken = "backup-benchmark-setup-token";

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        var csv = IngestBenchmark.Generate(Path.Combine(folder, $"ingest-{rows}.csv"), rows);
        var data = Path.Combine(Bench.RepositoryRoot, ".data", "bench-backup");
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);

        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        var server = ServiceProcess.Start(database, port, new Dictionary<string, string>
        {
            ["Platform__DataDirectory"] = data, ["Platform__Auth__SetupToken"] = SetupToken, ["Platform__Backups__Keep"] = "0",
        });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
        await ServiceProcess.WaitForHealth(http);
        var setup = await http.PostAsJsonAsync("/api/auth/setup", new { email = "admin@example.com", password = "a long enough passphrase", setupToken = SetupToken });
        setup.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await setup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var samples = Directory.GetFiles(Path.Combine(Bench.RepositoryRoot, "..", "shared", "datasets")).Where(f => !f.EndsWith(".md")).Prepend(csv).ToList();
        foreach (var file in samples) await UploadAsync(http, file);
        var archives = Path.Combine(data, "backups");
        Console.WriteLine($"installation: {samples.Count} datasets ({Bytes(Path.Combine(data, "datasets")) / 1048576.0:F1} MiB of DuckDB files)");

        await BackUpAsync(http); // warm-up
        var (tools, api) = (new List<double>(), new List<double>());
        string archive = "";
        for (var round = 1; round <= rounds; round++)
        {
            tools.Add(await ToolsBackupAsync(database, data, folder));
            (var seconds, archive) = await BackUpAsync(http);
            api.Add(seconds);
            Console.WriteLine($"round {round}: pg_dump + tar {tools[^1]:F2} s, POST /api/backups to done {api[^1]:F2} s");
        }
        var archivePath = Path.Combine(archives, archive);
        Console.WriteLine($"median: tools {Median(tools):F2} s, API {Median(api):F2} s; API / tools {Median(api) / Median(tools):F2}x; archive {new FileInfo(archivePath).Length / 1048576.0:F1} MiB");
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();

        var (toolsRestore, command, startup) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            toolsRestore.Add(await ToolsRestoreAsync(postgres.ConnectionString, folder));
            command.Add(await RestoreCommandAsync(postgres.ConnectionString, archivePath, folder));
            // The same command on an archive that is not there: the process and host start-up alone.
            startup.Add(await RestoreCommandAsync(postgres.ConnectionString, Path.Combine(folder, "no-such-archive.tar.gz"), folder, expectFailure: true));
            Console.WriteLine($"round {round}: pg_restore + tar -x {toolsRestore[^1]:F2} s, restore command {command[^1]:F2} s (of which start-up {startup[^1]:F2} s)");
        }
        var work = Median(command) - Median(startup);
        Console.WriteLine($"median: tools {Median(toolsRestore):F2} s, restore {Median(command):F2} s ({work:F2} s after start-up); " +
                          $"restore / tools {Median(command) / Median(toolsRestore):F2}x, without start-up {work / Median(toolsRestore):F2}x");
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static long Bytes(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static async Task UploadAsync(HttpClient http, string path)
    {
        await using var file = File.OpenRead(path);
        var form = new MultipartFormDataContent { { new StreamContent(file, 1 << 16), "file", Path.GetFileName(path) } };
        var response = await http.PostAsync("/api/datasets", form);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"upload of {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var dataset = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        while ((await http.GetFromJsonAsync<JsonElement>($"/api/datasets/{dataset}")).GetProperty("status").GetString() == "processing") await Task.Delay(100);
    }

    private static async Task<(double Seconds, string Name)> BackUpAsync(HttpClient http)
    {
        var watch = Stopwatch.StartNew();
        var response = await http.PostAsync("/api/backups", null);
        response.EnsureSuccessStatusCode();
        var job = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        while (true)
        {
            var state = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{job}");
            if (state.GetProperty("status").GetString() == "done") return (watch.Elapsed.TotalSeconds, state.GetProperty("result").GetProperty("name").GetString()!);
            if (state.GetProperty("status").GetString() == "failed") throw new InvalidOperationException($"backup failed: {state}");
            await Task.Delay(20);
        }
    }

    private static async Task<double> ToolsBackupAsync(string database, string data, string scratch)
    {
        var dump = Path.Combine(scratch, "tools.dump");
        var tar = Path.Combine(scratch, "tools.tar.gz");
        var watch = Stopwatch.StartNew();
        await Tool(new PostgresServer(database, null), "pg_dump", "--format=custom", $"--schema={PostgresServer.Schema}", $"--file={dump}");
        var present = string.Join(' ', new[] { "datasets", "models", "jobs", "secrets.key", "auth-signing.key" }.Where(p => Path.Exists(Path.Combine(data, p))));
        await Shell($"tar -C '{data}' -cf - {present} | gzip -1 > '{tar}'");
        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> ToolsRestoreAsync(string server, string scratch)
    {
        var target = await ServiceProcess.CreateDatabase(server);
        var folder = Path.Combine(scratch, $"restore-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var watch = Stopwatch.StartNew();
        await Tool(new PostgresServer(target, null), "pg_restore", "--no-owner", "--no-privileges", $"--dbname={new NpgsqlConnectionStringBuilder(target).Database}", Path.Combine(scratch, "tools.dump"));
        await Shell($"tar -C '{folder}' -xzf '{Path.Combine(scratch, "tools.tar.gz")}'");
        var seconds = watch.Elapsed.TotalSeconds;
        Directory.Delete(folder, recursive: true);
        return seconds;
    }

    private static async Task<double> RestoreCommandAsync(string server, string archive, string scratch, bool expectFailure = false)
    {
        var target = await ServiceProcess.CreateDatabase(server);
        var folder = Path.Combine(scratch, $"restore-{Guid.NewGuid():N}");
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Platform.Api.dll"), "restore", archive])
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["ConnectionStrings__Postgres"] = target, ["Platform__DataDirectory"] = folder, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        if ((process.ExitCode != 0) != expectFailure) throw new InvalidOperationException($"restore exited {process.ExitCode}: {await output}{await errors}");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return seconds;
    }

    private static async Task Tool(PostgresServer server, string tool, params string[] arguments)
    {
        var (code, errors) = await server.RunToolAsync(tool, arguments, CancellationToken.None);
        if (code != 0) throw new InvalidOperationException($"{tool} failed: {errors}");
    }

    private static async Task Shell(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"set -o pipefail; {command}"]))!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"'{command}' failed ({process.ExitCode})");
    }
}
