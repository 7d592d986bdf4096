using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record ExchangeOidcCode(string Code) : IRequest<AuthResponse>;

public sealed class ExchangeOidcCodeValidator : AbstractValidator<ExchangeOidcCode>
{
    public ExchangeOidcCodeValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(200);
}

/// <summary>Trades the one-time code of a single sign-on for the usual token pair: once, within 60 s.</summary>
public sealed class ExchangeOidcCodeHandler(IDocumentSession session, TokenIssuer tokens, TimeProvider clock) : IRequestHandler<ExchangeOidcCode, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(ExchangeOidcCode request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var code = await session.LoadAsync<OidcSignInCode>(TokenIssuer.Hash(request.Code), ct);
        var user = code is { UsedAt: null } && code.ExpiresAt >= now ? await session.LoadAsync<User>(code.UserId, ct) : null;
        if (code is null || user is null)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Unknown code", "The code is not known, was used already or expired: sign in again.");
        // Used once: a second exchange at the same moment conflicts on the code's version.
        code.UsedAt = now;
        session.Update(code);
        if (user.Disabled) throw new ProblemException(StatusCodes.Status403Forbidden, "Account disabled", "An administrator disabled this account.");
        var response = tokens.SignIn(session, user);
        await session.SaveChangesAsync(ct);
        return response;
    }
}
