using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Identity;

/// <param name="Preset">generic (give the issuer), google, microsoft (give the tenant), or github (OAuth 2.0; the issuer of a GitHub Enterprise Server, else github.com).</param>
/// <param name="ClientSecret">Kept encrypted; left out, the saved one stays.</param>
/// <param name="GroupMappings">Values of the groups claim and the organisation group each puts the person in, at every sign-in.</param>
/// <param name="RoleMappings">Values of the roles claim and the platform role (user or admin) each gives, set at every sign-in.</param>
/// <param name="CreateAccounts">Make an account for someone signing in the first time; otherwise only existing accounts (matched by verified email) may.</param>
public sealed record SaveOidcSettings(
    string ClientId, bool Enabled = true, string Preset = "generic", string? DisplayName = null, string? Issuer = null, string? Tenant = null,
    string? ClientSecret = null, IReadOnlyList<string>? Scopes = null, bool RequireHttpsMetadata = true, string? EmailClaim = null, string? NameClaim = null,
    string? GroupsClaim = null, IReadOnlyList<OidcGroupMapping>? GroupMappings = null, string? RolesClaim = null, IReadOnlyList<OidcRoleMapping>? RoleMappings = null,
    bool CreateAccounts = true) : IRequest<OidcSettingsResponse>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string EffectiveIssuer => Preset switch
    {
        "google" => "https://accounts.google.com",
        "microsoft" => $"https://login.microsoftonline.com/{Tenant}/v2.0",
        GitHubClient.Preset => Issuer?.Trim().TrimEnd('/') is { Length: > 0 } enterprise ? enterprise : GitHubClient.Cloud,
        _ => Issuer?.Trim().TrimEnd('/') ?? "",
    };

    /// <summary>Everything but the secret, onto saved (or about to be tried) settings.</summary>
    public OidcSettings ApplyTo(OidcSettings settings)
    {
        settings.Enabled = Enabled;
        settings.Preset = Preset;
        settings.DisplayName = DisplayName?.Trim() is { Length: > 0 } name ? name
            : Preset switch { "google" => "Google", "microsoft" => "Microsoft", GitHubClient.Preset => "GitHub", _ => "Single sign-on" };
        settings.Issuer = EffectiveIssuer;
        settings.ClientId = ClientId.Trim();
        settings.Scopes = Scopes?.Distinct().ToList() ?? (Preset == GitHubClient.Preset ? ["read:user", "user:email"] : ["openid", "email", "profile"]);
        settings.RequireHttpsMetadata = RequireHttpsMetadata;
        settings.EmailClaim = EmailClaim ?? "email";
        settings.NameClaim = NameClaim ?? "name";
        settings.GroupsClaim = GroupsClaim ?? "groups";
        settings.GroupMappings = GroupMappings?.ToList() ?? [];
        settings.RolesClaim = RolesClaim ?? "roles";
        settings.RoleMappings = RoleMappings?.ToList() ?? [];
        settings.CreateAccounts = CreateAccounts;
        return settings;
    }
}

public sealed class SaveOidcSettingsValidator : AbstractValidator<SaveOidcSettings>
{
    public SaveOidcSettingsValidator()
    {
        RuleFor(x => x.Preset).Must(p => p is "generic" or "google" or "microsoft" or GitHubClient.Preset).WithMessage("'preset' is generic, google, microsoft or github.");
        RuleFor(x => x.Issuer).NotEmpty().When(x => x.Preset == "generic").WithMessage("'issuer' is needed for a generic provider.");
        RuleFor(x => x.Tenant).NotEmpty().MaximumLength(100).Matches("^[A-Za-z0-9.-]+$").When(x => x.Preset == "microsoft")
            .WithMessage("'tenant' (the directory id or domain) is needed for Microsoft.");
        RuleFor(x => x.EffectiveIssuer).MaximumLength(500)
            .Must((x, issuer) => Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || (!x.RequireHttpsMetadata && uri.Scheme == "http")) && uri.Query.Length == 0)
            .WithMessage("'issuer' is an https URL without a query (http only with requireHttpsMetadata false).").OverridePropertyName("issuer")
            .When(x => x.Preset != "generic" || !string.IsNullOrEmpty(x.Issuer));
        RuleFor(x => x.ClientId).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ClientSecret).MaximumLength(1000);
        RuleFor(x => x.DisplayName).MaximumLength(100);
        RuleFor(x => x.Scopes).Must((x, s) => s is null || ((s.Contains("openid") || x.Preset == GitHubClient.Preset) && s.Count <= 20 && s.All(v => v.Length is > 0 and <= 100 && !v.Contains(' '))))
            .WithMessage("'scopes' must include openid (at most 20, no spaces).");
        RuleForEach(x => new[] { x.EmailClaim, x.NameClaim, x.GroupsClaim, x.RolesClaim }).MaximumLength(100).OverridePropertyName("claims");
        RuleFor(x => x.RoleMappings).Must(m => m is null || (m.Count <= 100 && m.All(r => r.Value.Length is > 0 and <= 200 && r.Role is Roles.User or Roles.Admin)))
            .WithMessage("'roleMappings' holds at most 100 mappings, each giving the role user or admin.");
        RuleFor(x => x.GroupMappings).Must(m => m is null || (m.Count <= 100 && m.All(g => g.Value.Length is > 0 and <= 200)))
            .WithMessage("'groupMappings' holds at most 100 mappings, each with a value of 1 to 200 characters.");
    }
}

/// <summary>Saves the provider (administrators); every group a mapping names must exist.</summary>
public sealed class SaveOidcSettingsHandler(IDocumentSession session, OidcSettingsStore store, CurrentUser caller, TimeProvider clock) : IRequestHandler<SaveOidcSettings, OidcSettingsResponse>
{
    public async ValueTask<OidcSettingsResponse> Handle(SaveOidcSettings request, CancellationToken ct)
    {
        var saved = await session.LoadAsync<OidcSettings>(OidcSettings.SingletonId, ct);
        if (request.ClientSecret is not { Length: > 0 } && saved?.ProtectedClientSecret is not { Length: > 0 })
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("clientSecret", "'clientSecret' is needed the first time.")]);
        foreach (var mapping in request.GroupMappings ?? [])
            if (await session.LoadAsync<Organization>(mapping.OrganizationId, ct) is not { } organization || organization.Group(mapping.GroupId) is null)
                throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("groupMappings",
                    $"There is no group {mapping.GroupId} in organisation {mapping.OrganizationId}.")]);

        var settings = saved ?? new OidcSettings();
        request.ApplyTo(settings);
        if (request.ClientSecret is { Length: > 0 } secret)
        {
            settings.ProtectedClientSecret = store.Protect(secret);
            settings.MaskedClientSecret = SecretProtection.Mask(secret);
        }
        settings.UpdatedAt = clock.GetUtcNow();
        settings.UpdatedBy = caller.Id;
        session.Store(settings);
        await session.SaveChangesAsync(ct);
        return settings.ToResponse("saved");
    }
}
