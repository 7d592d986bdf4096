using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed class ListDocumentsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/knowledge/{knowledgeBaseId:guid}/documents", async (Guid knowledgeBaseId, bool? allVersions, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDocuments(knowledgeBaseId, allVersions ?? false, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListDocuments").WithTags("Knowledge").WithSummary("A knowledge base's documents with their indexing status, newest first (?allVersions=true for earlier versions too).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
