namespace Platform.Features.Notebooks;

public sealed record NotebookResponse(Guid Id, string Name, string Description, Guid OwnerId, Guid? RoomId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<CellResponse>? Cells = null)
{
    public static NotebookResponse From(Notebook n, IReadOnlyList<NotebookCell>? cells = null) =>
        new(n.Id, n.Name, n.Description, n.OwnerId, n.RoomId, n.CreatedAt, n.UpdatedAt, cells?.OrderBy(c => c.Position).Select(CellResponse.From).ToList());
}

/// <param name="Outputs">The outputs of its last run, as the kernel sent them.</param>
public sealed record CellResponse(Guid Id, Guid NotebookId, string Kind, string Source, int Position, string Status, int? ExecutionCount,
    IReadOnlyList<CellOutput> Outputs, Guid? LastRunId, DateTimeOffset? LastRunAt, DateTimeOffset UpdatedAt)
{
    public static CellResponse From(NotebookCell c) =>
        new(c.Id, c.NotebookId, c.Kind, c.Source, c.Position, c.Status, c.ExecutionCount, c.Outputs, c.LastRunId, c.LastRunAt, c.UpdatedAt);
}

public sealed record SavepointResponse(Guid Id, Guid NotebookId, string Name, Guid CreatedBy, DateTimeOffset CreatedAt, int CellCount)
{
    public static SavepointResponse From(NotebookSavepoint s) => new(s.Id, s.NotebookId, s.Name, s.CreatedBy, s.CreatedAt, s.Cells.Count);
}
