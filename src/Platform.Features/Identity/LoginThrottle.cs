using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>
/// Counts failed logins per account and per client address (System.Threading.RateLimiting windows,
/// the limiter ASP.NET's rate limiting middleware is built on); once either runs out, logins are
/// refused with 429 and Retry-After until the window moves on.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly PartitionedRateLimiter<string> _perClient;

    public LoginThrottle(IOptions<AuthOptions> options)
    {
        var o = options.Value;
        _perAccount = Window(o.FailuresPerAccount, o.FailureWindow);
        _perClient = Window(o.FailuresPerClient, o.FailureWindow);
    }

    private static PartitionedRateLimiter<string> Window(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <summary>Throws 429 when the account or the client has used up its failures.</summary>
    public void EnsureAllowed(string email, string clientAddress)
    {
        foreach (var (limiter, key) in new[] { (_perAccount, email), (_perClient, clientAddress) })
        {
            using var lease = limiter.AttemptAcquire(key, 0);
            if (!lease.IsAcquired)
                throw new ProblemException(StatusCodes.Status429TooManyRequests, "Too many failed logins",
                    "Too many failed sign-in attempts; wait before trying again.")
                {
                    RetryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1),
                };
        }
    }

    public void RecordFailure(string email, string clientAddress)
    {
        _perAccount.AttemptAcquire(email).Dispose();
        _perClient.AttemptAcquire(clientAddress).Dispose();
    }

    public void Dispose()
    {
        _perAccount.Dispose();
        _perClient.Dispose();
    }
}
