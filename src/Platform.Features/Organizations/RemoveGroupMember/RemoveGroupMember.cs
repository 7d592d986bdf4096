using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record RemoveGroupMember(Guid OrganizationId, Guid GroupId, Guid UserId) : IRequest<Unit>;

/// <summary>Takes someone out of a group (the organisation's admins); they stay in the organisation.</summary>
public sealed class RemoveGroupMemberHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<RemoveGroupMember, Unit>
{
    public async ValueTask<Unit> Handle(RemoveGroupMember request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        var group = organization.Group(request.GroupId) ?? throw OrganizationAccess.GroupNotFound();
        if (!group.MemberIds.Remove(request.UserId)) throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "They are not in this group.");
        // What the group opened closes now, open streams included.
        revocations.Revoke(session, request.UserId);
        organization.UpdatedAt = clock.GetUtcNow();
        session.Update(organization);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
