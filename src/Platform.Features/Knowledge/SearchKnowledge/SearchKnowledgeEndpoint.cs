using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class SearchKnowledgeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/knowledge/{knowledgeBaseId:guid}/search", async (Guid knowledgeBaseId, SearchKnowledgeRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchKnowledge(knowledgeBaseId, request), ct)))
            .WithName("SearchKnowledge").WithTags("Knowledge")
            .WithSummary("Search a knowledge base: hybrid (BM25 and embeddings fused by reciprocal rank), keyword or semantic.")
            .WithDescription("Each hit carries its chunk, document, page, character offsets into the document's text, the fused score and each retriever's own score and rank. "
                + "Quoted phrases and -exclusions restrict the keyword retriever.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
