using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record RemoveOrganizationMember(Guid OrganizationId, Guid UserId) : IRequest<Unit>;

/// <summary>Removes a member, from their groups too (admins; owners remove owners; anyone may leave; the last owner stays).</summary>
public sealed class RemoveOrganizationMemberHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<RemoveOrganizationMember, Unit>
{
    public async ValueTask<Unit> Handle(RemoveOrganizationMember request, CancellationToken ct)
    {
        var leaving = request.UserId == caller.Id;
        var organization = await session.RequireAsync(request.OrganizationId, caller, leaving ? OrganizationRole.Member : OrganizationRole.Admin, ct);
        var member = organization.Member(request.UserId) ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such member.");
        if (member.Role == OrganizationRole.Owner && !leaving) organization.RequireMayHandleOwners(caller);
        organization.RequireAnotherOwner(member);
        if (member.Role >= OrganizationRole.Admin || organization.Groups.Any(g => g.MemberIds.Contains(member.UserId))) revocations.Revoke(session, member.UserId);
        organization.Remove(member.UserId);
        organization.UpdatedAt = clock.GetUtcNow();
        session.Update(organization);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
