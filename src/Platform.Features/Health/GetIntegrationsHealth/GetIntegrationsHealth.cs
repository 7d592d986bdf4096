using Mediator;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Features.Common;

namespace Platform.Features.Health;

public sealed record GetIntegrationsHealth : IRequest<IntegrationsHealth>;

/// <param name="Status">ok, or failing when a configured integration does not answer as it should.</param>
public sealed record IntegrationsHealth(string Status, DateTimeOffset CheckedAt, IReadOnlyList<IntegrationHealth> Items);

/// <param name="Status">ok, degraded (answers, but not as configured), failing, or not_configured.</param>
public sealed record IntegrationHealth(string Name, string Status, string? Description, double? LatencyMs);

/// <summary>Every health check tagged as an integration (each area registers those of the services it talks to), run at once.</summary>
public sealed class GetIntegrationsHealthHandler(HealthCheckService health, TimeProvider clock) : IRequestHandler<GetIntegrationsHealth, IntegrationsHealth>
{
    public async ValueTask<IntegrationsHealth> Handle(GetIntegrationsHealth request, CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(c => c.Tags.Contains(Reachability.IntegrationTag), ct);
        var items = report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new IntegrationHealth(
            e.Key,
            e.Value.Data.TryGetValue(Reachability.ConfiguredKey, out var configured) && configured is false ? "not_configured"
                : e.Value.Status switch { HealthStatus.Healthy => "ok", HealthStatus.Degraded => "degraded", _ => "failing" },
            e.Value.Description ?? e.Value.Exception?.Message,
            e.Value.Data.TryGetValue("latencyMs", out var latency) ? (double)latency : null)).ToList();
        return new IntegrationsHealth(items.Any(i => i.Status is "failing" or "degraded") ? "failing" : "ok", clock.GetUtcNow(), items);
    }
}
