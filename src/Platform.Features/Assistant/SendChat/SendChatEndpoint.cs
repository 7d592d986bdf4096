using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class SendChatEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/chat", async (SendChat request, HttpContext http, IMediator mediator, ResumableStreams streams, CancellationToken ct) =>
            {
                var started = await mediator.Send(request, ct);
                http.Response.Headers["X-Conversation-Id"] = started.ConversationId.ToString();
                http.Response.Headers["X-Message-Id"] = started.MessageId.ToString();
                await streams.ServeAsync(http, started.MessageId, ct);
            })
            .WithName("SendChat").WithTags("Assistant")
            .WithSummary("Send a message (or regenerate an answer) and watch the turn: turn.started, message.delta, tool.call, the query frames, tool.result, artifact, " +
                         "suggestions, usage, done. The turn goes on if the client leaves; GET /api/chat/{messageId}/events joins it again.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
