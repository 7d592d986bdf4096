using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>
/// Hourly: deletes records of failed sign-ins to unknown addresses past their retention (anyone can make them, so
/// they must not pile up), used or expired reset and verification links and single sign-on attempts and codes, and refresh tokens expired for longer than
/// a token lives (by then every token of their family has expired too, so reuse detection loses nothing).
/// </summary>
public sealed class ExpiredSignInRecords(IDocumentStore store, IOptions<AuthOptions> options, TimeProvider clock, ILogger<ExpiredSignInRecords> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(TimeSpan.FromHours(1), clock, logger, "Removing expired sign-in records", SweepAsync, stoppingToken);

    public async Task SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var failedBefore = now - options.Value.FailedSignInRetention;
        var refreshBefore = now - options.Value.RefreshTokenLifetime;
        await using var session = store.LightweightSession();
        session.DeleteWhere<FailedSignIn>(f => f.At < failedBefore);
        session.DeleteWhere<PasswordResetToken>(t => t.ExpiresAt < now || t.UsedAt != null);
        session.DeleteWhere<EmailVerificationToken>(t => t.ExpiresAt < now || t.UsedAt != null);
        session.DeleteWhere<RefreshToken>(t => t.ExpiresAt < refreshBefore);
        session.DeleteWhere<OidcLoginAttempt>(a => a.ExpiresAt < now);
        session.DeleteWhere<OidcSignInCode>(c => c.ExpiresAt < now);
        await session.SaveChangesAsync(ct);
    }
}
