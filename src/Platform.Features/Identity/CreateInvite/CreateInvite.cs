using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record CreateInvite(string Email, string? Role, int? ExpiresInDays) : IRequest<CreatedInvite>;

public sealed class CreateInviteValidator : AbstractValidator<CreateInvite>
{
    public CreateInviteValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.Role).Must(r => r is null || UserAdministration.AllRoles.Contains(r)).WithMessage("'role' must be user, admin or super_admin.");
        RuleFor(x => x.ExpiresInDays).InclusiveBetween(1, 90);
    }
}

/// <summary>Mails a single-use invitation to create an account (administrators); the link is also in the answer, once.</summary>
public sealed class CreateInviteHandler(IDocumentSession session, CurrentUser caller, Invitations invitations, TimeProvider clock) : IRequestHandler<CreateInvite, CreatedInvite>
{
    public async ValueTask<CreatedInvite> Handle(CreateInvite request, CancellationToken ct)
    {
        var role = request.Role ?? Roles.User;
        caller.RequireMayGrant(role);
        var email = User.NormalizeEmail(request.Email);
        if (await session.Query<User>().AnyAsync(u => u.Email == email, ct)) throw ProblemException.Conflict("An account with this address exists already.");
        var lifetime = request.ExpiresInDays is { } days ? TimeSpan.FromDays(days) : Invitations.DefaultLifetime;
        var (invite, token) = invitations.Issue(session, email, role, caller.Id, lifetime);
        await session.SaveChangesAsync(ct);
        await invitations.SendAsync(invite, token, ct);
        return new CreatedInvite(invite.ToResponse(clock.GetUtcNow()), token, invitations.Link(token));
    }
}
