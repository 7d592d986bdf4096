using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Features.Identity;

/// <summary>
/// Validates access tokens once per instance and remembers the valid ones until they expire, so a client sending
/// the same token request after request does not pay for parsing it and checking its signature each time (about a
/// sixth of a simple authenticated request). Only the exact token string that passed is remembered; each request
/// gets its own copy of the identity, and what may change about an account meanwhile (disabled, role, a password
/// change) is still checked on every request after this (<see cref="AccountAuthorization.ValidateAccessTokenAsync"/>).
/// </summary>
public sealed class RememberedAccessTokens(TimeProvider clock) : TokenHandler
{
    private const int MaxTokens = 100_000;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    private sealed record Valid(ClaimsIdentity Identity, SecurityToken Token, DateTimeOffset Expires);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.TryGetValue(token, out Valid? known) && known!.Expires > clock.GetUtcNow())
            return new TokenValidationResult { IsValid = true, ClaimsIdentity = known.Identity.Clone(), SecurityToken = known.Token };
        var result = await _handler.ValidateTokenAsync(token, validationParameters);
        if (result is { IsValid: true, ClaimsIdentity: { } identity, SecurityToken: { } validated })
        {
            var expires = new DateTimeOffset(validated.ValidTo, TimeSpan.Zero);
            _valid.Set(token, new Valid(identity.Clone(), validated, expires), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expires });
        }
        return result;
    }

    public override SecurityToken ReadToken(string token) => _handler.ReadToken(token);
}
