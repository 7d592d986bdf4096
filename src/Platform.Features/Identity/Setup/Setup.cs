using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>Creates the first user, who becomes super_admin. Refused once any user exists.</summary>
public sealed record SetupRequest(string Email, string Password, string? DisplayName = null) : IRequest<AuthResponse>;

public sealed class SetupValidator : AbstractValidator<SetupRequest>
{
    public SetupValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).ValidPassword();
        RuleFor(x => x.DisplayName).MaximumLength(100);
    }
}

public sealed class SetupHandler(IDocumentSession session, TokenIssuer tokens, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<SetupRequest, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(SetupRequest request, CancellationToken ct)
    {
        if (await session.Query<User>().AnyAsync(ct))
            throw ProblemException.Conflict("Setup is complete: users already exist. Sign in or register instead.");

        var user = User.Create(request.Email, request.DisplayName, Roles.SuperAdmin, request.Password, clock.GetUtcNow());
        session.Insert(user);
        // Two setups racing both see no users; the fixed id lets only one of them commit.
        session.Insert(new SetupRecord { UserId = user.Id, CompletedAt = clock.GetUtcNow() });
        session.Events.Append(user.Id, new UserRegistered(user.Email, user.Role, caller.ClientAddress));
        var response = tokens.SignIn(session, user);
        await session.SaveChangesAsync(ct);
        return response;
    }
}
