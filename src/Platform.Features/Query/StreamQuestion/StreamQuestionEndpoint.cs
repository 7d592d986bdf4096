using System.Text.Json;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/query/nl/stream", async (AskQuestion request, HttpContext http, IMediator mediator, IOptions<QueryOptions> options,
                ILogger<StreamQuestionEndpoint> logger, CancellationToken ct) =>
            {
                await using var frames = mediator.CreateStream(new StreamQuestion(request), ct).GetAsyncEnumerator(ct);
                // The first frame comes after validation and the access check: those fail as plain ProblemDetails.
                var pending = frames.MoveNextAsync().AsTask();
                await pending;
                var sse = ServerSentEventWriter.Start(http.Response);
                var id = 0;
                try
                {
                    while (await pending)
                    {
                        await sse.EventAsync((++id).ToString(), frames.Current.Event, JsonSerializer.Serialize(frames.Current.Data, Json), ct);
                        pending = frames.MoveNextAsync().AsTask();
                        while (true)
                        {
                            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(ct);
                            if (await Task.WhenAny(pending, Task.Delay(options.Value.StreamHeartbeat, quiet.Token)) == pending)
                            {
                                await quiet.CancelAsync();
                                break;
                            }
                            await sse.CommentAsync("heartbeat", ct);
                        }
                    }
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    var problem = e switch
                    {
                        ProblemException p => new ProblemDetails { Status = p.Status, Title = p.Title, Detail = p.Detail },
                        _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
                    };
                    if (e is not ProblemException) logger.LogError(e, "Answering a question failed");
                    await sse.EventAsync((++id).ToString(), "error", JsonSerializer.Serialize(problem, Json), ct);
                }
                await sse.EventAsync((++id).ToString(), "done", "{}", ct);
            })
            .WithName("StreamQuestion").WithTags("Query")
            .WithSummary("Answer a question as a stream of frames: schema, plan, sql, validation, execution, result, done (or error, done).")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
