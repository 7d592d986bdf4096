using Marten;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>An account as administrators see it.</summary>
public sealed record AdminUserResponse(
    Guid Id, string Email, string DisplayName, string Role, bool EmailVerified, bool Disabled, bool MustChangePassword,
    DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt)
{
    public static AdminUserResponse From(User u) =>
        new(u.Id, u.Email, u.DisplayName, u.Role, u.EmailVerified, u.Disabled, u.MustChangePassword, u.CreatedAt, u.LastSignInAt);
}

/// <summary>
/// The rules every administration of an account follows. Together they keep an active super_admin: only a
/// super_admin manages one, and nobody changes the role of, disables or deletes their own account here.
/// </summary>
public static class UserAdministration
{
    public static readonly string[] AllRoles = [Roles.User, Roles.Admin, Roles.SuperAdmin];

    public static bool IsSuperAdmin(this CurrentUser caller) => caller.Role == Roles.SuperAdmin;

    /// <summary>The account, if it exists; admins may manage users and admins, only super_admins may manage super_admins.</summary>
    public static async Task<User> RequireManageableAsync(this IDocumentSession session, Guid userId, CurrentUser caller, CancellationToken ct)
    {
        var user = await session.LoadAsync<User>(userId, ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such user.");
        if (user.Role == Roles.SuperAdmin && !caller.IsSuperAdmin())
            throw ProblemException.Forbidden("Only a super_admin may manage a super_admin.");
        return user;
    }

    /// <summary>Only a super_admin may make someone a super_admin.</summary>
    public static void RequireMayGrant(this CurrentUser caller, string role)
    {
        if (role == Roles.SuperAdmin && !caller.IsSuperAdmin()) throw ProblemException.Forbidden("Only a super_admin may grant the super_admin role.");
    }

    /// <summary>Ends the account's access tokens and open streams at once (its keys follow its state); refresh tokens may then fetch new ones.</summary>
    public static void EndAccessTokens(this IDocumentSession session, User user, AccessRevocations revocations)
    {
        user.SecurityVersion++;
        revocations.Revoke(session, user.Id);
    }
}
