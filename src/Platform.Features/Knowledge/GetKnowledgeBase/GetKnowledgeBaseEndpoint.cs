using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class GetKnowledgeBaseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/knowledge/{knowledgeBaseId:guid}", async (Guid knowledgeBaseId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetKnowledgeBase(knowledgeBaseId), ct)))
            .WithName("GetKnowledgeBase").WithTags("Knowledge").WithSummary("A knowledge base's settings and how many documents it holds.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
