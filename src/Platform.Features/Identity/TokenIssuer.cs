using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Features.Identity;

/// <summary>Issues access tokens (JWT) and refresh tokens (256-bit, stored hashed), for every slice that signs someone in.</summary>
public sealed class TokenIssuer(SigningKey key, IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string Issuer = "platform";
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>Starts a new refresh family for the user and returns the pair.</summary>
    public AuthResponse SignIn(IDocumentSession session, User user) =>
        Issue(session, user, Guid.CreateVersion7(), Base64Url(RandomNumberGenerator.GetBytes(32)));

    /// <summary>
    /// The token that replaces <paramref name="refreshToken"/>. Derived from it with a server key, so a
    /// spent token presented again within the grace window yields the very same successor.
    /// </summary>
    public string SuccessorOf(string refreshToken) =>
        Base64Url(HMACSHA256.HashData(key.RefreshRotationKey, Encoding.UTF8.GetBytes(refreshToken)));

    /// <summary>Stores <paramref name="refreshToken"/> (hashed) in the family and returns it with a fresh access token.</summary>
    public AuthResponse Issue(IDocumentSession session, User user, Guid familyId, string refreshToken)
    {
        var now = clock.GetUtcNow();
        session.Insert(new RefreshToken
        {
            Id = Hash(refreshToken), UserId = user.Id, FamilyId = familyId,
            CreatedAt = now, ExpiresAt = now + options.Value.RefreshTokenLifetime,
        });
        return Respond(user, refreshToken);
    }

    /// <summary>A fresh access token paired with an already stored refresh token.</summary>
    public AuthResponse Respond(User user, string refreshToken)
    {
        var expiresAt = clock.GetUtcNow() + options.Value.AccessTokenLifetime;
        var accessToken = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Expires = expiresAt.UtcDateTime,
            NotBefore = clock.GetUtcNow().UtcDateTime,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            Subject = new ClaimsIdentity([
                new Claim("sub", user.Id.ToString()),
                new Claim("email", user.Email),
                new Claim("name", user.DisplayName),
                new Claim("role", user.Role),
                new Claim(AccountAuthorization.SecurityVersionClaim, user.SecurityVersion.ToString()),
                new Claim("jti", Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(key.AccessTokenKey, SecurityAlgorithms.HmacSha256),
        });
        return new AuthResponse(accessToken, refreshToken, expiresAt, user.ToResponse());
    }

    /// <summary>Revokes every live refresh token of the user (password reset or change).</summary>
    public void RevokeAll(IDocumentSession session, Guid userId) =>
        session.Patch<RefreshToken>(t => t.UserId == userId && t.RevokedAt == null).Set(t => t.RevokedAt, clock.GetUtcNow());

    public void RevokeFamily(IDocumentSession session, Guid familyId) =>
        session.Patch<RefreshToken>(t => t.FamilyId == familyId && t.RevokedAt == null).Set(t => t.RevokedAt, clock.GetUtcNow());

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Base64UrlEncoder.Encode(bytes);
}
