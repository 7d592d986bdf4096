using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Features.Identity;

namespace Platform.Tests.Identity;

public sealed class RememberedAccessTokensTests
{
    private static readonly SymmetricSecurityKey Key = new(new byte[32]);

    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = "platform", ValidAudience = "platform", IssuerSigningKey = Key, ValidAlgorithms = [SecurityAlgorithms.HmacSha256], ClockSkew = TimeSpan.Zero,
    };

    private static string Token(TimeSpan lifetime) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "platform", Audience = "platform", Subject = new ClaimsIdentity([new Claim("sub", "someone")]),
        NotBefore = DateTime.UtcNow.AddMinutes(-1), Expires = DateTime.UtcNow + lifetime,
        SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
    });

    [Fact]
    public async Task A_remembered_token_gives_each_request_its_own_identity_and_a_changed_one_is_checked_again()
    {
        var tokens = new RememberedAccessTokens(TimeProvider.System);
        var token = Token(TimeSpan.FromMinutes(5));

        var first = await tokens.ValidateTokenAsync(token, Parameters);
        first.ClaimsIdentity.AddClaim(new Claim("added", "by one request"));
        var second = await tokens.ValidateTokenAsync(token, Parameters);

        Assert.True(first.IsValid && second.IsValid);
        Assert.Equal("someone", second.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Null(second.ClaimsIdentity.FindFirst("added"));
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        Assert.False((await tokens.ValidateTokenAsync(tampered, Parameters)).IsValid);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_has_expired()
    {
        var tokens = new RememberedAccessTokens(TimeProvider.System);
        // A token's expiry is written in whole seconds, so a one-second token can already be expired when it is
        // first checked on a loaded machine; this one lives a few seconds and the wait runs to its written expiry.
        var token = Token(TimeSpan.FromSeconds(3));
        Assert.True((await tokens.ValidateTokenAsync(token, Parameters)).IsValid);

        var expires = new JsonWebToken(token).ValidTo;
        var untilExpired = expires - DateTime.UtcNow + TimeSpan.FromMilliseconds(300);
        if (untilExpired > TimeSpan.Zero)
            await Task.Delay(untilExpired);

        Assert.False((await tokens.ValidateTokenAsync(token, Parameters)).IsValid);
    }
}
