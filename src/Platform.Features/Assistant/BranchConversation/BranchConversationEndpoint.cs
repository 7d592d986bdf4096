using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class BranchConversationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/conversations/{conversationId:guid}/branch", async (Guid conversationId, BranchConversationRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new BranchConversation(conversationId, request.MessageId), ct);
                return TypedResults.Created($"/api/conversations/{created.Id}", created);
            })
            .WithName("BranchConversation").WithTags("Assistant").WithSummary("A new conversation holding the path up to a message, to continue from there.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
