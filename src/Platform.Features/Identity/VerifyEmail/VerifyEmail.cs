using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record VerifyEmailRequest(string Token) : IRequest;

public sealed class VerifyEmailValidator : AbstractValidator<VerifyEmailRequest>
{
    public VerifyEmailValidator() => RuleFor(x => x.Token).NotEmpty().MaximumLength(200);
}

/// <summary>Follows a verification link: the address is the account owner's from now on, and invitations to it take effect.</summary>
public sealed class VerifyEmailHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<VerifyEmailRequest>
{
    public async ValueTask<Unit> Handle(VerifyEmailRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var token = await session.LoadAsync<EmailVerificationToken>(TokenIssuer.Hash(request.Token), ct);
        if (token is null || token.UsedAt is not null || token.ExpiresAt <= now
            || await session.LoadAsync<User>(token.UserId, ct) is not { } user)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Invalid link", "The verification link is invalid, used or expired; ask for a new one.");

        token.UsedAt = now;
        session.Update(token);
        if (!user.EmailVerified)
        {
            user.EmailVerified = true;
            session.Update(user);
            // Rooms listen for this event: pending invitations to the address become memberships.
            session.Events.Append(user.Id, new EmailVerified(user.Email, caller.ClientAddress));
        }
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
