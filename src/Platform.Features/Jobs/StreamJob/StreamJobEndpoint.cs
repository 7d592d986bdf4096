using System.Text.Json;
using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed class StreamJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/jobs/{jobId:guid}/stream", async (Guid jobId, int? lastEventId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var after = int.TryParse(http.Request.Headers["Last-Event-ID"], out var header) ? header : lastEventId;
                await using var frames = mediator.CreateStream(new StreamJob(jobId, after), ct).GetAsyncEnumerator(ct);
                // The first frame comes after the access check: a 404 is still a plain ProblemDetails response.
                await frames.MoveNextAsync();
                var sse = ServerSentEventWriter.Start(http.Response);
                await sse.CommentAsync("connected", ct);
                try
                {
                    while (await frames.MoveNextAsync())
                    {
                        var frame = frames.Current;
                        if (frame.Event is { } e) await sse.EventAsync(e.Id.ToString(), e.Type, JsonSerializer.Serialize(e, JsonSerializerOptions.Web), ct);
                        else if (frame.Final is { } status) await sse.EventAsync(null, "done", JsonSerializer.Serialize(new { status }, JsonSerializerOptions.Web), ct);
                        else await sse.CommentAsync("heartbeat", ct);
                    }
                }
                catch (ProblemException ended)
                {
                    await sse.EventAsync(null, "error", JsonSerializer.Serialize(ended.ToProblemDetails(), JsonSerializerOptions.Web), ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    // The client went away.
                }
            })
            .AcceptsAccessTokenInQuery()
            .WithName("StreamJob").WithTags("Jobs")
            .WithSummary("Server-Sent Events of the job's log and status changes (status, step, log, comment), live until it settles, then done; resume with Last-Event-ID.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
