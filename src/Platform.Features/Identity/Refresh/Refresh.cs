using FluentValidation;
using Marten;
using JasperFx;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record RefreshRequest(string RefreshToken) : IRequest<AuthResponse>;

public sealed class RefreshValidator : AbstractValidator<RefreshRequest>
{
    public RefreshValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}

/// <summary>
/// Rotates a refresh token. A spent token presented again within the grace window returns the same
/// successor (two tabs refreshing at once); later, it is treated as stolen and its family is revoked.
/// </summary>
public sealed class RefreshHandler(IDocumentSession session, TokenIssuer tokens, CurrentUser caller, IOptions<AuthOptions> options, TimeProvider clock)
    : IRequestHandler<RefreshRequest, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(RefreshRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stored = await session.LoadAsync<RefreshToken>(TokenIssuer.Hash(request.RefreshToken), ct);
        if (stored is null || stored.RevokedAt is not null || stored.ExpiresAt <= now)
            throw ProblemException.Unauthorized("The refresh token is invalid, expired or revoked; sign in again.");
        var user = await session.LoadAsync<User>(stored.UserId, ct)
            ?? throw ProblemException.Unauthorized("The account no longer exists.");
        if (user.Disabled) throw ProblemException.Unauthorized("An administrator disabled this account.");

        var successor = tokens.SuccessorOf(request.RefreshToken);
        if (stored.SpentAt is { } spentAt)
        {
            if (now - spentAt <= options.Value.RefreshGraceWindow) return tokens.Respond(user, successor);

            tokens.RevokeFamily(session, stored.FamilyId);
            session.Events.Append(user.Id, new RefreshTokenReuseDetected(stored.FamilyId, caller.ClientAddress));
            await session.SaveChangesAsync(ct);
            throw ProblemException.Unauthorized("This refresh token was already used; every session of that sign-in has been signed out.");
        }

        stored.SpentAt = now;
        session.Update(stored);
        var response = tokens.Issue(session, user, stored.FamilyId, successor);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (DocumentAlreadyExistsException)
        {
            // A concurrent refresh of the same token stored the (identical) successor first.
            return tokens.Respond(user, successor);
        }
        return response;
    }
}
