using Marten;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <param name="Provider">The provider's preset or oidc; any name of the one provider set up is accepted.</param>
/// <param name="ReturnUrl">Where the web app wants the person back: an address of the web app (Platform:Auth:PublicUrl or a CORS origin).</param>
public sealed record StartOidcLogin(string? Provider, string? ReturnUrl) : IRequest<string>;

/// <summary>
/// Sends the browser to the provider: a fresh state (kept hashed, single use, 10 minutes), nonce and PKCE verifier,
/// and the return address checked against the web app's own origins so the sign-in cannot be bent to another site.
/// </summary>
public sealed class StartOidcLoginHandler(
    IDocumentSession session, OidcSettingsStore store, OidcClient client, IHttpContextAccessor accessor, IConfiguration configuration,
    IOptions<AuthOptions> auth, TimeProvider clock) : IRequestHandler<StartOidcLogin, string>
{
    public static readonly TimeSpan AttemptLifetime = TimeSpan.FromMinutes(10);

    public static string RedirectUriFor(HttpContext http, OidcOptions options) =>
        options.RedirectUri is { Length: > 0 } configured ? configured : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/api/oidc/callback";

    public async ValueTask<string> Handle(StartOidcLogin request, CancellationToken ct)
    {
        var active = await store.RequireEnabledAsync(session, ct);
        if (request.Provider is { Length: > 0 } provider && provider != "oidc" && provider != active.Settings.ProviderId)
            throw new ProblemException(StatusCodes.Status404NotFound, "Unknown provider", $"There is no sign-in provider '{provider}'; GET /api/auth/status lists them.");
        var returnUrl = CheckedReturnUrl(request.ReturnUrl);
        Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration? configuration = null;
        try
        {
            // GitHub has no discovery document: its endpoints are fixed.
            if (active.Settings.Preset != GitHubClient.Preset) configuration = await client.DiscoverAsync(active.Settings, ct);
        }
        catch (OidcException e)
        {
            throw new ProblemException(StatusCodes.Status502BadGateway, "Provider unreachable", e.Message);
        }
        var (state, nonce, verifier) = (OidcClient.NewSecret(), OidcClient.NewSecret(), OidcClient.NewSecret());
        var redirectUri = RedirectUriFor(accessor.HttpContext!, store.Options);
        session.Insert(new OidcLoginAttempt
        {
            Id = TokenIssuer.Hash(state), Nonce = nonce, CodeVerifier = verifier, RedirectUri = redirectUri, ReturnUrl = returnUrl,
            ExpiresAt = clock.GetUtcNow() + AttemptLifetime,
        });
        await session.SaveChangesAsync(ct);
        return configuration is null
            ? GitHubClient.AuthorizationUrl(active.Settings, redirectUri, state, verifier)
            : OidcClient.AuthorizationUrl(configuration, active.Settings, redirectUri, state, nonce, verifier);
    }

    private string CheckedReturnUrl(string? returnUrl)
    {
        var publicUrl = auth.Value.PublicUrl.TrimEnd('/');
        if (string.IsNullOrEmpty(returnUrl)) return publicUrl + "/";
        var origins = (configuration.GetSection("Platform:Cors:Origins").Get<string[]>() ?? []).Append(publicUrl)
            .Select(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return returnUrl.Length <= 2000 && Uri.TryCreate(returnUrl, UriKind.Absolute, out var target) && origins.Contains(target.GetLeftPart(UriPartial.Authority))
            ? returnUrl
            : throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("returnUrl",
                "'returnUrl' must be an address of the web app (Platform:Auth:PublicUrl or one of Platform:Cors:Origins).")]);
    }
}
