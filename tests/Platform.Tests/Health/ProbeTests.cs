using System.Net;
using Npgsql;

namespace Platform.Tests.Health;

/// <summary>Liveness and readiness for orchestrators, the database details for administrators, and the licence status.</summary>
public sealed class ProbeTests
{
    [Fact]
    public async Task Ready_fails_while_the_database_refuses_connections_and_recovers_after()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        using var anonymous = factory.CreateClient();
        Assert.Equal("alive", (await (await anonymous.GetAsync("/health/live")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("ready", (await (await anonymous.GetAsync("/health/ready")).JsonAsync()).GetProperty("status").GetString());

        var database = new NpgsqlConnectionStringBuilder(factory.ConnectionString).Database!;
        await AdministerAsync(factory.ConnectionString, $"alter database \"{database}\" allow_connections false",
            $"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database}' and pid <> pg_backend_pid()");
        try
        {
            NpgsqlConnection.ClearAllPools();
            var notReady = await anonymous.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
            await (await anonymous.GetAsync("/health/live")).EnsureStatus(HttpStatusCode.OK);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/api/health")).StatusCode);
        }
        finally
        {
            await AdministerAsync(factory.ConnectionString, $"alter database \"{database}\" allow_connections true");
        }
        await (await anonymous.GetAsync("/health/ready")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Administrators_see_the_database_details_and_others_do_not()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        using var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        var details = await (await admin.GetAsync("/api/health/db")).JsonAsync();
        Assert.True(details.GetProperty("reachable").GetBoolean());
        Assert.StartsWith("15", details.GetProperty("serverVersion").GetString());
        Assert.True(details.GetProperty("sizeBytes").GetInt64() > 0);

        var user = await Person.RegisterAsync(factory);
        await (await user.Client.GetAsync("/api/health/db")).ProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync("/api/health/db")).EnsureStatus(HttpStatusCode.Unauthorized);

        var license = await (await user.Client.GetAsync("/api/license/status")).JsonAsync();
        Assert.True(license.GetProperty("allFeatures").GetBoolean());
        Assert.Equal("open", license.GetProperty("tier").GetString());
    }

    private static async Task AdministerAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
