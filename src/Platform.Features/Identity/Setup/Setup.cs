using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>Creates the installation's super_admin; possible while none exists, with the setup token from the service log or configuration.</summary>
public sealed record SetupRequest(string Email, string Password, string? DisplayName = null, string? SetupToken = null) : IRequest<AuthResponse>;

public sealed class SetupValidator : AbstractValidator<SetupRequest>
{
    public SetupValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).ValidPassword();
        RuleFor(x => x.DisplayName).MaximumLength(100);
        RuleFor(x => x.SetupToken).NotEmpty().MaximumLength(200)
            .WithMessage("Give the setup token: it is in the service log at start-up, or Platform:Auth:SetupToken.");
    }
}

public sealed class SetupHandler(IDocumentSession session, TokenIssuer tokens, SetupToken setupToken, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<SetupRequest, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(SetupRequest request, CancellationToken ct)
    {
        if (await session.Query<User>().AnyAsync(u => u.Role == Roles.SuperAdmin, ct))
            throw ProblemException.Conflict("Setup is complete: an administrator exists. Sign in or register instead.");
        if (!setupToken.Matches(request.SetupToken))
            throw new ProblemException(StatusCodes.Status403Forbidden, "Wrong setup token",
                "The setup token does not match: use the one the service wrote to its log at start-up, or Platform:Auth:SetupToken.");
        var email = User.NormalizeEmail(request.Email);
        if (await session.Query<User>().AnyAsync(u => u.Email == email, ct))
            throw ProblemException.Conflict("An account with this email already exists; set up the administrator with another address.");

        var user = User.Create(email, request.DisplayName, Roles.SuperAdmin, request.Password, clock.GetUtcNow());
        // The setup token proves the operator; the administrator must not be locked out where confirmed addresses are required.
        user.EmailVerified = true;
        session.Insert(user);
        // Two setups racing both see no administrator; the fixed id lets only one of them commit.
        session.Insert(new SetupRecord { UserId = user.Id, CompletedAt = clock.GetUtcNow() });
        session.Events.Append(user.Id, new UserRegistered(user.Email, user.Role, caller.ClientAddress), new EmailVerified(user.Email, caller.ClientAddress));
        var response = tokens.SignIn(session, user);
        await session.SaveChangesAsync(ct);
        return response;
    }
}
