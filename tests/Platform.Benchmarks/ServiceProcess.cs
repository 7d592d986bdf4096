using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;

/// <summary>The service as its own process (dotnet Platform.Api.dll) on a benchmark database, and what the benchmarks read of it.</summary>
public static class ServiceProcess
{
    public static long Rss(Process process)
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            if (line.StartsWith("VmRSS:")) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        return 0;
    }

    public static Process Start(string connectionString, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Platform.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__Postgres"] = connectionString;
        info.Environment["Platform__DataDirectory"] = Path.Combine(Bench.RepositoryRoot, ".data", "bench-data");
        info.Environment["Platform__Auth__RequestsPerMinutePerClient"] = "100000";
        info.Environment["Platform__Models__PredictionsPerMinute"] = "1000000";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = Process.Start(info)!;
        // The service logs to standard output: its warnings and errors (with their exceptions) are worth seeing next to the numbers.
        var problem = false;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            if (line.StartsWith('[')) problem = line.Contains(" WRN] ") || line.Contains(" ERR] ") || line.Contains(" FTL] ");
            if (problem) Console.Error.WriteLine($"server: {line}");
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"server: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // A benchmark that ends early, or forgets, must not leave its service running to slow down the next one
        // (by id: the benchmark may have disposed its Process object by then).
        var id = process.Id;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Process.GetProcessById(id).Kill(entireProcessTree: true); }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException) { }
        };
        return process;
    }

    public static async Task WaitForHealth(HttpClient http)
    {
        for (var i = 0; i < 120; i++)
        {
            try { if ((await http.GetAsync("/api/health")).StatusCode == HttpStatusCode.OK) return; }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("the service did not become healthy");
    }

    /// <summary>Registers a new person and returns their access token.</summary>
    public static async Task<string> RegisterAsync(HttpClient http, string? email = null)
    {
        var response = await http.PostAsJsonAsync("/api/auth/register", new { email = email ?? $"bench-{Guid.NewGuid():N}@example.com", password = "a long enough passphrase" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Registers a new person and sends their access token with every request of <paramref name="http"/>.</summary>
    public static async Task SignInNewPersonAsync(HttpClient http) =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await RegisterAsync(http));

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<string> CreateDatabase(string server)
    {
        var name = $"bench_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
