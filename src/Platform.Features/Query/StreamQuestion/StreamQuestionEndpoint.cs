using Carter;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Query;

/// <summary>
/// The answer to a question as Server-Sent Events: <c>schema</c>, <c>plan</c>, <c>sql</c>, <c>validation</c>,
/// <c>execution</c>, <c>result</c>, then <c>done</c>; or <c>error</c> (a ProblemDetails) then <c>done</c>. Frames
/// are numbered; comment lines keep a quiet stream open; a client that goes away cancels the work.
/// </summary>
public sealed class StreamQuestionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/query/nl/stream", (AskQuestion request, HttpContext http, IMediator mediator, IOptions<QueryOptions> options, CancellationToken ct) =>
                ServerSentEvents.StreamAsync(http, watching => mediator.CreateStream(new StreamQuestion(request), watching),
                    frame => new SseFrame(null, frame.Event, ServerSentEvents.Serialize(frame.Data)),
                    new SseStreamOptions(QuietAfter: options.Value.StreamHeartbeat, NumberFrames: true, DoneAfterError: true), ct))
            .WithName("StreamQuestion").WithTags("Query")
            .WithSummary("Answer a question as a stream of frames: schema, plan, sql, validation, execution, result, done (or error, done).")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
