using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <param name="Settings">Settings to try before saving them; the saved (or configured) provider when left out.</param>
public sealed record TestOidc(SaveOidcSettings? Settings = null) : IRequest<OidcTestResult>;

/// <param name="Ok">The discovery document and signing keys were read and the provider supports what sign-in needs.</param>
/// <param name="RedirectUri">The callback URL to register at the provider.</param>
/// <param name="Problems">Why sign-in would not work, when it would not.</param>
public sealed record OidcTestResult(
    bool Ok, string Issuer, string? AuthorizationEndpoint, string? TokenEndpoint, int SigningKeys, IReadOnlyList<string> ScopesSupported,
    IReadOnlyList<string> ClaimsSupported, string RedirectUri, OidcClaimMapping Mapping, IReadOnlyList<string> Problems);

/// <summary>Which claims a sign-in would read, and what the group mappings would do.</summary>
public sealed record OidcClaimMapping(
    string Email, string Name, string Groups, IReadOnlyList<OidcGroupMapping> GroupMappings, string Roles, IReadOnlyList<OidcRoleMapping> RoleMappings, bool CreateAccounts);

/// <summary>Reads the provider's discovery document and keys afresh and says what a sign-in would use (administrators).</summary>
public sealed class TestOidcHandler(IQuerySession session, OidcSettingsStore store, OidcClient client, IHttpContextAccessor accessor, IOptions<OidcOptions> options)
    : IRequestHandler<TestOidc, OidcTestResult>
{
    public async ValueTask<OidcTestResult> Handle(TestOidc request, CancellationToken ct)
    {
        var settings = request.Settings?.ApplyTo(new OidcSettings())
            ?? (await store.LoadAsync(session, ct))?.Settings
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Single sign-on is off", "No provider is set up: send settings to try.");
        var redirectUri = StartOidcLoginHandler.RedirectUriFor(accessor.HttpContext!, options.Value);
        var mapping = new OidcClaimMapping(settings.EmailClaim, settings.NameClaim, settings.GroupsClaim, settings.GroupMappings, settings.RolesClaim,
            settings.RoleMappings, settings.CreateAccounts);
        if (settings.Preset == GitHubClient.Preset)
            return new OidcTestResult(true, settings.Issuer, $"{settings.Issuer}/login/oauth/authorize", $"{settings.Issuer}/login/oauth/access_token", 0, [], [],
                redirectUri, mapping, []);
        try
        {
            var discovered = await client.DiscoverAsync(settings, ct, fresh: true);
            var problems = new List<string>();
            if (discovered.SigningKeys.Count == 0) problems.Add("The provider publishes no signing keys (jwks_uri).");
            if (discovered.ResponseTypesSupported.Count > 0 && !discovered.ResponseTypesSupported.Contains("code")) problems.Add("The provider does not offer the authorization-code flow.");
            if (discovered.CodeChallengeMethodsSupported.Count > 0 && !discovered.CodeChallengeMethodsSupported.Contains("S256")) problems.Add("The provider does not offer PKCE with S256.");
            var missing = settings.Scopes.Where(s => discovered.ScopesSupported.Count > 0 && !discovered.ScopesSupported.Contains(s)).ToList();
            if (missing.Count > 0) problems.Add($"The provider does not list the scopes {string.Join(", ", missing)}.");
            return new OidcTestResult(problems.Count == 0, discovered.Issuer, discovered.AuthorizationEndpoint, discovered.TokenEndpoint, discovered.SigningKeys.Count,
                [.. discovered.ScopesSupported], [.. discovered.ClaimsSupported], redirectUri, mapping, problems);
        }
        catch (OidcException e)
        {
            return new OidcTestResult(false, settings.Issuer, null, null, 0, [], [], redirectUri, mapping, [e.Message]);
        }
    }
}

public sealed class TestOidcValidator : AbstractValidator<TestOidc>
{
    public TestOidcValidator() => RuleFor(x => x.Settings!).SetValidator(new SaveOidcSettingsValidator()).When(x => x.Settings is not null);
}
