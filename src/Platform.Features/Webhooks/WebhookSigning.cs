using System.Security.Cryptography;
using System.Text;

namespace Platform.Features.Webhooks;

/// <summary>
/// Standard Webhooks signatures: <c>webhook-signature: v1,&lt;base64 HMAC-SHA256&gt;</c> over
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c>, keyed with the base64 part of the <c>whsec_</c> secret.
/// </summary>
public static class WebhookSigning
{
    public const string Prefix = "whsec_";

    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[Prefix.Length..]);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}")));
    }
}
