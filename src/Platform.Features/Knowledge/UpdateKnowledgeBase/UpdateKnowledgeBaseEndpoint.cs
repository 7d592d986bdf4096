using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class UpdateKnowledgeBaseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/knowledge/{knowledgeBaseId:guid}", async (Guid knowledgeBaseId, UpdateKnowledgeBaseRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateKnowledgeBase(knowledgeBaseId, request), ct)))
            .WithName("UpdateKnowledgeBase").WithTags("Knowledge")
            .WithSummary("Change a knowledge base's name, description, language, visibility or chunking (a new language or chunking indexes it again).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
