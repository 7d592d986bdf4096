using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record DeleteGroup(Guid OrganizationId, Guid GroupId) : IRequest<Unit>;

/// <summary>Deletes a group (the organisation's admins); its members stay in the organisation.</summary>
public sealed class DeleteGroupHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<DeleteGroup, Unit>
{
    public async ValueTask<Unit> Handle(DeleteGroup request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        var group = organization.Group(request.GroupId) ?? throw OrganizationAccess.GroupNotFound();
        organization.Groups.Remove(group);
        foreach (var member in group.MemberIds) revocations.Revoke(session, member);
        organization.UpdatedAt = clock.GetUtcNow();
        session.Update(organization);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
