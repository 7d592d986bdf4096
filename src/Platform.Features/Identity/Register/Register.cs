using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record RegisterRequest(string Email, string Password, string? DisplayName = null) : IRequest<Registration>;

/// <summary>Signed in at once (<see cref="Auth"/>), or, where verified addresses are required, waiting for the mailed link (<see cref="Pending"/>).</summary>
public sealed record Registration(AuthResponse? Auth, PendingVerificationResponse? Pending);

/// <summary>The account exists; sign-in opens once the address is confirmed through the mailed link.</summary>
public sealed record PendingVerificationResponse(UserResponse User, string Detail);

public sealed class RegisterValidator : AbstractValidator<RegisterRequest>
{
    public RegisterValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).ValidPassword();
        RuleFor(x => x.DisplayName).MaximumLength(100);
    }
}

/// <summary>Creates an account and mails a link that confirms the address.</summary>
public sealed class RegisterHandler(
    IDocumentSession session, TokenIssuer tokens, VerificationMail verification, CurrentUser caller, IOptions<AuthOptions> options, TimeProvider clock)
    : IRequestHandler<RegisterRequest, Registration>
{
    public async ValueTask<Registration> Handle(RegisterRequest request, CancellationToken ct)
    {
        var email = User.NormalizeEmail(request.Email);
        // The unique index on Email is the real guard; this check only gives the common case a clear message.
        if (await session.Query<User>().AnyAsync(u => u.Email == email, ct))
            throw ProblemException.Conflict("An account with this email already exists.");

        var user = User.Create(email, request.DisplayName, Roles.User, request.Password, clock.GetUtcNow());
        session.Insert(user);
        session.Events.Append(user.Id, new UserRegistered(user.Email, user.Role, caller.ClientAddress));
        var link = verification.Issue(session, user);
        var signedIn = options.Value.RequireVerifiedEmail ? null : tokens.SignIn(session, user);
        await session.SaveChangesAsync(ct);
        await verification.SendAsync(user, link, ct);
        return signedIn is not null
            ? new Registration(signedIn, null)
            : new Registration(null, new PendingVerificationResponse(user.ToResponse(), "Confirm your address with the link mailed to it, then sign in."));
    }
}
