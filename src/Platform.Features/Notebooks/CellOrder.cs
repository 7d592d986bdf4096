using Marten;

namespace Platform.Features.Notebooks;

/// <summary>Keeps a notebook's cells numbered 0, 1, 2… in order when one is added, moved or removed.</summary>
public static class CellOrder
{
    public static async Task<List<NotebookCell>> OfAsync(IQuerySession session, Guid notebookId, CancellationToken ct) =>
        (await session.Query<NotebookCell>().Where(c => c.NotebookId == notebookId).ToListAsync(ct)).OrderBy(c => c.Position).ToList();

    /// <summary>Puts <paramref name="cell"/> at <paramref name="position"/> (clamped; the end when null) among <paramref name="others"/> and stores every cell whose place changed.</summary>
    public static void Place(IDocumentSession session, List<NotebookCell> others, NotebookCell cell, int? position)
    {
        others.RemoveAll(c => c.Id == cell.Id);
        others.Insert(Math.Clamp(position ?? others.Count, 0, others.Count), cell);
        Renumber(session, others);
    }

    public static void Renumber(IDocumentSession session, List<NotebookCell> cells)
    {
        // A cell inserted in this session is written as it is when the session saves: its number needs no second write.
        var inserted = session.PendingChanges.InsertsFor<NotebookCell>().Select(c => c.Id).ToHashSet();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Position == i) continue;
            cells[i].Position = i;
            if (!inserted.Contains(cells[i].Id)) session.Store(cells[i]);
        }
    }
}
