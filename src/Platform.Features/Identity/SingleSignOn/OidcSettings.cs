using Marten;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>Single sign-on from configuration (<c>Platform:Oidc</c>); settings saved at run time take precedence.</summary>
public sealed class OidcOptions
{
    public string? Issuer { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string[] Scopes { get; set; } = ["openid", "email", "profile"];
    public bool RequireHttpsMetadata { get; set; } = true;
    public string DisplayName { get; set; } = "Single sign-on";
    /// <summary>The callback URL registered at the provider; unset, <c>{scheme}://{host}/api/oidc/callback</c> of the request.</summary>
    public string? RedirectUri { get; set; }
    /// <summary>Leeway for the ID token's times (clocks of the provider and this server differ a little).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>A provider's group (a value of the groups claim) and the organisation group it puts the person in.</summary>
public sealed record OidcGroupMapping(string Value, Guid OrganizationId, Guid GroupId);

/// <summary>A provider's role (a value of the roles claim) and the platform role it gives: user or admin (never super_admin).</summary>
public sealed record OidcRoleMapping(string Value, string Role);

/// <summary>Single sign-on as an administrator saved it (one provider); the client secret is kept encrypted.</summary>
public sealed class OidcSettings
{
    public const string SingletonId = "oidc";

    public string Id { get; set; } = SingletonId;
    public bool Enabled { get; set; } = true;
    /// <summary>generic, google or microsoft: presets fill the issuer.</summary>
    public string Preset { get; set; } = "generic";
    public string DisplayName { get; set; } = "Single sign-on";
    public string Issuer { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ProtectedClientSecret { get; set; } = "";
    public string MaskedClientSecret { get; set; } = "";
    public List<string> Scopes { get; set; } = ["openid", "email", "profile"];
    public bool RequireHttpsMetadata { get; set; } = true;
    public string EmailClaim { get; set; } = "email";
    public string NameClaim { get; set; } = "name";
    public string GroupsClaim { get; set; } = "groups";
    public List<OidcGroupMapping> GroupMappings { get; set; } = [];
    public string RolesClaim { get; set; } = "roles";
    /// <summary>When any are set, every sign-in sets the platform role from the roles claim (admin if a value maps to it, else user); a super_admin keeps that role.</summary>
    public List<OidcRoleMapping> RoleMappings { get; set; } = [];
    /// <summary>Make an account for a person signing in the first time (else only existing accounts, matched by verified email).</summary>
    public bool CreateAccounts { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }

    /// <summary>The name sign-in links use: the preset's, or oidc for a generic provider.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ProviderId => Preset == "generic" ? "oidc" : Preset;

    public OidcSettingsResponse ToResponse(string source) =>
        new(source, Enabled, Preset, DisplayName, Issuer, ClientId, MaskedClientSecret, Scopes, RequireHttpsMetadata, EmailClaim, NameClaim, GroupsClaim,
            GroupMappings, RolesClaim, RoleMappings, CreateAccounts, UpdatedAt);
}

/// <param name="Source">saved (at run time), configuration (Platform:Oidc) or none.</param>
public sealed record OidcSettingsResponse(
    string Source, bool Enabled, string Preset, string DisplayName, string Issuer, string ClientId, string ClientSecret, IReadOnlyList<string> Scopes,
    bool RequireHttpsMetadata, string EmailClaim, string NameClaim, string GroupsClaim, IReadOnlyList<OidcGroupMapping> GroupMappings, string RolesClaim,
    IReadOnlyList<OidcRoleMapping> RoleMappings, bool CreateAccounts, DateTimeOffset? UpdatedAt);

/// <summary>The provider in force (saved settings, else configuration), with its secret in the clear for the token call.</summary>
public sealed record ActiveOidc(OidcSettings Settings, string ClientSecret, string Source);

public sealed class OidcSettingsStore(IOptions<OidcOptions> options, SecretProtection secrets)
{
    public OidcOptions Options => options.Value;

    public async Task<ActiveOidc?> LoadAsync(IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<OidcSettings>(OidcSettings.SingletonId, ct) is { } saved)
            return new ActiveOidc(saved, saved.ProtectedClientSecret.Length > 0 ? secrets.Unprotect(saved.ProtectedClientSecret) : "", "saved");
        var configured = options.Value;
        if (string.IsNullOrWhiteSpace(configured.Issuer) || string.IsNullOrWhiteSpace(configured.ClientId)) return null;
        return new ActiveOidc(new OidcSettings
        {
            Issuer = configured.Issuer, ClientId = configured.ClientId, Scopes = [.. configured.Scopes], RequireHttpsMetadata = configured.RequireHttpsMetadata,
            DisplayName = configured.DisplayName, MaskedClientSecret = SecretProtection.Mask(configured.ClientSecret ?? ""),
        }, configured.ClientSecret ?? "", "configuration");
    }

    /// <summary>The provider people may sign in with now, or a 404 saying single sign-on is off.</summary>
    public async Task<ActiveOidc> RequireEnabledAsync(IQuerySession session, CancellationToken ct) =>
        await LoadAsync(session, ct) is { Settings.Enabled: true } active
            ? active
            : throw new ProblemException(StatusCodes.Status404NotFound, "Single sign-on is off", "No OpenID Connect provider is set up on this installation.");

    public string Protect(string secret) => secrets.Protect(secret);
}
