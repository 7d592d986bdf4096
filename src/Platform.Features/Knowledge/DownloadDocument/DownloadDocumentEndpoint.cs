using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class DownloadDocumentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/knowledge/{knowledgeBaseId:guid}/documents/{documentId:guid}/download", async (Guid knowledgeBaseId, Guid documentId, IMediator mediator, CancellationToken ct) =>
            {
                var download = await mediator.Send(new DownloadDocument(knowledgeBaseId, documentId), ct);
                return TypedResults.Stream(download.Content, download.ContentType, download.FileName);
            })
            .WithName("DownloadDocument").WithTags("Knowledge").WithSummary("A document's file, as uploaded.")
            .Produces<string>(StatusCodes.Status200OK, "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);
}
