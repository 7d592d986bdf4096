using Marten;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

/// <summary>A deleted account leaves its organisations; where it was the last owner, the successor becomes owner.</summary>
public sealed class OrganizationHandover(AccessRevocations revocations, TimeProvider clock) : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct)
    {
        var organizations = await session.Query<Organization>().Where(o => o.Members.Any(m => m.UserId == userId)).ToListAsync(ct);
        return [new("organisations owned", organizations.Count(o => o.Member(userId)!.Role == OrganizationRole.Owner))];
    }

    public async Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        var organizations = await session.Query<Organization>().Where(o => o.Members.Any(m => m.UserId == handover.UserId)).ToListAsync(ct);
        foreach (var organization in organizations)
        {
            var leaving = organization.Member(handover.UserId)!;
            if (leaving.Role == OrganizationRole.Owner && organization.OwnerCount == 1)
            {
                organization.Members.RemoveAll(m => m.UserId == handover.SuccessorId);
                organization.Members.Add(new OrganizationMember(handover.SuccessorId, handover.SuccessorEmail, OrganizationRole.Owner, clock.GetUtcNow()));
                revocations.Revoke(session, handover.SuccessorId, endStreams: false);
            }
            organization.Remove(handover.UserId);
            session.Update(organization);
        }
    }
}
