using FluentValidation;
using FluentValidation.Results;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword) : IRequest<AuthResponse>;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(128);
        RuleFor(x => x.NewPassword).ValidPassword()
            .NotEqual(x => x.CurrentPassword).WithMessage("The new password must differ from the current one.");
    }
}

/// <summary>Changes the password, signs out every other session, and returns a fresh pair for this one.</summary>
public sealed class ChangePasswordHandler(AccessRevocations revocations, IDocumentSession session, TokenIssuer tokens, LoginThrottle throttle, CurrentUser caller)
    : IRequestHandler<ChangePasswordRequest, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(ChangePasswordRequest request, CancellationToken ct)
    {
        var user = await session.LoadAsync<User>(caller.Id, ct) ?? throw ProblemException.Unauthorized("The account no longer exists.");
        throttle.EnsureAllowed(user.Email, caller.ClientAddress);
        if (!Passwords.Verify(user, request.CurrentPassword))
        {
            throttle.RecordFailure(user.Email, caller.ClientAddress);
            throw new ValidationException([new ValidationFailure(nameof(request.CurrentPassword), "The current password is incorrect.")]);
        }

        user.PasswordHash = Passwords.Hash(user, request.NewPassword);
        user.MustChangePassword = false;
        session.Update(user);
        tokens.RevokeAll(session, user.Id);
        session.Events.Append(user.Id, new PasswordChanged(caller.ClientAddress));
        // Streams opened with the old password end too, on every instance.
        revocations.Revoke(session, user.Id);
        var response = tokens.SignIn(session, user);
        await session.SaveChangesAsync(ct);
        return response;
    }
}
