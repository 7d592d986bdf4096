using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class GetDocumentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/knowledge/{knowledgeBaseId:guid}/documents/{documentId:guid}", async (Guid knowledgeBaseId, Guid documentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDocument(knowledgeBaseId, documentId), ct)))
            .WithName("GetDocument").WithTags("Knowledge").WithSummary("A document: its status (processing, ready or failed with the reason), version and chunk count.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
