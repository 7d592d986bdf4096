using System.Diagnostics;
using System.Reflection;
using Marten;
using Mediator;

namespace Platform.Features.Health;

public sealed record GetHealth : IRequest<HealthResponse>;

/// <param name="Status"><c>ok</c>, or <c>degraded</c> when the database cannot be reached.</param>
public sealed record HealthResponse(string Status, string Version, DatabaseHealth Database, double UptimeSeconds, MemoryHealth Memory);

public sealed record DatabaseHealth(bool Reachable, double? LatencyMs, string? Error);

public sealed record MemoryHealth(long WorkingSetBytes, long ManagedHeapBytes, long TotalAvailableBytes);

public sealed class GetHealthHandler(IDocumentStore store, TimeProvider clock) : IRequestHandler<GetHealth, HealthResponse>
{
    private static readonly string Version =
        typeof(GetHealthHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public async ValueTask<HealthResponse> Handle(GetHealth request, CancellationToken ct)
    {
        var database = await ProbeDatabase(ct);
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        return new HealthResponse(
            database.Reachable ? "ok" : "degraded",
            Version,
            database,
            Math.Round((clock.GetUtcNow() - process.StartTime.ToUniversalTime()).TotalSeconds, 1),
            new MemoryHealth(process.WorkingSet64, GC.GetTotalMemory(false), gc.TotalAvailableMemoryBytes));
    }

    private async Task<DatabaseHealth> ProbeDatabase(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "select 1";
            await command.ExecuteScalarAsync(timeout.Token);
            return new DatabaseHealth(true, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return new DatabaseHealth(false, null, e.Message);
        }
    }
}
