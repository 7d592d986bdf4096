using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <param name="InviteToken">From an invitation link: needed while sign-up is by invitation, waitlist or closed; the account gets the invitation's role.</param>
public sealed record RegisterRequest(string Email, string Password, string? DisplayName = null, string? InviteToken = null) : IRequest<Registration>;

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
        RuleFor(x => x.InviteToken).MaximumLength(200);
    }
}

/// <summary>
/// Creates an account as the sign-up settings allow, and mails a link that confirms the address. Through an
/// invitation (mailed to the address, so the address counts as confirmed) it works whatever the settings.
/// </summary>
public sealed class RegisterHandler(
    IDocumentSession session, TokenIssuer tokens, VerificationMail verification, Invitations invitations, CurrentUser caller, IOptions<AuthOptions> options,
    TimeProvider clock)
    : IRequestHandler<RegisterRequest, Registration>
{
    public async ValueTask<Registration> Handle(RegisterRequest request, CancellationToken ct)
    {
        var email = User.NormalizeEmail(request.Email);
        // The unique index on Email is the real guard; this check only gives the common case a clear message.
        if (await session.Query<User>().AnyAsync(u => u.Email == email, ct))
            throw ProblemException.Conflict("An account with this email already exists.");

        var invite = await AdmittedAsync(email, request.InviteToken, ct);
        var now = clock.GetUtcNow();
        var user = User.Create(email, request.DisplayName, invite?.Role ?? Roles.User, request.Password, now);
        session.Insert(user);
        session.Events.Append(user.Id, new UserRegistered(user.Email, user.Role, caller.ClientAddress));
        string? link = null;
        if (invite is null) link = verification.Issue(session, user);
        else
        {
            invite.UsedAt = now;
            session.Update(invite);
            user.EmailVerified = true;
            session.Events.Append(user.Id, new EmailVerified(user.Email, caller.ClientAddress));
        }
        var signedIn = options.Value.RequireVerifiedEmail && !user.EmailVerified ? null : tokens.SignIn(session, user);
        await session.SaveChangesAsync(ct);
        if (link is not null) await verification.SendAsync(user, link, ct);
        return signedIn is not null
            ? new Registration(signedIn, null)
            : new Registration(null, new PendingVerificationResponse(user.ToResponse(), "Confirm your address with the link mailed to it, then sign in."));
    }

    /// <summary>The invitation this sign-up uses, or null when the settings let anyone in; otherwise why not.</summary>
    private async Task<Invite?> AdmittedAsync(string email, string? inviteToken, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(inviteToken))
        {
            var invite = await invitations.FindOpenAsync(session, inviteToken, ct)
                ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("inviteToken", "The invitation is unknown, used, revoked or expired.")]);
            if (invite.Email != email)
                throw new ValidationException([new FluentValidation.Results.ValidationFailure("email", "The invitation is for another address.")]);
            return invite;
        }
        var settings = await SignupSettings.LoadAsync(session, ct);
        return settings.Mode switch
        {
            SignupMode.Invite => throw ProblemException.Forbidden("Sign-up is by invitation only."),
            SignupMode.Waitlist => throw ProblemException.Forbidden("Sign-up goes through the waitlist: ask to join with POST /api/auth/pending-signup."),
            SignupMode.Closed => throw ProblemException.Forbidden("Sign-up is closed: an administrator can open an account for you."),
            _ when !settings.Allows(email) => throw ProblemException.Forbidden($"Sign-up is open to addresses at {string.Join(", ", settings.AllowedDomains)} only."),
            _ => null,
        };
    }
}
