using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Automations;

/// <summary>A deleted account's automations pass to its successor; webhooks go on acting for the new owner.</summary>
public sealed class AutomationHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        [new("automations", await session.Query<Automation>().CountAsync(a => a.OwnerId == userId, ct))];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<Automation>(a => a.OwnerId == handover.UserId).Set(a => a.OwnerId, handover.SuccessorId);
        return Task.CompletedTask;
    }
}

/// <summary>A person's automations (their own and those they made in rooms) go with them, with their versions.</summary>
public sealed class AutomationPersonalData : IPersonalData
{
    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        foreach (var id in await session.Query<Automation>().Where(a => a.OwnerId == erasure.UserId).Select(a => a.Id).ToListAsync(ct))
            AutomationRemoval.Delete(session, id);
    }
}
