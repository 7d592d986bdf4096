using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record RegisterRequest(string Email, string Password, string? DisplayName = null) : IRequest<AuthResponse>;

public sealed class RegisterValidator : AbstractValidator<RegisterRequest>
{
    public RegisterValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).ValidPassword();
        RuleFor(x => x.DisplayName).MaximumLength(100);
    }
}

public sealed class RegisterHandler(IDocumentSession session, TokenIssuer tokens, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<RegisterRequest, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(RegisterRequest request, CancellationToken ct)
    {
        var email = User.NormalizeEmail(request.Email);
        // The unique index on Email is the real guard; this check only gives the common case a clear message.
        if (await session.Query<User>().AnyAsync(u => u.Email == email, ct))
            throw ProblemException.Conflict("An account with this email already exists.");

        var user = User.Create(email, request.DisplayName, Roles.User, request.Password, clock.GetUtcNow());
        session.Insert(user);
        session.Events.Append(user.Id, new UserRegistered(user.Email, user.Role, caller.ClientAddress));
        var response = tokens.SignIn(session, user);
        await session.SaveChangesAsync(ct);
        return response;
    }
}
