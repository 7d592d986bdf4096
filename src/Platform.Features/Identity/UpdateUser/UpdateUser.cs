using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record UpdateUserRequest(string? Name = null, string? Role = null, bool? Disabled = null);

public sealed record UpdateUser(Guid UserId, string? Name, string? Role, bool? Disabled) : IRequest<AdminUserResponse>;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator()
    {
        RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("'name' must not be blank.").MaximumLength(100);
        RuleFor(x => x.Role).Must(r => r is null || UserAdministration.AllRoles.Contains(r)).WithMessage("'role' must be user, admin or super_admin.");
    }
}

/// <summary>
/// Renames, changes the role of, disables or enables an account. A new role or disabling ends the account's
/// sessions at once (its tokens no longer match it); a disabled account's API keys stop working too.
/// </summary>
public sealed class UpdateUserHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TokenIssuer tokens) : IRequestHandler<UpdateUser, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(UpdateUser request, CancellationToken ct)
    {
        var user = await session.RequireManageableAsync(request.UserId, caller, ct);
        var roleChanges = request.Role is { } role && role != user.Role;
        var disabledChanges = request.Disabled is { } disabled && disabled != user.Disabled;
        if ((roleChanges || disabledChanges) && user.Id == caller.Id)
            throw ProblemException.Conflict("You cannot change your own role or disable yourself; ask another administrator.");
        if (roleChanges)
        {
            caller.RequireMayGrant(request.Role!);
            session.Events.Append(user.Id, new UserRoleChanged(user.Role, request.Role!, caller.Id));
            user.Role = request.Role!;
        }
        if (disabledChanges)
        {
            user.Disabled = request.Disabled!.Value;
            if (user.Disabled) tokens.RevokeAll(session, user.Id);
            session.Events.Append(user.Id, user.Disabled ? new UserDisabled(caller.Id) : new UserEnabled(caller.Id));
        }
        if (request.Name?.Trim() is { } name && name != user.DisplayName)
        {
            user.DisplayName = name;
            session.Events.Append(user.Id, new ProfileUpdated(name));
        }
        // A new role comes with the next refresh.
        if (roleChanges || disabledChanges) session.EndAccessTokens(user, revocations);
        else revocations.Revoke(session, user.Id, endStreams: false);
        session.Update(user);
        await session.SaveChangesAsync(ct);
        return AdminUserResponse.From(user);
    }
}
