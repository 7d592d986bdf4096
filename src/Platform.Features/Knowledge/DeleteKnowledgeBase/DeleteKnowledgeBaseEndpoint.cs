using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class DeleteKnowledgeBaseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/knowledge/{knowledgeBaseId:guid}", async (Guid knowledgeBaseId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteKnowledgeBase(knowledgeBaseId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteKnowledgeBase").WithTags("Knowledge").WithSummary("Delete a knowledge base with its documents.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
