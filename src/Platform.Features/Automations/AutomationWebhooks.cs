using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Platform.Features.Common;

namespace Platform.Features.Automations;

/// <summary>
/// A webhook trigger's secrets: a token that names the automation's webhook (kept as its SHA-256) and a signing secret
/// for an optional HMAC-SHA256 of the body (<c>X-Signature-256: sha256=&lt;hex&gt;</c>, kept encrypted). Both are shown once.
/// </summary>
public static class AutomationWebhooks
{
    public const string TokenHeader = "X-Webhook-Token";
    public const string SignatureHeader = "X-Signature-256";

    /// <summary>New secrets for the automation; the plain values to show once.</summary>
    public static (string Token, string SigningSecret) Issue(Automation automation, SecretProtection protection)
    {
        var token = "whk_" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var secret = "whsec_" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        automation.WebhookTokenHash = Hash(token);
        automation.ProtectedSigningSecret = protection.Protect(secret);
        return (token, secret);
    }

    public static void Forget(Automation automation)
    {
        automation.WebhookTokenHash = null;
        automation.ProtectedSigningSecret = null;
    }

    public static bool TokenMatches(Automation automation, string? token) =>
        token is { Length: > 0 } && automation.WebhookTokenHash is { } hash
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));

    /// <summary>Whether <paramref name="signature"/> (<c>sha256=</c> and the hex HMAC) signs <paramref name="body"/> with the automation's secret.</summary>
    public static bool SignatureMatches(Automation automation, SecretProtection protection, byte[] body, string? signature)
    {
        if (signature is null || !signature.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase) || automation.ProtectedSigningSecret is not { } protectedSecret) return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature["sha256=".Length..].Trim());
        }
        catch (FormatException)
        {
            return false;
        }
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(protection.Unprotect(protectedSecret)), body);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
