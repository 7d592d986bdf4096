using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>The secret behind access tokens, and a key derived from it for rotating refresh tokens.</summary>
public sealed class SigningKey
{
    public SymmetricSecurityKey AccessTokenKey { get; }
    public byte[] RefreshRotationKey { get; }

    public SigningKey(IOptions<AuthOptions> options, DataFolder dataFolder, ILogger<SigningKey> logger)
    {
        var secret = options.Value.SigningKey is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured.Length >= 32 ? configured : throw new InvalidOperationException("Platform:Auth:SigningKey must be at least 32 characters."))
            : LoadOrCreate(Path.Combine(dataFolder.Path, "auth-signing.key"), logger);
        AccessTokenKey = new SymmetricSecurityKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "access-token"u8.ToArray()));
        RefreshRotationKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "refresh-rotation"u8.ToArray());
    }

    private static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        var secret = RandomNumberGenerator.GetBytes(64);
        DataFolder.WriteSecret(path, Convert.ToBase64String(secret));
        logger.LogWarning("No Platform:Auth:SigningKey configured: generated one in {Path}. Set one explicitly when running several instances.", path);
        return secret;
    }
}
