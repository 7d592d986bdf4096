namespace Platform.Features.Identity;

/// <summary>Settings under <c>Platform:Auth</c>.</summary>
public sealed class AuthOptions
{
    /// <summary>HMAC key for access tokens (at least 32 characters). Unset: generated once and kept in the data folder.</summary>
    public string? SigningKey { get; set; }
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
    /// <summary>How long a just-rotated refresh token still yields the same new pair (tabs refreshing at once).</summary>
    public TimeSpan RefreshGraceWindow { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan ResetTokenLifetime { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How long an email verification link works.</summary>
    public TimeSpan VerificationTokenLifetime { get; set; } = TimeSpan.FromDays(2);
    /// <summary>Refuse sign-in (and registration's tokens) until the address is verified.</summary>
    public bool RequireVerifiedEmail { get; set; }
    /// <summary>
    /// Failed logins allowed per account from one client address, and per client address in all, within <see cref="FailureWindow"/>;
    /// beyond the first, that client waits (429). Failures on an account from every client beyond <see cref="FailuresPerAccount"/> slow its logins down.
    /// </summary>
    public int FailuresPerAccount { get; set; } = 5;
    public int FailuresPerClient { get; set; } = 20;
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How long records of sign-ins to addresses no account has are kept (the audit trail keeps that they happened).</summary>
    public TimeSpan FailedSignInRetention { get; set; } = TimeSpan.FromDays(90);
    /// <summary>Requests per minute a client address may make to the sign-in routes.</summary>
    public int RequestsPerMinutePerClient { get; set; } = 60;
    /// <summary>Requests per minute one personal API key may make (429 beyond).</summary>
    public int ApiKeyRequestsPerMinute { get; set; } = 600;
    /// <summary>The secret <c>/api/auth/setup</c> asks for. Unset: generated at start-up and written to the log while no super_admin exists.</summary>
    public string? SetupToken { get; set; }
    /// <summary>Where the single-page app lives: reset links point there.</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5080";
}
