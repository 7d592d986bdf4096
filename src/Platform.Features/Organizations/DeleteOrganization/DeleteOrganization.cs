using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record DeleteOrganization(Guid OrganizationId) : IRequest<Unit>;

/// <summary>Deletes an organisation (its owners) once nothing belongs to it any more; its members keep their accounts.</summary>
public sealed class DeleteOrganizationHandler(AccessRevocations revocations, IEnumerable<IOrganizationHoldings> holdings, IDocumentSession session, CurrentUser caller) : IRequestHandler<DeleteOrganization, Unit>
{
    public async ValueTask<Unit> Handle(DeleteOrganization request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Owner, ct);
        var held = new List<Holding>();
        foreach (var area in holdings) held.AddRange((await area.HeldByAsync(session, organization.Id, ct)).Where(h => h.Count > 0));
        if (held.Count > 0)
            throw ProblemException.Conflict($"The organisation still owns {string.Join(", ", held.Select(h => $"{h.Count} {h.Kind}"))}: delete or move them first.");
        session.Delete(organization);
        foreach (var member in organization.Groups.SelectMany(g => g.MemberIds).Concat(organization.Members.Where(m => m.Role >= OrganizationRole.Admin).Select(m => m.UserId)).Distinct())
            revocations.Revoke(session, member);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
