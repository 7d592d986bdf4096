using Carter;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <summary>The multipart form of a context document upload.</summary>
/// <param name="File">A PDF, DOCX, HTML, Markdown or plain-text file, up to 25 MB.</param>
/// <param name="Metadata">A JSON object of strings kept on the document.</param>
public sealed record UploadContextDocumentForm(IFormFile File, string? Metadata = null);

public sealed class ContextDocumentsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/upload/doc", async (HttpRequest request, IMediator mediator, KnowledgeFiles files, IOptions<KnowledgeOptions> options, CancellationToken ct) =>
            {
                using var upload = await MultipartUpload.ReadAsync(request, files.NewUpload, options.Value.MaxDocumentBytes, ct);
                var intakes = await mediator.Send(new UploadContextDocument(upload.Files[0], DocumentIntake.ParseMetadata(upload.Fields.GetValueOrDefault("metadata"))), ct);
                return UploadDocumentsEndpoint.Answer(intakes, "/api/documents");
            })
            .WithName("UploadContextDocument").WithTags("Knowledge").WithSummary("Add a context document to my own documents (a knowledge base made for me on first use).")
            .Accepts<UploadContextDocumentForm>("multipart/form-data")
            .Produces<IReadOnlyList<DocumentResponse>>(StatusCodes.Status202Accepted).Produces<IReadOnlyList<DocumentResponse>>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        app.MapGet("/api/documents", async (int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListContextDocuments(offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListContextDocuments").WithTags("Knowledge").WithSummary("My context documents, newest first.")
            .ProducesValidationProblem();

        app.MapGet("/api/documents/{documentId:guid}/download", async (Guid documentId, IMediator mediator, CancellationToken ct) =>
            {
                var download = await mediator.Send(new DownloadContextDocument(documentId), ct);
                return TypedResults.Stream(download.Content, download.ContentType, download.FileName);
            })
            .WithName("DownloadContextDocument").WithTags("Knowledge").WithSummary("One of my context documents, as uploaded.")
            .Produces<string>(StatusCodes.Status200OK, "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);

        app.MapDelete("/api/documents/{documentId:guid}", async (Guid documentId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteContextDocument(documentId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteContextDocument").WithTags("Knowledge").WithSummary("Delete one of my context documents.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/docs/search", async (string? q, int? topK, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchContextDocuments(q ?? "", topK ?? 5), ct)))
            .WithName("SearchContextDocuments").WithTags("Knowledge").WithSummary("Search my context documents' chunks (hybrid): ?q=…&topK=5.")
            .ProducesValidationProblem();
    }
}
