using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class UpdateConversationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/conversations/{conversationId:guid}", async (Guid conversationId, UpdateConversationRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateConversation(conversationId, request), ct)))
            .WithName("UpdateConversation").WithTags("Assistant").WithSummary("Rename a conversation, give it a unique name, or switch the branch it shows.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
