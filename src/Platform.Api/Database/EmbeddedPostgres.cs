using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;
using Platform.Features.Common;

namespace Platform.Api.Database;

/// <summary>Thrown with a message meant for a person, when the private PostgreSQL cannot start.</summary>
public sealed class EmbeddedPostgresException(string message) : Exception(message);

/// <summary>
/// A private PostgreSQL cluster started from the machine's own binaries (initdb, pg_ctl) in a data
/// folder, on a loopback port. Reuses an existing cluster, and a server already running on it
/// (which it then leaves running); stops only a server it started itself.
/// </summary>
public sealed class EmbeddedPostgres : IDisposable
{
    private const string SuperUser = "platform";
    private readonly string _clusterDirectory;
    private readonly string _binDirectory;
    private readonly bool _asPostgresUser;
    private bool _startedHere;

    public string ConnectionString { get; private set; } = "";

    private EmbeddedPostgres(string clusterDirectory, string binDirectory)
    {
        _clusterDirectory = clusterDirectory;
        _binDirectory = binDirectory;
        _asPostgresUser = Environment.UserName == "root";
    }

    /// <param name="dataDirectory">The platform's data folder; the cluster lives in its <c>postgres</c> sub-folder.</param>
    /// <param name="port">0 picks a free loopback port.</param>
    /// <param name="binDirectory">Where initdb and pg_ctl are; unset: PATH, then the newest /usr/lib/postgresql/*/bin.</param>
    public static EmbeddedPostgres Start(string dataDirectory, int port = 0, string? binDirectory = null)
    {
        var server = new EmbeddedPostgres(Path.Combine(Path.GetFullPath(dataDirectory), "postgres"), FindBinaries(binDirectory));
        server.StartOrReuse(port);
        return server;
    }

