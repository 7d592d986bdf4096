using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record ListOrganizationMembers(Guid OrganizationId, int Offset, int Limit) : IRequest<Page<OrganizationMemberResponse>>, IPagedRequest;

/// <summary>An organisation's members with their roles and groups, owners first, then by address.</summary>
public sealed class ListOrganizationMembersHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListOrganizationMembers, Page<OrganizationMemberResponse>>
{
    public async ValueTask<Page<OrganizationMemberResponse>> Handle(ListOrganizationMembers request, CancellationToken ct)
    {
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Member, ct);
        var members = organization.Members.OrderByDescending(m => m.Role).ThenBy(m => m.Email, StringComparer.Ordinal)
            .Skip(request.Offset).Take(request.Limit).Select(m => OrganizationMemberResponse.From(organization, m)).ToList();
        return new(members, organization.Members.Count);
    }
}
