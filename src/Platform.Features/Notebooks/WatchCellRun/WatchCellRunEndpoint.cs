using Carter;
using Marten;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

public sealed class WatchCellRunEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/cells/{cellId:guid}/runs/{runId:guid}/events",
                async (Guid cellId, Guid runId, HttpContext http, IQuerySession session, CurrentUser caller, ResumableStreams streams, CancellationToken ct) =>
                {
                    await session.RequireCellAsync(cellId, caller, RoomRole.Viewer, ct);
                    if (await session.LoadAsync<CellRun>(runId, ct) is not { } run || run.CellId != cellId)
                        throw new ProblemException(StatusCodes.Status404NotFound, "Run not found", $"The cell has no run {runId}.");
                    await streams.ServeAsync(http, runId, ct);
                })
            .WithName("WatchCellRun").WithTags("Notebooks")
            .WithSummary("A cell run's outputs as server-sent events: status, stream, display_data, execute_result, error, then done; resumable after Last-Event-ID.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream").ProducesProblem(StatusCodes.Status404NotFound);
}
