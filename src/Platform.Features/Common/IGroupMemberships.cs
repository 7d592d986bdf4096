using Marten;

namespace Platform.Features.Common;

/// <summary>
/// The groups a person belongs to, asked when a request is authenticated (they travel with it as <see cref="CurrentUser.GroupIds"/>),
/// so that what is shared with a group opens to its members. Whoever changes a membership revokes the person's cached access.
/// </summary>
public interface IGroupMemberships
{
    Task<IReadOnlyList<Guid>> GroupsOfAsync(IQuerySession session, Guid userId, CancellationToken ct);
}
