using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <param name="Files">The uploaded files, already streamed to disk.</param>
public sealed record UploadDocuments(Guid KnowledgeBaseId, IReadOnlyList<UploadedPart> Files, Dictionary<string, string> Metadata) : IRequest<IReadOnlyList<Intake>>;

/// <summary>Adds documents to a knowledge base (its managers); they are indexed in the background.</summary>
public sealed class UploadDocumentsHandler(IQuerySession session, DocumentIntake intake, CurrentUser caller) : IRequestHandler<UploadDocuments, IReadOnlyList<Intake>>
{
    public async ValueTask<IReadOnlyList<Intake>> Handle(UploadDocuments request, CancellationToken ct) =>
        await intake.AddAsync(await session.RequireManagedAsync(request.KnowledgeBaseId, caller, ct), request.Files, request.Metadata, ct);
}
