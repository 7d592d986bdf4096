using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Features.Common;

/// <summary>Health checks of the outside services the platform talks to (tagged <see cref="IntegrationTag"/>): a TCP connection, timed.</summary>
public static class Reachability
{
    public const string IntegrationTag = "integration";

    /// <summary>Marks a result as a service that is not set up (rather than one that answers).</summary>
    public const string ConfiguredKey = "configured";

    public static HealthCheckResult NotConfigured(string description) =>
        HealthCheckResult.Healthy(description, new Dictionary<string, object> { [ConfiguredKey] = false });

    public static HealthCheckResult Answered(string description, TimeSpan latency) =>
        HealthCheckResult.Healthy(description, new Dictionary<string, object> { ["latencyMs"] = Math.Round(latency.TotalMilliseconds, 1) });

    /// <summary>Healthy when <paramref name="host"/> accepts a TCP connection on <paramref name="port"/> within 5 s.</summary>
    public static async Task<HealthCheckResult> ConnectAsync(string host, int port, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var watch = Stopwatch.StartNew();
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeout.Token);
            return Answered($"{host}:{port} accepts connections.", watch.Elapsed);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{host}:{port} did not answer within 5 s.");
        }
        catch (SocketException e)
        {
            return HealthCheckResult.Unhealthy($"{host}:{port} cannot be reached: {e.Message}");
        }
    }
}
