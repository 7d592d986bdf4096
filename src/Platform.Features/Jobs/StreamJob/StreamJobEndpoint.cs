using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed class StreamJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/jobs/{jobId:guid}/stream", (Guid jobId, int? lastEventId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                ServerSentEvents.StreamAsync(http,
                    watching => mediator.CreateStream(new StreamJob(jobId, int.TryParse(http.Request.Headers["Last-Event-ID"], out var header) ? header : lastEventId), watching),
                    frame => frame switch
                    {
                        { Event: { } e } => new SseFrame(e.Id.ToString(), e.Type, ServerSentEvents.Serialize(e)),
                        { Final: { } status } => new SseFrame(null, "done", ServerSentEvents.Serialize(new { status })),
                        _ => SseFrame.Heartbeat,
                    },
                    new SseStreamOptions(Greeting: true), ct))
            .AcceptsAccessTokenInQuery()
            .WithName("StreamJob").WithTags("Jobs")
            .WithSummary("Server-Sent Events of the job's log and status changes (status, step, log, comment), live until it settles, then done; resume with Last-Event-ID.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
