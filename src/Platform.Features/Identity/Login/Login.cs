using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record LoginRequest(string Email, string Password) : IRequest<AuthResponse>;

public sealed class LoginValidator : AbstractValidator<LoginRequest>
{
    public LoginValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
    }
}

public sealed class LoginHandler(IDocumentSession session, TokenIssuer tokens, LoginThrottle throttle, CurrentUser caller, IOptions<AuthOptions> options, TimeProvider clock)
    : IRequestHandler<LoginRequest, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(LoginRequest request, CancellationToken ct)
    {
        var email = User.NormalizeEmail(request.Email);
        throttle.EnsureAllowed(email, caller.ClientAddress);
        if (throttle.DelayFor(email) is { Ticks: > 0 } delay) await Task.Delay(delay, ct);

        var user = await session.Query<User>().FirstOrDefaultAsync(u => u.Email == email, ct);
        if (user is null) Passwords.VerifyNothing(request.Password);
        if (user is null || !Passwords.Verify(user, request.Password))
        {
            throttle.RecordFailure(email, caller.ClientAddress);
            if (user is not null) session.Events.Append(user.Id, new LoginFailed(caller.ClientAddress));
            else session.Insert(new FailedSignIn { Id = Guid.CreateVersion7(), Email = email, ClientAddress = caller.ClientAddress, At = clock.GetUtcNow() });
            await session.SaveChangesAsync(ct);
            throw ProblemException.Unauthorized("The email or password is incorrect.");
        }

        // Told only to whoever knows the password, so it says nothing about the account to others.
        if (options.Value.RequireVerifiedEmail && !user.EmailVerified)
            throw new ProblemException(StatusCodes.Status403Forbidden, "Email not confirmed",
                "Confirm your address with the link mailed to it first (POST /api/auth/resend-verification sends it again).");
        if (user.Disabled)
            throw new ProblemException(StatusCodes.Status403Forbidden, "Account disabled", "An administrator disabled this account.");
        user.LastSignInAt = clock.GetUtcNow();
        session.Update(user);
        session.Events.Append(user.Id, new UserLoggedIn(caller.ClientAddress));
        var response = tokens.SignIn(session, user);
        await session.SaveChangesAsync(ct);
        return response;
    }
}
