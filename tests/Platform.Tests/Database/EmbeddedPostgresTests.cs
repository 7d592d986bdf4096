using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Platform.Api.Database;

namespace Platform.Tests.Database;

/// <summary>The private PostgreSQL the service starts when no connection string is configured.</summary>
public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "platform-pg-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }

    private static async Task<int> ServerPid(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_backend_pid()", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Starts_a_cluster_reuses_it_and_leaves_a_server_it_did_not_start_running()
    {
        using (var first = EmbeddedPostgres.Start(_dataDirectory))
        {
            await ServerPid(first.ConnectionString);
            var second = EmbeddedPostgres.Start(_dataDirectory);
            Assert.Equal(new NpgsqlConnectionStringBuilder(first.ConnectionString).Port, new NpgsqlConnectionStringBuilder(second.ConnectionString).Port);
            second.Dispose();
            await ServerPid(first.ConnectionString); // still running: the second did not start it
        }

        using var restarted = EmbeddedPostgres.Start(_dataDirectory);
        await ServerPid(restarted.ConnectionString);
        Assert.True(File.Exists(Path.Combine(_dataDirectory, "postgres", "PG_VERSION")));
    }

    [Fact]
    public async Task A_stale_pid_file_from_a_crash_does_not_block_start()
    {
        EmbeddedPostgres.Start(_dataDirectory).Dispose();
        var pidFile = Path.Combine(_dataDirectory, "postgres", "postmaster.pid");
        File.WriteAllLines(pidFile, ["999999", Path.Combine(_dataDirectory, "postgres"), "1700000000", "5999", "", "127.0.0.1", "0 0", "ready"]);

        using var server = EmbeddedPostgres.Start(_dataDirectory);

        await ServerPid(server.ConnectionString);
    }

    [Fact]
    public void A_taken_port_is_a_clear_error()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var error = Assert.Throws<EmbeddedPostgresException>(() => EmbeddedPostgres.Start(_dataDirectory, port));

        Assert.Contains($"Port {port}", error.Message);
        Assert.Contains("already in use", error.Message);
    }

    [Fact]
    public void A_data_folder_that_cannot_be_written_is_a_clear_error()
    {
        Directory.CreateDirectory(_dataDirectory);
        var file = Path.Combine(_dataDirectory, "a-file");
        File.WriteAllText(file, "");

        var error = Assert.Throws<EmbeddedPostgresException>(() => EmbeddedPostgres.Start(Path.Combine(file, "data")));

        Assert.Contains("not writable", error.Message);
        Assert.Contains("Platform__DataDirectory", error.Message);
    }

    [Fact]
    public void Missing_binaries_are_a_clear_error()
    {
        var error = Assert.Throws<EmbeddedPostgresException>(() => EmbeddedPostgres.Start(_dataDirectory, binDirectory: _dataDirectory));

        Assert.Contains("initdb", error.Message);
        Assert.Contains("apt-get install postgresql", error.Message);
    }

    [Fact]
    public async Task The_service_exits_with_the_reason_and_no_stack_trace_when_postgres_cannot_start()
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Platform.Api.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["Platform__DataDirectory"] = _dataDirectory;
        info.Environment["Platform__Postgres__BinDirectory"] = "/nonexistent/postgresql/bin";
        info.Environment.Remove("ConnectionStrings__Postgres");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var all = await output + await errors;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("were not found in /nonexistent/postgresql/bin", all);
        Assert.DoesNotContain("   at ", all);
    }
}
