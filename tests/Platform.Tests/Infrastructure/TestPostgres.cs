using Npgsql;
using Platform.Api.Database;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL for the whole test run: <c>TEST_POSTGRES</c> when set, otherwise the same private
/// server the service starts, in <c>.data/tests</c> (or <c>TEST_POSTGRES_DATA</c>). Every test class gets a database of its own.
/// </summary>
public static class TestPostgres
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static readonly Lazy<string> Server = new(() =>
    {
        if (Environment.GetEnvironmentVariable("TEST_POSTGRES") is { Length: > 0 } external) return external;
        var embedded = EmbeddedPostgres.Start(Environment.GetEnvironmentVariable("TEST_POSTGRES_DATA") is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepositoryRoot, ".data", "tests"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => embedded.Dispose();
        return embedded.ConnectionString;
    });

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(Server.Value))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server.Value);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new InvalidOperationException("Platform.sln not found above the test binaries.");
    }
}
