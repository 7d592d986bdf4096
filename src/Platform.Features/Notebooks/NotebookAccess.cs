using Marten;
using Platform.Features.Common;
using Platform.Features.Datasets;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

/// <summary>
/// Who may do what with a notebook: its owner and administrators everything; for a room's notebook, the room's editors
/// change and run it and its members read it. Anyone else gets 404.
/// </summary>
public static class NotebookAccess
{
    public static async Task<Notebook> RequireNotebookAsync(this IQuerySession session, Guid id, CurrentUser caller, RoomRole needed, CancellationToken ct)
    {
        var notebook = await session.LoadAsync<Notebook>(id, ct) ?? throw NotFound();
        await session.RequireOwnerOrRoleAsync(notebook.OwnerId, notebook.RoomId, caller, needed, "notebook", NotFound, ct);
        return notebook;
    }

    public static async Task<(Notebook Notebook, NotebookCell Cell)> RequireCellAsync(this IQuerySession session, Guid cellId, CurrentUser caller, RoomRole needed, CancellationToken ct)
    {
        var cell = await session.LoadAsync<NotebookCell>(cellId, ct)
                   ?? throw new ProblemException(StatusCodes.Status404NotFound, "Cell not found", $"There is no cell {cellId} you can see.");
        var notebook = await session.LoadAsync<Notebook>(cell.NotebookId, ct) ?? throw NotFound();
        await session.RequireOwnerOrRoleAsync(notebook.OwnerId, notebook.RoomId, caller, needed, "notebook",
            () => new ProblemException(StatusCodes.Status404NotFound, "Cell not found", $"There is no cell {cellId} you can see."), ct);
        return (notebook, cell);
    }

    /// <summary>What a notebook's code may read: its room's ready datasets, or its owner's own ready datasets.</summary>
    public static Task<IReadOnlyList<Dataset>> DatasetsOfAsync(this IQuerySession session, Notebook notebook, CancellationToken ct) =>
        session.ReadyDatasetsAsync(notebook.RoomId, notebook.OwnerId, ct);

    /// <summary>The room's ready datasets, or (with no room) the owner's own.</summary>
    public static async Task<IReadOnlyList<Dataset>> ReadyDatasetsAsync(this IQuerySession session, Guid? roomId, Guid ownerId, CancellationToken ct) =>
        roomId is { } room
            ? await session.Query<Dataset>().Where(d => d.RoomIds.Contains(room) && d.Status == DatasetStatus.Ready).OrderBy(d => d.TableName).ToListAsync(ct)
            : await session.Query<Dataset>().Where(d => d.OwnerId == ownerId && d.Status == DatasetStatus.Ready).OrderBy(d => d.TableName).ToListAsync(ct);

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Notebook not found", "There is no such notebook you can see.");
}
