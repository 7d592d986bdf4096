using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Platform.Api.Database;
using Platform.Features.Audit;
using Platform.Features.Identity;

// The cost of the audit trail on a create: POST /api/rooms with the entry written in the same transaction, against
// the same service with the audit recorder's listener taken out (the only difference), on the same database, in alternating
// rounds, requests one after another so each latency is a request's own.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- audit [requests-per-round=500] [rounds=7]
public static class AuditBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var perRound = args.Length > 0 ? int.Parse(args[0]) : 500;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 7;
        var root = Bench.RepositoryRoot;
        using var postgres = EmbeddedPostgres.Start(Path.Combine(root, ".data", "bench"));
        var connectionString = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORM_API", Path.Combine(root, "src", "Platform.Api"));

        WebApplicationFactory<Program> Host(bool audited) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:Postgres", connectionString);
            b.UseSetting("Platform:DataDirectory", Path.Combine(root, ".data", "bench-data"));
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            b.UseSetting("Platform:Auth:RequestsPerMinutePerClient", "100000");
            // Two servers at once: each on a port of its own.
            b.UseSetting("urls", "http://127.0.0.1:0");
            if (!audited) b.ConfigureServices(services => services.AddSingleton<IConfigureMarten, WithoutAuditRecorder>());
        });
        await using var audited = Host(audited: true);
        await using var plain = Host(audited: false);
        using var http = new HttpClient();
        var targets = new List<(string Name, string Url, string Token)>();
        foreach (var (name, factory) in new[] { ("audited", audited), ("without audit", plain) })
        {
            factory.UseKestrel();
            factory.StartServer();
            var url = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var auth = await (await http.PostAsJsonAsync($"{url}/api/auth/register",
                new { email = $"bench-{Guid.NewGuid():N}@example.com", password = "a long enough passphrase" })).Content.ReadFromJsonAsync<AuthResponse>();
            targets.Add((name, url, auth!.AccessToken));
        }

        // Warm both up (tiered JIT, connection pools, the tables' first pages) before measuring.
        for (var i = 0; i < 3; i++)
            foreach (var target in targets) await Latencies(target, perRound);
        var results = targets.ToDictionary(t => t.Name, _ => new List<double>());
        var p50 = targets.ToDictionary(t => t.Name, _ => new List<double>());
        var p99 = targets.ToDictionary(t => t.Name, _ => new List<double>());
        for (var round = 1; round <= rounds; round++)
            foreach (var target in round % 2 == 0 ? targets.AsEnumerable().Reverse() : targets)
            {
                var latencies = (await Latencies(target, perRound)).Order().ToList();
                p50[target.Name].Add(latencies[latencies.Count / 2]);
                p99[target.Name].Add(latencies[(int)(latencies.Count * 0.99)]);
                Console.WriteLine($"round {round}: {target.Name,-14} p50 {p50[target.Name][^1]:F2} ms, p99 {p99[target.Name][^1]:F2} ms");
            }
        // Rounds drift as the machine and the tables change: compare each round's pair, then take the median ratio.
        var ratio50 = Median(p50["audited"].Zip(p50["without audit"], (a, b) => a / b).ToList());
        var ratio99 = Median(p99["audited"].Zip(p99["without audit"], (a, b) => a / b).ToList());
        Console.WriteLine($"median of rounds: audited p50 {Median(p50["audited"]):F2} ms / p99 {Median(p99["audited"]):F2} ms; " +
                          $"without audit p50 {Median(p50["without audit"]):F2} ms / p99 {Median(p99["without audit"]):F2} ms");
        Console.WriteLine($"audit cost (median of the rounds' paired ratios): p50 {ratio50:F2}x, p99 {ratio99:F2}x (goal <= 1.2x)");
        return 0;

        async Task<List<double>> Latencies((string Name, string Url, string Token) target, int count)
        {
            var latencies = new List<double>(count);
            for (var i = 0; i < count; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{target.Url}/api/rooms") { Content = JsonContent.Create(new { name = $"Room {i}" }) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.Token);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST /api/rooms answered {(int)response.StatusCode}");
            }
            return latencies;
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    }

    /// <summary>Applied after the areas' configurations: the same schema, without the listener that writes entries.</summary>
    private sealed class WithoutAuditRecorder : IConfigureMarten
    {
        public void Configure(IServiceProvider services, StoreOptions options)
        {
            foreach (var recorder in options.Listeners.OfType<AuditRecorder>().ToList()) options.Listeners.Remove(recorder);
        }
    }
}
