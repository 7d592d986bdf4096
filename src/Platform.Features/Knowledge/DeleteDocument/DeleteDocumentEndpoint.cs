using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class DeleteDocumentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/knowledge/{knowledgeBaseId:guid}/documents/{documentId:guid}", async (Guid knowledgeBaseId, Guid documentId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteDocument(knowledgeBaseId, documentId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteDocument").WithTags("Knowledge").WithSummary("Remove a document (all its versions) from a knowledge base.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
