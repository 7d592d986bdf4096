using Carter;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <summary>The multipart form of a document upload, as the contract describes it.</summary>
/// <param name="Files">One or more PDF, DOCX, HTML, Markdown or plain-text files (each field named <c>files</c> or <c>file</c>), 25 MB each.</param>
/// <param name="Metadata">A JSON object of strings kept on each document, e.g. <c>{"team":"support"}</c>; search can filter on it.</param>
public sealed record UploadDocumentsForm(IFormFileCollection Files, string? Metadata = null);

public sealed class UploadDocumentsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/knowledge/{knowledgeBaseId:guid}/documents",
                async (Guid knowledgeBaseId, HttpRequest request, IMediator mediator, KnowledgeFiles files, IOptions<KnowledgeOptions> options, CancellationToken ct) =>
                {
                    using var upload = await MultipartUpload.ReadAsync(request, files.NewUpload, options.Value.MaxDocumentBytes, ct, options.Value.MaxFilesPerUpload);
                    var intakes = await mediator.Send(new UploadDocuments(knowledgeBaseId, upload.Files, DocumentIntake.ParseMetadata(upload.Fields.GetValueOrDefault("metadata"))), ct);
                    return Answer(intakes, $"/api/knowledge/{knowledgeBaseId}/documents");
                })
            .WithName("UploadDocuments").WithTags("Knowledge").WithSummary("Add documents (several at once) to a knowledge base; each is indexed in the background.")
            .WithDescription("Answers 202 with the documents, new ones 'processing' (poll them, or watch linked rooms for knowledge.document.ready/failed); "
                + "a file whose bytes are already there returns that document, and a file named like an earlier one becomes its next version.")
            .Accepts<UploadDocumentsForm>("multipart/form-data")
            .Produces<IReadOnlyList<DocumentResponse>>(StatusCodes.Status202Accepted).Produces<IReadOnlyList<DocumentResponse>>(StatusCodes.Status200OK)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>202 while something new is indexing, 200 when every file was already there.</summary>
    public static IResult Answer(IReadOnlyList<Intake> intakes, string location)
    {
        var documents = intakes.Select(i => DocumentResponse.From(i.Document)).ToList();
        return intakes.Any(i => i.Created) ? TypedResults.Accepted(location, documents) : TypedResults.Ok(documents);
    }
}
