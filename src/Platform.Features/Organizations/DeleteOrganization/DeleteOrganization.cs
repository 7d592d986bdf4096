using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record DeleteOrganization(Guid OrganizationId) : IRequest<Unit>;

/// <summary>Deletes an organisation (its owners); its members keep their accounts.</summary>
public sealed class DeleteOrganizationHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller) : IRequestHandler<DeleteOrganization, Unit>
{
    public async ValueTask<Unit> Handle(DeleteOrganization request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Owner, ct);
        session.Delete(organization);
        foreach (var member in organization.Groups.SelectMany(g => g.MemberIds).Distinct()) revocations.Revoke(session, member);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
