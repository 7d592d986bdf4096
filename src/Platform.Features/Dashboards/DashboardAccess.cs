using Marten;
using Platform.Features.Common;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Dashboards;

/// <summary>
/// A room's dashboards: its members read them and its editors change them. An organisation's: its members read them,
/// its owners and admins and the dashboard's creator change them. A personal one: its owner only. Administrators
/// pass. Anyone else gets 404.
/// </summary>
public static class DashboardAccess
{
    public static Task<Dashboard> RequireReadableAsync(this IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct) =>
        RequireAsync(session, id, caller, RoomRole.Viewer, ct);

    public static Task<Dashboard> RequireWritableAsync(this IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct) =>
        RequireAsync(session, id, caller, RoomRole.Editor, ct);

    private static async Task<Dashboard> RequireAsync(IQuerySession session, Guid id, CurrentUser caller, RoomRole minimum, CancellationToken ct)
    {
        var dashboard = await session.LoadAsync<Dashboard>(id, ct) ?? throw NotFound();
        if (caller.IsAdmin) return dashboard;
        if (dashboard.OrganizationId is { } organization)
        {
            if (dashboard.OwnerId == caller.Id) return dashboard;
            var role = await session.RoleInAsync(organization, caller, ct) ?? throw NotFound();
            return minimum <= RoomRole.Viewer || role >= OrganizationRole.Admin
                ? dashboard
                : throw ProblemException.Forbidden("Only the organisation's owners and admins, and the dashboard's creator, change it.");
        }
        if (dashboard.RoomId is not { } room) return dashboard.OwnerId == caller.Id ? dashboard : throw NotFound();
        try
        {
            await session.RequireAsync(room, caller, minimum, ct);
        }
        catch (ProblemException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            throw NotFound();
        }
        return dashboard;
    }

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The dashboard was not found.");

    /// <summary>Records a change: the version goes up, so older ETags stop matching.</summary>
    public static void Touch(this Dashboard dashboard, DateTimeOffset now)
    {
        dashboard.Version++;
        dashboard.UpdatedAt = now;
    }
}

/// <summary>The dashboards that belong to an organisation.</summary>
public sealed class DashboardOrganizationHoldings : IOrganizationHoldings
{
    public async Task<IReadOnlyList<Holding>> HeldByAsync(IQuerySession session, Guid organizationId, CancellationToken ct) =>
        [new("dashboards", await session.Query<Dashboard>().CountAsync(d => d.OrganizationId == organizationId, ct))];
}
