using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Knowledge;

/// <param name="Search">Part of the name, any case.</param>
/// <param name="OrganizationId">Only this organisation's (for its members).</param>
public sealed record ListKnowledgeBases(string? Search, Guid? OrganizationId, int Offset, int Limit) : IRequest<Page<KnowledgeBaseResponse>>, IPagedRequest;

/// <summary>The knowledge bases I can read: mine, my organisations', and those linked to my rooms; newest first.</summary>
public sealed class ListKnowledgeBasesHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListKnowledgeBases, Page<KnowledgeBaseResponse>>
{
    public async ValueTask<Page<KnowledgeBaseResponse>> Handle(ListKnowledgeBases request, CancellationToken ct)
    {
        IQueryable<KnowledgeBase> query = session.Query<KnowledgeBase>().Stats(out QueryStatistics stats);
        if (request.OrganizationId is { } organizationId)
        {
            await session.RequireAsync(organizationId, caller, OrganizationRole.Member, ct);
            query = query.Where(k => k.OrganizationId == organizationId);
        }
        else
        {
            var me = caller.Id;
            var organizations = (await session.OrganizationsOfAsync(caller, ct)).Select(o => (Guid?)o).ToArray();
            var rooms = (await session.AllRoomsOfAsync(caller, ct)).ToArray();
            query = query.Where(k => k.OwnerId == me || k.OrganizationId.IsOneOf(organizations)
                || (k.Visibility != KnowledgeVisibility.Private && k.RoomIds.Any(r => r.IsOneOf(rooms))));
        }
        if (request.Search?.Trim() is { Length: > 0 } search) query = query.Where(k => k.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        var page = await query.OrderByDescending(k => k.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(await session.WithCountsAsync(page, ct), stats.TotalResults);
    }
}
