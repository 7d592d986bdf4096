using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed record InterruptCell(Guid CellId) : IRequest<CellInterrupted>;

public sealed record CellInterrupted(Guid CellId, Guid RunId);

/// <summary>Stops the cell's running run: the kernel gets SIGINT (KeyboardInterrupt in the cell) and keeps its variables.</summary>
public sealed class InterruptCellHandler(IQuerySession session, CurrentUser caller, CellRunner runner) : IRequestHandler<InterruptCell, CellInterrupted>
{
    public async ValueTask<CellInterrupted> Handle(InterruptCell request, CancellationToken ct)
    {
        var (_, cell) = await session.RequireCellAsync(request.CellId, caller, RoomRole.Editor, ct);
        if (cell.LastRunId is not { } runId)
            throw new ProblemException(StatusCodes.Status409Conflict, "Not running", "The cell has never run.");
        if (!runner.Interrupt(runId))
        {
            // Say how the last run ended: an interrupt that came too late should not leave the caller guessing why.
            var run = await session.LoadAsync<CellRun>(runId, ct);
            throw new ProblemException(StatusCodes.Status409Conflict, "Not running", run?.FinishedAt is { } finished
                ? $"The cell's last run ended ({run.Status}) at {finished:O}."
                : $"The cell's last run ({run?.Status ?? "unknown"}) is not running on this server.");
        }
        return new CellInterrupted(cell.Id, runId);
    }
}
