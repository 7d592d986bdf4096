using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Features.Common;

namespace Platform.Features.Operations;

/// <summary>The destination logs are shipped to, when log export is switched on.</summary>
public sealed class LogExportHealthCheck(IDocumentStore store) : IHealthCheck
{
    public const string Name = "log-export";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<LogExportSettings>(LogExportSettings.SingletonId, ct) is not { Enabled: true } settings)
            return Reachability.NotConfigured("Not switched on (PUT /api/settings/log-export).");
        if (!Uri.TryCreate(settings.Endpoint, UriKind.Absolute, out var endpoint))
            return HealthCheckResult.Unhealthy($"The endpoint '{settings.Endpoint}' is not an absolute URL.");
        return await Reachability.ConnectAsync(endpoint.Host, endpoint.Port, ct);
    }
}
