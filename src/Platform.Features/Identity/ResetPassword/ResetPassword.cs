using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record ResetPasswordRequest(string Token, string NewPassword) : IRequest;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.Token).NotEmpty().MaximumLength(200);
        RuleFor(x => x.NewPassword).ValidPassword();
    }
}

/// <summary>Sets a new password with a reset token (single use, one hour) and signs out every session.</summary>
public sealed class ResetPasswordHandler(AccessRevocations revocations, IDocumentSession session, TokenIssuer tokens, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<ResetPasswordRequest>
{
    public async ValueTask<Unit> Handle(ResetPasswordRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var reset = await session.LoadAsync<PasswordResetToken>(TokenIssuer.Hash(request.Token), ct);
        var user = reset is { UsedAt: null } && reset.ExpiresAt > now ? await session.LoadAsync<User>(reset.UserId, ct) : null;
        if (reset is null || user is null)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Invalid reset token", "The reset link is invalid, used or expired; ask for a new one.");

        reset.UsedAt = now;
        session.Update(reset);
        user.PasswordHash = Passwords.Hash(user, request.NewPassword);
        session.Update(user);
        tokens.RevokeAll(session, user.Id);
        session.Events.Append(user.Id, new PasswordReset(caller.ClientAddress));
        // Streams opened with the old password end too, on every instance.
        revocations.Revoke(session, user.Id);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
