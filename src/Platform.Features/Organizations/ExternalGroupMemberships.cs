using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

/// <summary>Group memberships an identity provider manages: joined when its groups claim names them, left when it stops.</summary>
public sealed class ExternalGroupMemberships(IDocumentSession session, AccessRevocations revocations, TimeProvider clock) : INotificationHandler<ExternalGroupsClaimed>
{
    public async ValueTask Handle(ExternalGroupsClaimed notification, CancellationToken ct)
    {
        var changed = false;
        foreach (var byOrganization in notification.Groups.GroupBy(g => g.OrganizationId))
        {
            if (await session.LoadAsync<Organization>(byOrganization.Key, ct) is not { } organization) continue;
            var touched = false;
            foreach (var claimed in byOrganization)
            {
                if (organization.Group(claimed.GroupId) is not { } group) continue;
                if (claimed.Member && !group.MemberIds.Contains(notification.UserId))
                {
                    if (organization.Member(notification.UserId) is null)
                        organization.Members.Add(new OrganizationMember(notification.UserId, notification.Email, OrganizationRole.Member, clock.GetUtcNow()));
                    group.MemberIds.Add(notification.UserId);
                    touched = true;
                }
                else if (!claimed.Member && group.MemberIds.Remove(notification.UserId)) touched = true;
            }
            if (!touched) continue;
            organization.UpdatedAt = clock.GetUtcNow();
            session.Update(organization);
            changed = true;
        }
        if (changed) revocations.Revoke(session, notification.UserId, endStreams: false);
    }
}
