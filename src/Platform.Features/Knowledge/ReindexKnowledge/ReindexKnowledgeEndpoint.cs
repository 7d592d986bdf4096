using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class ReindexKnowledgeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/knowledge/{knowledgeBaseId:guid}/reindex", async (Guid knowledgeBaseId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted($"/api/knowledge/{knowledgeBaseId}/documents", await mediator.Send(new ReindexKnowledge(knowledgeBaseId), ct)))
            .WithName("ReindexKnowledge").WithTags("Knowledge").WithSummary("Index every document again with the current chunking and embedding model.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
