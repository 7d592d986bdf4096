using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

/// <param name="All">Every organisation, not only mine (platform administrators).</param>
public sealed record ListOrganizations(bool All, int Offset, int Limit) : IRequest<Page<OrganizationResponse>>, IPagedRequest;

/// <summary>The organisations I belong to, by name; all of them for a platform administrator who asks.</summary>
public sealed class ListOrganizationsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListOrganizations, Page<OrganizationResponse>>
{
    public async ValueTask<Page<OrganizationResponse>> Handle(ListOrganizations request, CancellationToken ct)
    {
        if (request.All && !caller.IsAdmin) throw ProblemException.Forbidden("Only administrators list every organisation.");
        var me = caller.Id;
        IQueryable<Organization> query = session.Query<Organization>().Stats(out QueryStatistics stats);
        if (!request.All) query = query.Where(o => o.Members.Any(m => m.UserId == me));
        var organizations = await query.OrderBy(o => o.Name).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(organizations.Select(o => OrganizationResponse.From(o, me)).ToList(), stats.TotalResults);
    }
}
