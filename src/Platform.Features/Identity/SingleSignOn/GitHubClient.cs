using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Features.Identity;

/// <summary>
/// GitHub sign-in, which is OAuth 2.0 without OpenID Connect: the code is redeemed for an access token, and who signed
/// in is read from GitHub's REST API (the user, and their primary verified address from /user/emails). The issuer is
/// <c>https://github.com</c> (its API at api.github.com) or a GitHub Enterprise Server (its API under /api/v3).
/// </summary>
public static class GitHubClient
{
    public const string Preset = "github";
    public const string Cloud = "https://github.com";

    public static string ApiOf(string issuer) => issuer == Cloud ? "https://api.github.com" : $"{issuer}/api/v3";

    public static string AuthorizationUrl(OidcSettings settings, string redirectUri, string state, string verifier) =>
        QueryHelpers.AddQueryString($"{settings.Issuer}/login/oauth/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId, ["redirect_uri"] = redirectUri, ["scope"] = string.Join(' ', settings.Scopes), ["state"] = state,
            ["code_challenge"] = OidcClient.ChallengeOf(verifier), ["code_challenge_method"] = "S256", ["allow_signup"] = "false",
        });

    public static async Task<OidcIdentity> RedeemAsync(ActiveOidc active, string code, string redirectUri, string verifier, CancellationToken ct)
    {
        var settings = active.Settings;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{settings.Issuer}/login/oauth/access_token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["client_id"] = settings.ClientId, ["client_secret"] = active.ClientSecret, ["code"] = code, ["redirect_uri"] = redirectUri, ["code_verifier"] = verifier,
                }),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await OidcClient.Http.SendAsync(request, ct);
            var tokens = await JsonSerializer.DeserializeAsync<JsonElement>(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            // GitHub answers a refused code with 200 and an error field.
            if (!response.IsSuccessStatusCode || OidcClient.Text(tokens, "access_token") is not { Length: > 0 } token)
                throw new OidcException($"GitHub refused the sign-in ({OidcClient.Text(tokens, "error") ?? ((int)response.StatusCode).ToString()}: {OidcClient.Text(tokens, "error_description")}).");

            var api = ApiOf(settings.Issuer);
            var user = await GetAsync(api + "/user", token, ct);
            var emails = await GetAsync(api + "/user/emails", token, ct);
            var primary = emails.ValueKind == JsonValueKind.Array
                ? emails.EnumerateArray().FirstOrDefault(e => e.TryGetProperty("primary", out var p) && p.ValueKind == JsonValueKind.True)
                : default;
            var id = user.TryGetProperty("id", out var number) && number.ValueKind == JsonValueKind.Number ? number.GetInt64().ToString()
                : throw new OidcException("GitHub's user API answered without the user's id.");
            return new OidcIdentity(settings.Issuer, id, primary.ValueKind == JsonValueKind.Object ? OidcClient.Text(primary, "email") : OidcClient.Text(user, "email"),
                primary.ValueKind == JsonValueKind.Object && primary.TryGetProperty("verified", out var verified) && verified.ValueKind == JsonValueKind.True,
                OidcClient.Text(user, "name") ?? OidcClient.Text(user, "login"), [], []);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException && !ct.IsCancellationRequested)
        {
            throw new OidcException($"GitHub could not be used: {e.Message}", e);
        }
    }

    private static async Task<JsonElement> GetAsync(string url, string token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        // GitHub refuses API calls without a User-Agent.
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Platform", "1.0"));
        using var response = await OidcClient.Http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) throw new OidcException($"GitHub's API answered {(int)response.StatusCode} for {new Uri(url).AbsolutePath} (the user:email scope is needed).");
        return await JsonSerializer.DeserializeAsync<JsonElement>(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
    }
}