    private static string FindBinaries(string? binDirectory) =>
        PostgresServer.FindBinaries(binDirectory, "initdb", "pg_ctl")
            ?? throw new EmbeddedPostgresException(
                $"PostgreSQL server binaries (initdb, pg_ctl) were not found {(binDirectory is { Length: > 0 } ? $"in {binDirectory}" : "on PATH or under /usr/lib/postgresql/*/bin")}. " +
                "Install them (Debian/Ubuntu: apt-get install postgresql), set Platform__Postgres__BinDirectory, or point the service at a server with ConnectionStrings__Postgres.");

    private void StartOrReuse(int port)
    {
        EnsureWritable(Path.GetDirectoryName(_clusterDirectory)!);
        var password = EnsureCluster();

        var running = RunningPort();
        if (running is not null)
        {
            ConnectionString = BuildConnectionString(running.Value, password);
            return;
        }

        if (port == 0) port = FreePort();
        else if (!IsPortFree(port))
            throw new EmbeddedPostgresException($"Port {port} on 127.0.0.1 is already in use; choose another with Platform__Postgres__Port or leave it at 0 for a free one.");

        var log = Path.Combine(_clusterDirectory, "server.log");
        var options = $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories='' -c max_connections=200 -c fsync=off -c full_page_writes=off";
        var (code, output) = Run("pg_ctl", "start", "-w", "-t", "60", "-D", _clusterDirectory, "-l", log, "-o", options);
        if (code != 0)
        {
            var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(5)) : output;
            throw new EmbeddedPostgresException($"PostgreSQL did not start in {_clusterDirectory}:\n{tail.Trim()}");
        }
        _startedHere = true;
        ConnectionString = BuildConnectionString(port, password);
    }

    /// <summary>Creates the cluster once; returns the password of its superuser.</summary>
    private string EnsureCluster()
    {
        var passwordFile = Path.Combine(Path.GetDirectoryName(_clusterDirectory)!, "postgres.password");
        if (File.Exists(Path.Combine(_clusterDirectory, "PG_VERSION")) && File.Exists(passwordFile))
            return File.ReadAllText(passwordFile).Trim();

        if (Directory.Exists(_clusterDirectory)) Directory.Delete(_clusterDirectory, recursive: true);
        DataFolder.CreatePrivateDirectory(_clusterDirectory);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        File.Delete(passwordFile);
        DataFolder.WriteSecret(passwordFile, password);

        // initdb reads the password from a file the server's own user can read.
        var initPasswordFile = Path.Combine(_clusterDirectory, "..", $".initdb-{Guid.NewGuid():N}");
        DataFolder.WriteSecret(initPasswordFile, password);
        try
        {
            GiveToServerUser(_clusterDirectory, initPasswordFile);
            var (code, output) = Run("initdb", "-D", _clusterDirectory, "-U", SuperUser, "--pwfile", initPasswordFile,
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8");
            if (code != 0)
            {
                Directory.Delete(_clusterDirectory, recursive: true);
                File.Delete(passwordFile);
                throw new EmbeddedPostgresException($"initdb failed for {_clusterDirectory}" +
                    (_asPostgresUser ? " (running as root, the cluster belongs to the postgres user, who must be able to reach this folder)" : "") +
                    $":\n{output.Trim()}");
            }
        }
        finally
        {
            File.Delete(initPasswordFile);
        }
        return password;
    }

    /// <summary>The port of a server already running on this cluster, after clearing a stale pid file.</summary>
    private int? RunningPort()
    {
        var pidFile = Path.Combine(_clusterDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length > 3 && int.TryParse(lines[0], out var pid) && int.TryParse(lines[3], out var port) && IsAlive(pid) && !IsPortFree(port))
            return port;
        // Left behind by a crash: the server is gone, so the file only blocks a new start.
        File.Delete(pidFile);
        return null;
    }

    private static bool IsAlive(int pid)
    {
        try { return !Process.GetProcessById(pid).HasExited; }
        catch (ArgumentException) { return false; }
    }

    private static string BuildConnectionString(int port, string password) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = port, Username = SuperUser, Password = password, Database = "postgres",
    }.ConnectionString;

    private void EnsureWritable(string directory)
    {
        try
        {
            var created = new List<string>();
            for (var dir = Path.GetFullPath(directory); !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!) created.Add(dir);
            DataFolder.CreatePrivateDirectory(directory);
            // Run as root, the server runs as the postgres user, who must pass through (not list) the folders to its cluster.
            if (_asPostgresUser && !OperatingSystem.IsWindows())
                foreach (var dir in created.Count > 0 ? created : [directory])
                    File.SetUnixFileMode(dir, File.GetUnixFileMode(dir) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            var probe = Path.Combine(directory, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new EmbeddedPostgresException($"The data folder {directory} is not writable ({e.Message}). Set Platform__DataDirectory to a writable folder.");
        }
    }

    private void GiveToServerUser(params string[] paths)
    {
        if (!_asPostgresUser) return;
        foreach (var path in paths)
        {
            var (code, output) = RunProcess("chown", ["-R", "postgres:postgres", path]);
            if (code != 0) throw new EmbeddedPostgresException($"Could not hand {path} to the postgres user: {output.Trim()}");
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_clusterDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Runs a server binary, as the postgres user when this process is root (PostgreSQL refuses root).</summary>
    private (int Code, string Output) Run(string binary, params string[] args)
    {
        var path = Path.Combine(_binDirectory, binary);
        return _asPostgresUser
            ? RunProcess("runuser", ["-u", "postgres", "--", path, .. args])
            : RunProcess(path, args);
    }

    private static (int Code, string Output) RunProcess(string file, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new EmbeddedPostgresException($"Could not run {file}.");
        // pg_ctl leaves the server holding its inherited pipes: read to the first end only after exit.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var output = (stdout.Wait(TimeSpan.FromSeconds(2)) ? stdout.Result : "") + (stderr.Wait(TimeSpan.FromSeconds(2)) ? stderr.Result : "");
        return (process.ExitCode, output);
    }

    public void Dispose()
    {
        if (!_startedHere) return;
        _startedHere = false;
        Run("pg_ctl", "stop", "-D", _clusterDirectory, "-m", "fast", "-w", "-t", "30");
    }
}
