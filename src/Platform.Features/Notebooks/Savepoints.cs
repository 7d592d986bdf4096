using Marten;

namespace Platform.Features.Notebooks;

public static class Savepoints
{
    /// <summary>Stores a savepoint of the notebook's cells as they are, in the session's transaction.</summary>
    public static NotebookSavepoint Take(IDocumentSession session, Guid notebookId, IEnumerable<NotebookCell> cells, string name, Guid by, DateTimeOffset at)
    {
        var savepoint = new NotebookSavepoint
        {
            Id = Guid.CreateVersion7(), NotebookId = notebookId, Name = name, CreatedBy = by, CreatedAt = at,
            Cells = cells.OrderBy(c => c.Position).Select(c => new SavedCell(c.Id, c.Kind, c.Source, c.Position, c.Status, c.ExecutionCount, c.Outputs)).ToList(),
        };
        session.Insert(savepoint);
        return savepoint;
    }
}
