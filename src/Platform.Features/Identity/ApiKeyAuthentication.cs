using System.Security.Claims;
using System.Text.Encodings.Web;
using Marten;
using Marten.Patching;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>
/// Signs a request in with a personal API key (<c>X-Api-Key: pk_…</c> or <c>Authorization: Bearer pk_…</c>): as the
/// key's owner, with the owner's role only when the key has the <c>admin</c> scope, and the key's scopes as claims
/// (<see cref="AccountAuthorization"/> holds each request to them).
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountAccess access, IDocumentStore store, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string KeyClaim = CurrentUser.KeyClaim;
    public const string ScopeClaim = CurrentUser.ScopeClaim;
    private static readonly TimeSpan RecordUseEvery = TimeSpan.FromMinutes(1);

    /// <summary>Whether the request presents an API key rather than an access token.</summary>
    public static bool IsPresented(HttpRequest request) =>
        request.Headers.ContainsKey(Header) || request.Headers.Authorization.ToString().StartsWith("Bearer " + PersonalApiKey.Prefix, StringComparison.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[Header].FirstOrDefault()
            ?? (Request.Headers.Authorization.ToString() is var authorization && authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..].Trim() : null);
        if (string.IsNullOrEmpty(presented)) return AuthenticateResult.NoResult();
        if (!presented.StartsWith(PersonalApiKey.Prefix, StringComparison.Ordinal) || presented.Length > 200)
            return AuthenticateResult.Fail("That is not an API key.");

        var hash = TokenIssuer.Hash(presented);
        var ct = Context.RequestAborted;
        if (await access.KeyAsync(hash, ct) is not { } key) return AuthenticateResult.Fail("The API key is unknown or revoked.");
        var now = clock.GetUtcNow();
        if (key.ExpiresAt <= now) return AuthenticateResult.Fail("The API key has expired.");
        if (await access.AccountAsync(key.UserId, ct) is not { Disabled: false } account) return AuthenticateResult.Fail("The key's account is disabled or gone.");

        await RecordUseAsync(key, now, ct);
        var claims = new List<Claim>
        {
            new("sub", key.UserId.ToString()), new("email", account.Email), new("name", account.DisplayName),
            new("role", key.Scopes.Contains(ApiKeyScopes.Admin) ? account.Role : Roles.User), new(KeyClaim, key.KeyId.ToString()),
        };
        claims.AddRange(key.Scopes.Select(s => new Claim(ScopeClaim, s)));
        claims.AddRange(account.Claims());
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, "name", "role"));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>Keeps <c>lastUsedAt</c> to the minute, without a write on every call.</summary>
    private async Task RecordUseAsync(ApiKeyGrant key, DateTimeOffset now, CancellationToken ct)
    {
        if (!access.ShouldRecordUse(key.KeyId, now, RecordUseEvery)) return;
        await using var session = store.LightweightSession();
        session.Patch<PersonalApiKey>(key.KeyId).Set(k => k.LastUsedAt, now);
        await session.SaveChangesAsync(ct);
    }
}
