using Marten;

namespace Platform.Features.Common;

/// <summary>
/// The access groups a person belongs to, asked when a request is authenticated (they travel with it as
/// <see cref="CurrentUser.GroupIds"/>), so that what is shared with a group opens to its members: each organisation
/// group they are in, and each organisation they administer (its id stands for the group of its owners and admins,
/// who manage what the organisation owns). Whoever changes a membership revokes the person's cached access.
/// </summary>
public interface IGroupMemberships
{
    Task<IReadOnlyList<Guid>> GroupsOfAsync(IQuerySession session, Guid userId, CancellationToken ct);
}
