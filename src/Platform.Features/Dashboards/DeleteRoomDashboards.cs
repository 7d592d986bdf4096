using Marten;
using Mediator;
using Platform.Features.Rooms;

namespace Platform.Features.Dashboards;

/// <summary>A room's dashboards go with it.</summary>
public sealed class DeleteRoomDashboards(IDocumentSession session) : INotificationHandler<RoomDeleting>
{
    public async ValueTask Handle(RoomDeleting notification, CancellationToken ct)
    {
        var dashboards = (await session.Query<Dashboard>().Where(d => d.RoomId == notification.RoomId).Select(d => d.Id).ToListAsync(ct)).ToArray();
        session.DeleteWhere<PanelResult>(r => r.DashboardId.IsOneOf(dashboards));
        session.DeleteWhere<Dashboard>(d => d.RoomId == notification.RoomId);
    }
}
