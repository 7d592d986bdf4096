using Marten;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

public static class AutomationRemoval
{
    /// <summary>The automation, its versions and its delivery keys, in the session's transaction.</summary>
    public static void Delete(IDocumentSession session, Guid automationId)
    {
        session.DeleteWhere<AutomationVersion>(v => v.AutomationId == automationId);
        session.DeleteWhere<AutomationDelivery>(d => d.AutomationId == automationId);
        AutomationSchedules.Remove(session, automationId);
        session.Delete<Automation>(automationId);
    }
}

/// <summary>A room's automations go with it.</summary>
public sealed class DeleteAutomationsOfDeletedRoom(IDocumentSession session) : Mediator.INotificationHandler<RoomDeleting>
{
    public async ValueTask Handle(RoomDeleting notification, CancellationToken ct)
    {
        foreach (var id in await session.Query<Automation>().Where(a => a.RoomId == notification.RoomId).Select(a => a.Id).ToListAsync(ct))
            AutomationRemoval.Delete(session, id);
    }
}
