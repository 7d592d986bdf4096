using System.Diagnostics;
using System.Reflection;
using Mediator;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using System.Text.Json.Serialization;
using Platform.Features.Common;

namespace Platform.Features.Health;

public sealed record GetHealth : IRequest<HealthResponse>;

/// <summary>Anyone sees the status; administrators also see the details (the others are left out, not null).</summary>
/// <param name="Status"><c>ok</c>, or <c>degraded</c> when the database cannot be reached.</param>
public sealed record HealthResponse(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DatabaseHealth? Database,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? UptimeSeconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MemoryHealth? Memory);

public sealed record DatabaseHealth(bool Reachable, double? LatencyMs, string? Error);

public sealed record MemoryHealth(long WorkingSetBytes, long ManagedHeapBytes, long TotalAvailableBytes);

public sealed class GetHealthHandler(HealthCheckService health, CurrentUser caller, TimeProvider clock) : IRequestHandler<GetHealth, HealthResponse>
{
    private static readonly string Version =
        typeof(GetHealthHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public async ValueTask<HealthResponse> Handle(GetHealth request, CancellationToken ct)
    {
        var details = await DatabaseHealthDetails.CheckAsync(health, ct);
        var database = new DatabaseHealth(details.Reachable, details.LatencyMs, details.Error);
        var status = database.Reachable ? "ok" : "degraded";
        // The database's error text and the process's figures tell an attacker about the server: administrators only.
        if (!caller.IsAdmin) return new HealthResponse(status, null, null, null, null);
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        return new HealthResponse(
            status,
            Version,
            database,
            Math.Round((clock.GetUtcNow() - process.StartTime.ToUniversalTime()).TotalSeconds, 1),
            new MemoryHealth(process.WorkingSet64, GC.GetTotalMemory(false), gc.TotalAvailableMemoryBytes));
    }
}
