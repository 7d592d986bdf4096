using Carter;
using Marten;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class WatchTurnEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/chat/{messageId:guid}/events", async (Guid messageId, HttpContext http, IQuerySession session, CurrentUser caller, ResumableStreams streams, CancellationToken ct) =>
            {
                var (message, _) = await session.RequireOwnMessageAsync(messageId, caller, ct);
                if (message.Role != MessageRole.Assistant) throw ConversationAccess.MessageNotFound();
                await streams.ServeAsync(http, messageId, ct);
            })
            .WithName("WatchTurn").WithTags("Assistant")
            .WithSummary("A turn's frames: a finished one replayed as it was sent, a running one joined live; resumes after Last-Event-ID ({messageId}:{seq}).")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
