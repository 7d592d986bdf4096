using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record RunCell(Guid CellId) : IRequest<CellRunStarted>;

/// <param name="Events">Where its outputs stream (SSE, resumable after Last-Event-ID).</param>
public sealed record CellRunStarted(Guid RunId, Guid CellId, string Events);

/// <summary>
/// Starts a run of the cell as it is saved: Python in the notebook's kernel (started on first use), SQL on its datasets.
/// The outputs stream at <c>/api/cells/{id}/runs/{runId}/events</c> and are kept on the cell when it ends.
/// </summary>
public sealed class RunCellHandler(IDocumentSession session, CurrentUser caller, CellRunner runner, ResumableStreams streams, TimeProvider clock)
    : IRequestHandler<RunCell, CellRunStarted>
{
    public async ValueTask<CellRunStarted> Handle(RunCell request, CancellationToken ct)
    {
        var (notebook, cell) = await session.RequireCellAsync(request.CellId, caller, RoomRole.Editor, ct);
        if (cell.Kind == CellKind.Markdown)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Nothing to run", "A Markdown cell is shown, not run.");
        if (runner.IsRunning(cell.LastRunId))
            throw new ProblemException(StatusCodes.Status409Conflict, "Cell running", $"The cell's run {cell.LastRunId} has not finished; interrupt it or wait.");
        var now = clock.GetUtcNow();
        var run = new CellRun { Id = Guid.CreateVersion7(), CellId = cell.Id, NotebookId = notebook.Id, StartedBy = caller.Id, StartedAt = now };
        var datasets = await session.DatasetsOfAsync(notebook, ct);
        session.Insert(run);
        cell.Status = CellStatus.Queued;
        cell.LastRunId = run.Id;
        cell.LastRunAt = now;
        session.Store(cell);
        await session.SaveChangesAsync(ct);
        // The first frame before the answer: whoever follows the events link finds the run's stream.
        await streams.AppendAsync(run.Id, "status", new { execution_state = "queued" }, ct);
        runner.Start(notebook, cell, run, datasets);
        return new CellRunStarted(run.Id, cell.Id, $"/api/cells/{cell.Id}/runs/{run.Id}/events");
    }
}
