using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class RetitleConversationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/conversations/{conversationId:guid}/title", async (Guid conversationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetitleConversation(conversationId), ct)))
            .WithName("RetitleConversation").WithTags("Assistant")
            .WithSummary("Make the title again from the first question: by the language model when one is configured, else from the question's words.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
