using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record CreateUser(string Email, string? Name, string Role) : IRequest<CreatedUser>;

/// <param name="GeneratedPassword">Shown this once: the person signs in with it and must change it first.</param>
public sealed record CreatedUser(AdminUserResponse User, string GeneratedPassword);

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.Name).MaximumLength(100);
        RuleFor(x => x.Role).NotEmpty().Must(r => UserAdministration.AllRoles.Contains(r)).WithMessage("'role' must be user, admin or super_admin.");
    }
}

/// <summary>An administrator opens an account for someone: the address counts as confirmed, the password is generated.</summary>
public sealed class CreateUserHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateUser, CreatedUser>
{
    public async ValueTask<CreatedUser> Handle(CreateUser request, CancellationToken ct)
    {
        caller.RequireMayGrant(request.Role);
        var email = User.NormalizeEmail(request.Email);
        if (await session.Query<User>().AnyAsync(u => u.Email == email, ct))
            throw ProblemException.Conflict("An account with this e-mail address exists already.");
        var password = Passwords.Generate();
        var user = User.Create(email, request.Name, request.Role, password, clock.GetUtcNow());
        user.EmailVerified = true;
        user.MustChangePassword = true;
        session.Insert(user);
        session.Events.StartStream(user.Id, new UserCreatedByAdmin(user.Email, user.Role, caller.Id));
        await session.SaveChangesAsync(ct);
        return new CreatedUser(AdminUserResponse.From(user), password);
    }
}
