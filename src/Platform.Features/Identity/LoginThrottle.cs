using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>
/// Counts failed logins (System.Threading.RateLimiting windows, the limiter ASP.NET's rate limiting middleware is
/// built on) per account and client together, and per client: once either runs out, that client's logins are
/// refused with 429 and Retry-After until the window moves on. Failures on an account from every client only slow
/// its logins down, never lock it: strangers failing on purpose cannot keep its owner out.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private const int AccountCounterSize = 10_000;
    private static readonly TimeSpan DelayStep = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(3);

    private readonly PartitionedRateLimiter<string> _perAccountAndClient;
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly int _freeFailuresPerAccount;

    public LoginThrottle(IOptions<AuthOptions> options)
    {
        var o = options.Value;
        _perAccountAndClient = Window(o.FailuresPerAccount, o.FailureWindow);
        _perClient = Window(o.FailuresPerClient, o.FailureWindow);
        _perAccount = Window(AccountCounterSize, o.FailureWindow);
        _freeFailuresPerAccount = o.FailuresPerAccount;
    }

    private static PartitionedRateLimiter<string> Window(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true,
        }));

    private static string Pair(string email, string clientAddress) => $"{email}\n{clientAddress}";

    /// <summary>Throws 429 when this client has used up its failures, on this account or in all.</summary>
    public void EnsureAllowed(string email, string clientAddress)
    {
        foreach (var (limiter, key) in new[] { (_perAccountAndClient, Pair(email, clientAddress)), (_perClient, clientAddress) })
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

    /// <summary>How long a login on this account waits before its password is checked: longer the more it failed lately, from anywhere.</summary>
    public TimeSpan DelayFor(string email)
    {
        var failures = AccountCounterSize - (_perAccount.GetStatistics(email)?.CurrentAvailablePermits ?? AccountCounterSize);
        return failures < _freeFailuresPerAccount ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, DelayStep.Ticks * (failures - _freeFailuresPerAccount + 1)));
    }

    public void RecordFailure(string email, string clientAddress)
    {
        _perAccountAndClient.AttemptAcquire(Pair(email, clientAddress)).Dispose();
        _perClient.AttemptAcquire(clientAddress).Dispose();
        _perAccount.AttemptAcquire(email).Dispose();
    }

    public void Dispose()
    {
        _perAccountAndClient.Dispose();
        _perClient.Dispose();
        _perAccount.Dispose();
    }
}
