using Marten;
using Marten.Patching;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public static class NotebookRemoval
{
    /// <summary>The notebook, its cells, runs and savepoints, in the session's transaction.</summary>
    public static void Delete(IDocumentSession session, Guid notebookId)
    {
        session.DeleteWhere<NotebookCell>(c => c.NotebookId == notebookId);
        session.DeleteWhere<CellRun>(r => r.NotebookId == notebookId);
        session.DeleteWhere<NotebookSavepoint>(s => s.NotebookId == notebookId);
        session.Delete<Notebook>(notebookId);
    }
}

/// <summary>A room's notebooks go with it, and the kernels started over its datasets stop.</summary>
public sealed class DeleteNotebooksOfDeletedRoom(IDocumentSession session, KernelSessions kernels) : Mediator.INotificationHandler<RoomDeleting>
{
    public async ValueTask Handle(RoomDeleting notification, CancellationToken ct)
    {
        foreach (var id in await session.Query<Notebook>().Where(n => n.RoomId == notification.RoomId).Select(n => n.Id).ToListAsync(ct))
            NotebookRemoval.Delete(session, id);
        foreach (var kernel in kernels.All.Where(k => k.RoomId == notification.RoomId).ToList()) await kernels.StopAsync(kernel.Id);
    }
}

/// <summary>A deleted account's notebooks pass to its successor.</summary>
public sealed class NotebookHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        [new("notebooks", await session.Query<Notebook>().CountAsync(n => n.OwnerId == userId, ct))];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<Notebook>(n => n.OwnerId == handover.UserId).Set(n => n.OwnerId, handover.SuccessorId);
        return Task.CompletedTask;
    }
}

/// <summary>A person's notebooks (their own and those they made in rooms) go with them.</summary>
public sealed class NotebookPersonalData : IPersonalData
{
    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        foreach (var id in await session.Query<Notebook>().Where(n => n.OwnerId == erasure.UserId).Select(n => n.Id).ToListAsync(ct))
            NotebookRemoval.Delete(session, id);
    }
}
