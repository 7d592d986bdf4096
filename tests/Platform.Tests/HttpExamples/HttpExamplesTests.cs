using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Tests.HttpExamples;

/// <summary>
/// Runs the requests of http-examples/ with httpyac (a real REST client) against the service on a real socket. The
/// files are shared out among a few parts, each with its own service, so that they run side by side (in order within
/// a part); every part's service has the administrator the examples sign in as, as admin.http would have made.
/// </summary>
public abstract partial class ExampleRequests
{
    public static readonly string Examples = Path.Combine(TestPostgres.RepositoryRoot, "http-examples");
    private static readonly string Httpyac = Path.Combine(TestPostgres.RepositoryRoot, "build", "node_modules", ".bin", "httpyac");
    public const int Parts = 3;

    /// <summary>The notebook examples run with the notebook tests, alone (their kernels' starts would slow the rest).</summary>
    public const string NotebookFile = "notebooks.http";

    [GeneratedRegex(@"^\s*(GET|POST|PUT|PATCH|DELETE)\s+\{\{host\}\}", RegexOptions.Multiline)]
    public static partial Regex RequestLine();

    public static int RequestsIn(string file) => RequestLine().Matches(File.ReadAllText(file)).Count;

    /// <summary>The files of part <paramref name="part"/>: each file, largest first, goes to the part with the fewest requests so far.</summary>
    public static IReadOnlyList<string> FilesOf(int part)
    {
        var parts = Enumerable.Range(0, Parts).Select(_ => new List<string>()).ToArray();
        var files = Directory.GetFiles(Examples, "*.http").Where(f => Path.GetFileName(f) != NotebookFile)
            .OrderByDescending(RequestsIn).ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files) parts.MinBy(p => p.Sum(RequestsIn))!.Add(file);
        return parts[part].Order(StringComparer.Ordinal).ToList();
    }

    protected static async Task RunAsync(IReadOnlyList<string> files)
    {
        Assert.True(File.Exists(Httpyac), $"httpyac is not installed: run `npm ci --prefix build` (the README's test command does).");
        // The examples show an upload's quick answer (201): a loaded test machine must not turn it into 202 at 10 s.
        await using var factory = await new PlatformFactory().With("Platform:Datasets:BackgroundAfter", "00:02:00").StartAsync();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var environment = JsonDocument.Parse(File.ReadAllText(Path.Combine(Examples, "http-client.env.json"))).RootElement.GetProperty("dev");
        using (var http = new HttpClient { BaseAddress = new Uri(address) })
            await (await http.PostAsJsonAsync("/api/auth/setup", new
            {
                email = environment.GetProperty("adminEmail").GetString(), password = environment.GetProperty("adminPassword").GetString(),
                displayName = "Admin", setupToken = TestUsers.SetupToken,
            })).EnsureStatus(System.Net.HttpStatusCode.Created);

        var info = new ProcessStartInfo(Httpyac) { WorkingDirectory = TestPostgres.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        // Files first: --var takes every argument after it.
        info.ArgumentList.Add("send");
        foreach (var file in files) info.ArgumentList.Add(file);
        foreach (var arg in new[] { "--all", "-o", "short", "--output-failed", "response", "--env", "dev", "--var", $"host={address}", $"setupToken={TestUsers.SetupToken}" }) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A part takes about 20 s alone; several times that beside the rest of the suite on two cores.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        var log = await output + await errors;
        // The failed requests again at the end: a report may keep only the end of a long message.
        var failed = string.Join("\n", log.Split("---------------------").Where(request => request.Contains('\u2716')));
        Assert.True(process.ExitCode == 0, $"httpyac exited with {process.ExitCode}:\n{log}\n\nFailed requests:\n{failed}");
        var requests = files.Sum(RequestsIn);
        Assert.True(log.Contains($"{requests} requests processed ({requests} succeeded)"), $"{log}\n\nFailed requests:\n{failed}");
    }
}

public sealed class HttpExamplesPart1 : ExampleRequests
{
    [Fact]
    public Task The_first_part_s_example_requests_succeed_against_a_live_server() => RunAsync(FilesOf(0));
}

public sealed class HttpExamplesPart2 : ExampleRequests
{
    [Fact]
    public Task The_second_part_s_example_requests_succeed_against_a_live_server() => RunAsync(FilesOf(1));
}

public sealed class HttpExamplesPart3 : ExampleRequests
{
    [Fact]
    public Task The_third_part_s_example_requests_succeed_against_a_live_server() => RunAsync(FilesOf(2));
}

[Collection(Platform.Tests.Notebooks.NotebooksCollection.Name)]
public sealed class NotebookHttpExamples : ExampleRequests
{
    [Fact]
    public Task The_notebook_example_requests_succeed_against_a_live_server() => RunAsync([Path.Combine(Examples, NotebookFile)]);
}

public sealed class HttpExampleFiles
{
    [Fact]
    public void Every_example_file_belongs_to_one_part()
    {
        var parted = Enumerable.Range(0, ExampleRequests.Parts).SelectMany(ExampleRequests.FilesOf).Append(Path.Combine(ExampleRequests.Examples, ExampleRequests.NotebookFile)).ToList();
        Assert.Equal(Directory.GetFiles(ExampleRequests.Examples, "*.http").Order(), parted.Order());
    }

    [Fact]
    public void Every_example_request_asserts_the_status_it_expects()
    {
        foreach (var file in Directory.GetFiles(ExampleRequests.Examples, "*.http"))
        {
            var blocks = Regex.Split(File.ReadAllText(file), @"^###", RegexOptions.Multiline).Where(b => ExampleRequests.RequestLine().IsMatch(b));
            Assert.All(blocks, block => Assert.Matches(@"\?\? (status ==|js response\.statusCode)", block));
        }
    }
}
