using Carter;
using Marten;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class GetConversationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/conversations/{conversationId:guid}", async (Guid conversationId, IQuerySession session, CurrentUser caller, CancellationToken ct) =>
                TypedResults.Ok(ConversationResponse.From(await session.RequireOwnAsync(conversationId, caller, ct))))
            .WithName("GetConversation").WithTags("Assistant").WithSummary("One of my conversations.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
