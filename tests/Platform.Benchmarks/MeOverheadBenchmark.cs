using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Platform.Api;
using Platform.Api.Database;
using Platform.Features.Identity;
using Weasel.Core;

// Overhead of the full pipeline (JWT auth, mediator, validation pipeline, ProblemDetails, Serilog request
// logging, Marten) on GET /api/auth/me, against a bare minimal-API endpoint doing the same Marten load.
// Both run in this process on Kestrel over loopback, against the same database, in alternating rounds.
// The same route called with a personal API key (X-Api-Key) instead of the access token is measured alongside.
//
// With `single-write` the bare endpoint also holds its JSON's flush, as the service does (SingleWriteResponses), so the
// comparison is of the pipeline alone.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- overhead [seconds-per-round=10] [rounds=5] [concurrency=16] [single-write]
public static class MeOverheadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var secondsPerRound = args.Length > 0 ? int.Parse(args[0]) : 10;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 5;
        var concurrency = args.Length > 2 ? int.Parse(args[2]) : 16;
        var bareSingleWrite = args.Length > 3 && args[3] == "single-write";

        var root = Bench.RepositoryRoot;
        using var postgres = EmbeddedPostgres.Start(Path.Combine(root, ".data", "bench"));
        var connectionString = await ServiceProcess.CreateDatabase(postgres.ConnectionString);

        // The factory looks for the host's content root beside the solution; point it at the project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORM_API", Path.Combine(root, "src", "Platform.Api"));
        await using var platform = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:Postgres", connectionString);
            b.UseSetting("Platform:DataDirectory", Path.Combine(root, ".data", "bench-data"));
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            b.UseSetting("Platform:Auth:ApiKeyRequestsPerMinute", "100000000");
        });
        platform.UseKestrel(0);
        platform.StartServer();
        var platformUrl = platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency });
        var signedIn = await (await http.PostAsJsonAsync($"{platformUrl}/api/auth/register",
            new { email = $"bench-{Guid.NewGuid():N}@example.com", password = "a long enough passphrase" })).Content.ReadFromJsonAsync<AuthResponse>();

        // The baseline: the same Marten load behind a bare minimal-API endpoint, nothing else.
        var bare = WebApplication.CreateSlimBuilder();
        bare.WebHost.UseUrls("http://127.0.0.1:0");
        bare.Logging.ClearProviders();
        bare.Services.AddMarten(o =>
        {
            o.Connection(connectionString);
            o.DatabaseSchemaName = "platform";
            o.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            o.AutoCreateSchemaObjects = AutoCreate.None;
        }).UseLightweightSessions();
        await using var bareApp = bare.Build();
        if (bareSingleWrite) bareApp.UseSingleWriteResponses();
        bareApp.MapGet("/me/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<User>(id, ct) is { } user ? Results.Ok(user.ToResponse()) : Results.NotFound());
        await bareApp.StartAsync();
        var bareUrl = bareApp.Urls.First();

        using var keyRequest = new HttpRequestMessage(HttpMethod.Post, $"{platformUrl}/api/api-keys")
        {
            Content = JsonContent.Create(new { name = "bench", scopes = new[] { "read" } }),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", signedIn!.AccessToken) },
        };
        var apiKey = (await (await http.SendAsync(keyRequest)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("key").GetString()!;

        var fullTarget = (Url: $"{platformUrl}/api/auth/me", Header: "Authorization", Value: (string?)$"Bearer {signedIn.AccessToken}");
        var keyTarget = (Url: $"{platformUrl}/api/auth/me", Header: "X-Api-Key", Value: (string?)apiKey);
        var bareTarget = (Url: $"{bareUrl}/me/{signedIn.User.Id}", Header: "", Value: (string?)null);

        // Warm both up (tiered JIT, connection pools) before measuring.
        for (var i = 0; i < 2; i++)
        {
            await Load(fullTarget, secondsPerRound);
            await Load(keyTarget, secondsPerRound);
            await Load(bareTarget, secondsPerRound);
        }
        var fullRates = new List<double>();
        var keyRates = new List<double>();
        var bareRates = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            bareRates.Add(await Load(bareTarget, secondsPerRound));
            fullRates.Add(await Load(fullTarget, secondsPerRound));
            keyRates.Add(await Load(keyTarget, secondsPerRound));
            Console.WriteLine($"round {round + 1}: bare {bareRates[^1]:F0} req/s, full pipeline {fullRates[^1]:F0} req/s, with an API key {keyRates[^1]:F0} req/s");
        }
        var bareMedian = Median(bareRates);
        var fullMedian = Median(fullRates);
        var keyMedian = Median(keyRates);
        Console.WriteLine($"median: bare {bareMedian:F0} req/s, full pipeline {fullMedian:F0} req/s, overhead {bareMedian / fullMedian:F2}x (goal <= 1.5x)");
        Console.WriteLine($"median: API key {keyMedian:F0} req/s against access token {fullMedian:F0} req/s, {fullMedian / keyMedian:F2}x (goal <= 1.1x)");
        await bareApp.StopAsync();
        return 0;

        async Task<double> Load((string Url, string Header, string? Value) target, int seconds)
        {
            var stop = Stopwatch.StartNew();
            var deadline = TimeSpan.FromSeconds(seconds);
            var workers = Enumerable.Range(0, concurrency).Select(async _ =>
            {
                var count = 0;
                while (stop.Elapsed < deadline)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, target.Url);
                    if (target.Value is not null) request.Headers.TryAddWithoutValidation(target.Header, target.Value);
                    using var response = await http.SendAsync(request);
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{target.Url} answered {(int)response.StatusCode}");
                    await response.Content.ReadAsByteArrayAsync();
                    count++;
                }
                return count;
            }).ToList();
            var total = (await Task.WhenAll(workers)).Sum();
            return total / stop.Elapsed.TotalSeconds;
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    }
}
