using Marten;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

/// <summary>
/// Who may do what with an automation: its owner and administrators everything; for a room's automation, the room's
/// editors manage and run it and its members read it and its runs. Anyone else gets 404.
/// </summary>
public static class AutomationAccess
{
    public static async Task<Automation> RequireAutomationAsync(this IQuerySession session, Guid id, CurrentUser caller, RoomRole needed, CancellationToken ct)
    {
        var automation = await session.LoadAsync<Automation>(id, ct) ?? throw NotFound(id);
        await session.RequireOwnerOrRoleAsync(automation.OwnerId, automation.RoomId, caller, needed, "automation", () => NotFound(id), ct);
        return automation;
    }

    /// <summary>A run of the automation, which is a job of its template.</summary>
    public static async Task<Jobs.Job> RequireRunAsync(this IQuerySession session, Automation automation, Guid runId, CancellationToken ct) =>
        await session.LoadAsync<Jobs.Job>(runId, ct) is { } job && job.TemplateId == automation.TemplateId
            ? job
            : throw new ProblemException(StatusCodes.Status404NotFound, "Run not found", $"The automation has no run {runId}.");

    public static ProblemException NotFound(Guid id) =>
        new(StatusCodes.Status404NotFound, "Automation not found", $"There is no automation {id} you can see.");
}
