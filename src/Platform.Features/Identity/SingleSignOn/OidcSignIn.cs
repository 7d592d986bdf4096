using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>A sign-in sent to the provider and not yet back: found again by the hash of its state, used once.</summary>
public sealed class OidcLoginAttempt : IBookkeeping
{
    public required string Id { get; set; }
    public required string Nonce { get; set; }
    public required string CodeVerifier { get; set; }
    public required string RedirectUri { get; set; }
    public required string ReturnUrl { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>The one-time code the web app trades for tokens (so tokens never travel in a URL); stored by its hash.</summary>
public sealed class OidcSignInCode : IBookkeeping
{
    public required string Id { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>An account's identity at a provider (issuer and subject), linked at its first sign-in there.</summary>
public sealed class ExternalLogin
{
    public required string Id { get; set; }
    public Guid UserId { get; set; }
    public required string Issuer { get; set; }
    public required string Subject { get; set; }
    public DateTimeOffset LinkedAt { get; set; }

    public static string IdOf(string issuer, string subject) => $"{issuer}|{subject}";
}

public sealed record SignedInWithOidc(string Issuer, string ClientAddress);

public sealed record ExternalLoginLinked(string Issuer, string Subject);

/// <summary>The provider's roles claim changed the account's platform role at a sign-in.</summary>
public sealed record RoleSetBySignOn(string From, string To, string Issuer);
