using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record AddGroupMemberRequest(Guid UserId);

public sealed record AddGroupMember(Guid OrganizationId, Guid GroupId, Guid UserId) : IRequest<GroupResponse>;

/// <summary>Puts a member of the organisation in one of its groups (its admins); adding someone already in it changes nothing.</summary>
public sealed class AddGroupMemberHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<AddGroupMember, GroupResponse>
{
    public async ValueTask<GroupResponse> Handle(AddGroupMember request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        var group = organization.Group(request.GroupId) ?? throw OrganizationAccess.GroupNotFound();
        if (organization.Member(request.UserId) is null)
            throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "Only members of the organisation can join its groups.");
        if (!group.MemberIds.Contains(request.UserId))
        {
            group.MemberIds.Add(request.UserId);
            revocations.Revoke(session, request.UserId, endStreams: false);
            organization.UpdatedAt = clock.GetUtcNow();
            session.Update(organization);
            await session.SaveChangesAsync(ct);
        }
        return GroupResponse.From(group);
    }
}
