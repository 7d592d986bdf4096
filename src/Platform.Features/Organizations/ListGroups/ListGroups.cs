using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed record ListGroups(Guid OrganizationId) : IRequest<IReadOnlyList<GroupResponse>>;

/// <summary>An organisation's groups by name, with their members.</summary>
public sealed class ListGroupsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListGroups, IReadOnlyList<GroupResponse>>
{
    public async ValueTask<IReadOnlyList<GroupResponse>> Handle(ListGroups request, CancellationToken ct) =>
        (await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Member, ct)).Groups
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).Select(GroupResponse.From).ToList();
}
