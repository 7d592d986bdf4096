using Marten;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

/// <summary>
/// Who may do what in an organisation. Anyone who is neither a member nor a platform administrator gets 404, so an
/// organisation's existence is not leaked; a member whose role is too low gets 403.
/// </summary>
public static class OrganizationAccess
{
    public static Organization Require(Organization? organization, CurrentUser caller, OrganizationRole minimum)
    {
        if (organization is null) throw NotFound();
        if (caller.IsAdmin) return organization;
        var member = organization.Member(caller.Id) ?? throw NotFound();
        if (member.Role < minimum)
            throw ProblemException.Forbidden($"This needs the {minimum.ToString().ToLowerInvariant()} role in the organisation.");
        return organization;
    }

    public static async Task<Organization> RequireAsync(this IQuerySession session, Guid organizationId, CurrentUser caller, OrganizationRole minimum, CancellationToken ct) =>
        Require(await session.LoadAsync<Organization>(organizationId, ct), caller, minimum);

    /// <summary>Only owners (or platform administrators) name or unmake owners.</summary>
    public static void RequireMayHandleOwners(this Organization organization, CurrentUser caller)
    {
        if (!caller.IsAdmin && organization.Member(caller.Id)?.Role != OrganizationRole.Owner)
            throw ProblemException.Forbidden("Only an owner may make or unmake owners.");
    }

    /// <summary>An organisation keeps at least one owner.</summary>
    public static void RequireAnotherOwner(this Organization organization, OrganizationMember leaving)
    {
        if (leaving.Role == OrganizationRole.Owner && organization.OwnerCount == 1)
            throw ProblemException.Conflict("An organisation needs an owner: make someone else owner first, or delete the organisation.");
    }

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The organisation was not found.");

    public static ProblemException GroupNotFound() => new(StatusCodes.Status404NotFound, "Not found", "No such group in this organisation.");
}

/// <summary>How other areas ask about someone's place in organisations, without reading an organisation's members themselves.</summary>
public static class OrganizationMembership
{
    /// <summary>The caller's role in the organisation; null when they are not in it or it does not exist.</summary>
    public static async Task<OrganizationRole?> RoleInAsync(this IQuerySession session, Guid organizationId, CurrentUser caller, CancellationToken ct) =>
        (await session.LoadAsync<Organization>(organizationId, ct))?.Member(caller.Id)?.Role;

    /// <summary>Every organisation the caller is a member of, in any role.</summary>
    public static async Task<IReadOnlyList<Guid>> OrganizationsOfAsync(this IQuerySession session, CurrentUser caller, CancellationToken ct)
    {
        var me = caller.Id;
        return await session.Query<Organization>().Where(o => o.Members.Any(m => m.UserId == me)).Select(o => o.Id).ToListAsync(ct);
    }
}
