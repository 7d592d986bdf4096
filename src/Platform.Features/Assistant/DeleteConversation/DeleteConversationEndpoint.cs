using Carter;
using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class DeleteConversationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/conversations/{conversationId:guid}", async (Guid conversationId, IDocumentSession session, CurrentUser caller, TimeProvider clock, CancellationToken ct) =>
            {
                var conversation = await session.RequireOwnAsync(conversationId, caller, ct);
                // Soft: gone for its owner at once; the name is freed for another conversation.
                session.Patch<Conversation>(conversation.Id).Set(c => c.DeletedAt, clock.GetUtcNow());
                session.Patch<Conversation>(conversation.Id).Set(c => c.Name, null);
                await session.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteConversation").WithTags("Assistant").WithSummary("Delete a conversation (its name is free again).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
