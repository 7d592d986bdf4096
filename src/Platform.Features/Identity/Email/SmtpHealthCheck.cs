using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>The SMTP server mail goes through, when one is configured.</summary>
public sealed class SmtpHealthCheck(IOptions<SmtpOptions> options) : IHealthCheck
{
    public const string Name = "smtp";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        options.Value.Host is { Length: > 0 } host
            ? Reachability.ConnectAsync(host, options.Value.Port, ct)
            : Task.FromResult(Reachability.NotConfigured("Not configured: mail is kept in the outbox (GET /api/dev/outbox)."));
}
