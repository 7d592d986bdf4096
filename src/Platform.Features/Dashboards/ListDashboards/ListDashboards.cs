using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Dashboards;

/// <param name="RoomId">Only this room's (for its members).</param>
public sealed record ListDashboards(Guid? RoomId, int Offset, int Limit) : IRequest<Page<DashboardResponse>>, IPagedRequest;

/// <summary>My personal dashboards and those of the rooms I belong to (or one room's), newest first.</summary>
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
        else
        {
            var me = caller.Id;
            var rooms = (await session.AllRoomsOfAsync(caller, ct)).Select(r => (Guid?)r).ToArray();
            query = query.Where(d => (d.RoomId == null && d.OwnerId == me) || d.RoomId.IsOneOf(rooms));
        }
        var dashboards = await query.OrderByDescending(d => d.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(dashboards.Select(DashboardResponse.From).ToList(), stats.TotalResults);
    }
}
