using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Dashboards;

/// <param name="RoomId">Only this room's (for its members).</param>
/// <param name="OrganizationId">Only this organisation's (for its members).</param>
public sealed record ListDashboards(Guid? RoomId, int Offset, int Limit, Guid? OrganizationId = null) : IRequest<Page<DashboardResponse>>, IPagedRequest;

/// <summary>My personal dashboards and those of the rooms and organisations I belong to (or one room's or organisation's), newest first.</summary>
public sealed class ListDashboardsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListDashboards, Page<DashboardResponse>>
{
    public async ValueTask<Page<DashboardResponse>> Handle(ListDashboards request, CancellationToken ct)
    {
        IQueryable<Dashboard> query = session.Query<Dashboard>().Stats(out QueryStatistics stats);
        if (request.RoomId is { } roomId)
        {
            await session.RequireAsync(roomId, caller, RoomRole.Viewer, ct);
            query = query.Where(d => d.RoomId == roomId);
        }
        if (request.OrganizationId is { } organizationId)
        {
            await session.RequireAsync(organizationId, caller, OrganizationRole.Member, ct);
            query = query.Where(d => d.OrganizationId == organizationId);
        }
        if (request.RoomId is null && request.OrganizationId is null)
        {
            var me = caller.Id;
            var rooms = (await session.AllRoomsOfAsync(caller, ct)).Select(r => (Guid?)r).ToArray();
            var organizations = (await session.OrganizationsOfAsync(caller, ct)).Select(o => (Guid?)o).ToArray();
            query = query.Where(d => (d.RoomId == null && d.OrganizationId == null && d.OwnerId == me) || d.RoomId.IsOneOf(rooms)
                || d.OrganizationId.IsOneOf(organizations));
        }
        var dashboards = await query.OrderByDescending(d => d.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(dashboards.Select(DashboardResponse.From).ToList(), stats.TotalResults);
    }
}
