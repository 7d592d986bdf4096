using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

/// <summary>
/// Counts refused prediction calls (unknown deployment ids, bad keys) per client address: the route's own limit is
/// per deployment, so a client trying random ids or keys would otherwise never be slowed down.
/// </summary>
public sealed class RefusedPredictionThrottle(IOptions<ModelOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _refusals = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RefusedPredictionsPerMinutePerClient, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        }));

    public void EnsureAllowed(string clientAddress)
    {
        using var lease = _refusals.AttemptAcquire(clientAddress, 0);
        if (!lease.IsAcquired)
            throw new ProblemException(StatusCodes.Status429TooManyRequests, "Too many refused requests",
                "Too many prediction requests from this address were refused (unknown deployment or key); wait before trying again.")
            {
                RetryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1),
            };
    }

    public void RecordRefusal(string clientAddress) => _refusals.AttemptAcquire(clientAddress).Dispose();

    public void Dispose() => _refusals.Dispose();
}
