using System.Diagnostics;
using Npgsql;

namespace Platform.Features.Common;

/// <summary>
/// The PostgreSQL the platform keeps its state in (in the schema <see cref="Schema"/>), and where its client tools
/// (pg_dump, pg_restore, psql) are: the configured folder, else PATH, else the newest /usr/lib/postgresql/*/bin.
/// </summary>
public sealed record PostgresServer(string ConnectionString, string? BinDirectory)
{
    public const string Schema = "platform";

    /// <summary>The folder holding every one of <paramref name="tools"/>, or null.</summary>
    public static string? FindBinaries(string? configured, params string[] tools)
    {
        var candidates = configured is { Length: > 0 }
            ? [configured]
            : (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Concat(Directory.Exists("/usr/lib/postgresql")
                    ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
                    : []);
        return candidates.FirstOrDefault(d => tools.All(tool => File.Exists(Path.Combine(d, tool))));
    }

    /// <summary>Runs a client tool against this server (connection given through the PG* variables, never the command line).</summary>
    /// <returns>The exit code and what it wrote to standard error.</returns>
    public async Task<(int Code, string Errors)> RunToolAsync(string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var folder = FindBinaries(BinDirectory, tool)
            ?? throw new InvalidOperationException($"{tool} was not found {(BinDirectory is { Length: > 0 } ? $"in {BinDirectory}" : "on PATH or under /usr/lib/postgresql/*/bin")}.");
        var connection = new NpgsqlConnectionStringBuilder(ConnectionString);
        var start = new ProcessStartInfo(Path.Combine(folder, tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString();
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable", SslMode.Allow => "allow", SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca", SslMode.VerifyFull => "verify-full", _ => "prefer",
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(ct);
        var output = process.StandardOutput.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        await output;
        return (process.ExitCode, (await errors).Trim());
    }
}
