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

    /// <summary>The account, if it exists; admins may manage users and admins, only super_admins may manage super_admins.</summary>
    public static async Task<User> RequireManageableAsync(this IDocumentSession session, Guid userId, CurrentUser caller, CancellationToken ct)
    {
        var user = await session.LoadAsync<User>(userId, ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such user.");
        if (user.Role == Roles.SuperAdmin && !caller.IsSuperAdmin)
            throw ProblemException.Forbidden("Only a super_admin may manage a super_admin.");
        return user;
    }

    /// <summary>Only a super_admin may make someone a super_admin.</summary>
    public static void RequireMayGrant(this CurrentUser caller, string role)
    {
        if (role == Roles.SuperAdmin && !caller.IsSuperAdmin) throw ProblemException.Forbidden("Only a super_admin may grant the super_admin role.");
    }

    /// <summary>
    /// Who would receive what the account owns, when it may be deleted: never one's own account here; the receiver is
    /// the caller when a super_admin, else the longest-standing active super_admin.
    /// </summary>
    public static async Task<User> RequireDeletableAsync(this IQuerySession session, User user, CurrentUser caller, CancellationToken ct)
    {
        if (user.Id == caller.Id) throw ProblemException.Conflict("You cannot delete your own account here.");
        if (caller.IsSuperAdmin && await session.LoadAsync<User>(caller.Id, ct) is { } self) return self;
        return await session.LongestStandingSuperAdminAsync(leaving: user.Id, ct)
            ?? throw ProblemException.Conflict("There is no active super_admin to receive what this account owns.");
    }

    /// <summary>The longest-standing active super_admin other than <paramref name="leaving"/>, or null.</summary>
    public static Task<User?> LongestStandingSuperAdminAsync(this IQuerySession session, Guid leaving, CancellationToken ct) =>
        session.Query<User>().Where(u => u.Role == Roles.SuperAdmin && !u.Disabled && u.Id != leaving).OrderBy(u => u.CreatedAt).FirstOrDefaultAsync(ct);

    /// <summary>Ends the account's access tokens and open streams at once (its keys follow its state); refresh tokens may then fetch new ones.</summary>
    public static void EndAccessTokens(this IDocumentSession session, User user, AccessRevocations revocations)
    {
        user.SecurityVersion++;
        revocations.Revoke(session, user.Id);
    }
}
