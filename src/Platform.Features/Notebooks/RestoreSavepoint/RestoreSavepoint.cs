using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record RestoreSavepoint(Guid NotebookId, Guid SavepointId) : IRequest<NotebookResponse>;

/// <summary>
/// Puts the notebook back as the savepoint kept it: its cells (same ids), their sources, places and outputs; cells made
/// since are removed. What it was just before is kept as a savepoint of its own, so a restore can be undone.
/// </summary>
public sealed class RestoreSavepointHandler(IDocumentSession session, CurrentUser caller, CellRunner runner, TimeProvider clock) : IRequestHandler<RestoreSavepoint, NotebookResponse>
{
    public async ValueTask<NotebookResponse> Handle(RestoreSavepoint request, CancellationToken ct)
    {
        var notebook = await session.RequireNotebookAsync(request.NotebookId, caller, RoomRole.Editor, ct);
        var savepoint = await session.LoadAsync<NotebookSavepoint>(request.SavepointId, ct) is { } found && found.NotebookId == notebook.Id
            ? found
            : throw new ProblemException(StatusCodes.Status404NotFound, "Savepoint not found", $"The notebook has no savepoint {request.SavepointId}.");
        var current = await CellOrder.OfAsync(session, notebook.Id, ct);
        if (current.Any(c => runner.IsRunning(c.LastRunId)))
            throw new ProblemException(StatusCodes.Status409Conflict, "Cells running", "Interrupt or wait for the running cells before restoring.");
        var now = clock.GetUtcNow();
        Savepoints.Take(session, notebook.Id, current, $"Before restoring '{savepoint.Name}'", caller.Id, now);
        foreach (var cell in current.Where(c => savepoint.Cells.All(s => s.Id != c.Id))) session.Delete(cell);
        var restored = savepoint.Cells.Select(s => new NotebookCell
        {
            Id = s.Id, NotebookId = notebook.Id, Kind = s.Kind, Source = s.Source, Position = s.Position, Status = s.Status, ExecutionCount = s.ExecutionCount,
            Outputs = s.Outputs, CreatedAt = current.FirstOrDefault(c => c.Id == s.Id)?.CreatedAt ?? now, UpdatedAt = now,
        }).ToList();
        foreach (var cell in restored) session.Store(cell);
        notebook.UpdatedAt = now;
        session.Store(notebook);
        await session.SaveChangesAsync(ct);
        return NotebookResponse.From(notebook, restored);
    }
}
