using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class ListConversationMessagesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/conversations/{conversationId:guid}/messages", async (Guid conversationId, Guid? before, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListConversationMessages(conversationId, before, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListConversationMessages").WithTags("Assistant")
            .WithSummary("The active branch's messages, oldest first, from its end; ?before= pages up. Each says how many siblings (edits, regenerated answers) it has.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
