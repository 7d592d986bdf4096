using FluentValidation;
using Marten;
using Mediator;

namespace Platform.Features.Identity;

public sealed record LogoutRequest(string RefreshToken) : IRequest;

public sealed class LogoutValidator : AbstractValidator<LogoutRequest>
{
    public LogoutValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}

/// <summary>Revokes the whole family of the presented refresh token. Unknown tokens are ignored alike.</summary>
public sealed class LogoutHandler(IDocumentSession session, TokenIssuer tokens) : IRequestHandler<LogoutRequest>
{
    public async ValueTask<Unit> Handle(LogoutRequest request, CancellationToken ct)
    {
        var stored = await session.LoadAsync<RefreshToken>(TokenIssuer.Hash(request.RefreshToken), ct);
        if (stored is null) return Unit.Value;
        tokens.RevokeFamily(session, stored.FamilyId);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
