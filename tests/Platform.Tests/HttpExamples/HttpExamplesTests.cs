using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Tests.HttpExamples;

/// <summary>Runs every request in http-examples/ with httpyac (a real REST client) against the service on a real socket.</summary>
public sealed partial class HttpExamplesTests
{
    private static readonly string Examples = Path.Combine(TestPostgres.RepositoryRoot, "http-examples");
    private static readonly string Httpyac = Path.Combine(TestPostgres.RepositoryRoot, "build", "node_modules", ".bin", "httpyac");

    [GeneratedRegex(@"^\s*(GET|POST|PUT|PATCH|DELETE)\s+\{\{host\}\}", RegexOptions.Multiline)]
    private static partial Regex RequestLine();

    [Fact]
    public async Task Every_example_request_succeeds_against_a_live_server()
    {
        Assert.True(File.Exists(Httpyac), $"httpyac is not installed: run `npm ci --prefix build` (the README's test command does).");
        await using var factory = await new PlatformFactory().StartAsync();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var info = new ProcessStartInfo(Httpyac) { WorkingDirectory = TestPostgres.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        // Files first: --var takes every argument after it.
        info.ArgumentList.Add("send");
        foreach (var file in Directory.GetFiles(Examples, "*.http").Order()) info.ArgumentList.Add(file);
        foreach (var arg in new[] { "--all", "-o", "short", "--env", "dev", "--var", $"host={address.TrimEnd('/')}", $"setupToken={TestUsers.SetupToken}" }) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // About 45 s alone; several times that beside the rest of the suite on two cores.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        var log = await output + await errors;
        Assert.True(process.ExitCode == 0, $"httpyac exited with {process.ExitCode}:\n{log}");
        var requests = Directory.GetFiles(Examples, "*.http").Sum(f => RequestLine().Matches(File.ReadAllText(f)).Count);
        Assert.Contains($"{requests} requests processed ({requests} succeeded)", log);
    }

    [Fact]
    public void Every_example_request_asserts_the_status_it_expects()
    {
        foreach (var file in Directory.GetFiles(Examples, "*.http"))
        {
            var blocks = Regex.Split(File.ReadAllText(file), @"^###", RegexOptions.Multiline).Where(b => RequestLine().IsMatch(b));
            Assert.All(blocks, block => Assert.Matches(@"\?\? (status ==|js response\.statusCode)", block));
        }
    }
}
