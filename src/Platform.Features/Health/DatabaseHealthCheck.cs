using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Features.Health;

/// <summary>PostgreSQL answers a query within 3 s: the service is ready for traffic only then.</summary>
public sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public const string Name = "database";
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "select current_setting('server_version'), current_database(), pg_database_size(current_database())";
            await using var reader = await command.ExecuteReaderAsync(timeout.Token);
            await reader.ReadAsync(timeout.Token);
            return HealthCheckResult.Healthy("PostgreSQL answers.", new Dictionary<string, object>
            {
                ["latencyMs"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2),
                ["serverVersion"] = reader.GetString(0),
                ["database"] = reader.GetString(1),
                ["sizeBytes"] = reader.GetInt64(2),
            });
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL cannot be reached.", e);
        }
    }
}
