using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>Who the provider says signed in, from a validated ID token.</summary>
public sealed record OidcIdentity(string Issuer, string Subject, string? Email, bool EmailVerified, string? Name, IReadOnlyList<string> Groups, IReadOnlyList<string> Roles);

/// <summary>The provider refused or could not be reached; the message says which, for a person.</summary>
public sealed class OidcException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The authorization-code flow with PKCE against an OpenID provider: discovery and signing keys through
/// Microsoft.IdentityModel's configuration manager (cached per issuer, refreshed as it sees fit), the code redeemed at
/// the token endpoint, and the ID token validated by its handler (signature, issuer, audience, lifetime) and its nonce.
/// The provider is one an administrator set up, so it may live on the private network.
/// </summary>
public sealed class OidcClient(IOptions<OidcOptions> options)
{
    /// <summary>For the provider's endpoints (GitHub's too): no redirects followed, 10 s.</summary>
    internal static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { Timeout = TimeSpan.FromSeconds(10) };

    private readonly ConcurrentDictionary<(string Issuer, bool Https), ConfigurationManager<OpenIdConnectConfiguration>> _discovery = new();

    /// <param name="fresh">Fetch again rather than use what was cached (to test settings).</param>
    public async Task<OpenIdConnectConfiguration> DiscoverAsync(OidcSettings settings, CancellationToken ct, bool fresh = false)
    {
        var key = (settings.Issuer.TrimEnd('/'), settings.RequireHttpsMetadata);
        var manager = fresh ? Manager(key) : _discovery.GetOrAdd(key, Manager);
        try
        {
            return await manager.GetConfigurationAsync(ct);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or ArgumentException)
        {
            // A provider that was down must be asked again next time, not after the manager's back-off.
            _discovery.TryRemove(key, out _);
            throw new OidcException($"The provider's discovery document at {key.Item1}/.well-known/openid-configuration could not be read: {Innermost(e).Message}", e);
        }
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> Manager((string Issuer, bool Https) key) =>
        new($"{key.Issuer}/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(Http) { RequireHttps = key.Https });

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    public static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public static string ChallengeOf(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static string AuthorizationUrl(OpenIdConnectConfiguration configuration, OidcSettings settings, string redirectUri, string state, string nonce, string verifier) =>
        QueryHelpers.AddQueryString(configuration.AuthorizationEndpoint, new Dictionary<string, string?>
        {
            ["response_type"] = "code", ["client_id"] = settings.ClientId, ["redirect_uri"] = redirectUri, ["scope"] = string.Join(' ', settings.Scopes),
            ["state"] = state, ["nonce"] = nonce, ["code_challenge"] = ChallengeOf(verifier), ["code_challenge_method"] = "S256",
        });

    /// <summary>Redeems the code and validates the ID token it brings.</summary>
    public async Task<OidcIdentity> RedeemAsync(ActiveOidc active, string code, string redirectUri, string verifier, string nonce, CancellationToken ct)
    {
        var settings = active.Settings;
        var configuration = await DiscoverAsync(settings, ct);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirectUri, ["code_verifier"] = verifier, ["client_id"] = settings.ClientId,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint);
        // client_secret_basic unless the provider says it only takes the secret in the form.
        if (configuration.TokenEndpointAuthMethodsSupported is { Count: > 0 } methods && !methods.Contains("client_secret_basic"))
            form["client_secret"] = active.ClientSecret;
        else
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(settings.ClientId)}:{Uri.EscapeDataString(active.ClientSecret)}")));
        request.Content = new FormUrlEncodedContent(form);

        JsonElement tokens;
        try
        {
            using var response = await Http.SendAsync(request, ct);
            tokens = await JsonSerializer.DeserializeAsync<JsonElement>(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            if (!response.IsSuccessStatusCode)
                throw new OidcException($"The provider refused the sign-in ({(int)response.StatusCode}: {Text(tokens, "error")} {Text(tokens, "error_description")}).".Replace("  ", " "));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException && !ct.IsCancellationRequested)
        {
            throw new OidcException($"The provider's token endpoint could not be used: {e.Message}", e);
        }
        if (Text(tokens, "id_token") is not { Length: > 0 } idToken) throw new OidcException("The provider sent no ID token (is the openid scope asked for?).");

        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer, ValidAudience = settings.ClientId, IssuerSigningKeys = configuration.SigningKeys,
            ClockSkew = options.Value.ClockSkew, ValidateLifetime = true, RequireExpirationTime = true,
        });
        if (!validation.IsValid)
            throw new OidcException(validation.Exception is SecurityTokenExpiredException
                ? "The provider's ID token has expired (are this server's and the provider's clocks right?)."
                : $"The provider's ID token is not valid: {validation.Exception?.Message}", validation.Exception);
        var token = (JsonWebToken)validation.SecurityToken;
        if (!token.TryGetPayloadValue<string>("nonce", out var sent) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(nonce)))
            throw new OidcException("The ID token does not answer this sign-in (its nonce differs).");

        return new OidcIdentity(configuration.Issuer, token.Subject,
            Claim(token, settings.EmailClaim), Claim(token, "email_verified") is "true" or "True", Claim(token, settings.NameClaim), Values(token, settings.GroupsClaim),
            Values(token, settings.RolesClaim));
    }

    internal static string? Text(JsonElement json, string property) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Claim(JsonWebToken token, string type) => token.TryGetClaim(type, out var claim) ? claim.Value : null;

    private static IReadOnlyList<string> Values(JsonWebToken token, string type) => token.Claims.Where(c => c.Type == type).Select(c => c.Value).Distinct().ToList();
}
