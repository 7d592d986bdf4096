using Mediator;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Features.Health;

public sealed record GetDatabaseHealth : IRequest<DatabaseHealthDetails>;

/// <param name="Reachable">PostgreSQL answered within 3 s.</param>
/// <param name="Error">Why not, when it did not.</param>
public sealed record DatabaseHealthDetails(bool Reachable, double? LatencyMs, string? ServerVersion, string? Database, long? SizeBytes, string? Error)
{
    public static async Task<DatabaseHealthDetails> CheckAsync(HealthCheckService health, CancellationToken ct)
    {
        var entry = (await health.CheckHealthAsync(c => c.Name == DatabaseHealthCheck.Name, ct)).Entries[DatabaseHealthCheck.Name];
        T? Value<T>(string key) => entry.Data.TryGetValue(key, out var value) ? (T)value : default;
        return entry.Status == HealthStatus.Healthy
            ? new DatabaseHealthDetails(true, Value<double>("latencyMs"), Value<string>("serverVersion"), Value<string>("database"), Value<long>("sizeBytes"), null)
            : new DatabaseHealthDetails(false, null, null, null, null, entry.Exception?.Message ?? entry.Description);
    }
}

/// <summary>The database as the readiness probe sees it, with the figures an administrator wants.</summary>
public sealed class GetDatabaseHealthHandler(HealthCheckService health) : IRequestHandler<GetDatabaseHealth, DatabaseHealthDetails>
{
    public async ValueTask<DatabaseHealthDetails> Handle(GetDatabaseHealth request, CancellationToken ct) => await DatabaseHealthDetails.CheckAsync(health, ct);
}
