using Marten;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

/// <summary>The groups of every organisation a person is in that hold them, and the organisations they own or administer.</summary>
public sealed class OrganizationGroupMemberships : IGroupMemberships
{
    public async Task<IReadOnlyList<Guid>> GroupsOfAsync(IQuerySession session, Guid userId, CancellationToken ct)
    {
        var organizations = await session.Query<Organization>().Where(o => o.Members.Any(m => m.UserId == userId)).ToListAsync(ct);
        return organizations.SelectMany(o => o.Groups).Where(g => g.MemberIds.Contains(userId)).Select(g => g.Id)
            .Concat(organizations.Where(o => o.Member(userId)!.Role >= OrganizationRole.Admin).Select(o => o.Id)).ToList();
    }
}
