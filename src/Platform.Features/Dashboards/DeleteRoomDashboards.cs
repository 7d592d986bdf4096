using Marten;
using Mediator;
using Platform.Features.Rooms;

namespace Platform.Features.Dashboards;

/// <summary>A room's dashboards go with it.</summary>
public sealed class DeleteRoomDashboards(IDocumentSession session) : INotificationHandler<RoomDeleting>
{
    public ValueTask Handle(RoomDeleting notification, CancellationToken ct)
    {
        session.DeleteWhere<Dashboard>(d => d.RoomId == notification.RoomId);
        return ValueTask.CompletedTask;
    }
}
