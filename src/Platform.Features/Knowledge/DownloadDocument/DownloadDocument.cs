using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed record DownloadDocument(Guid KnowledgeBaseId, Guid DocumentId) : IRequest<DocumentDownload>;

public sealed record DocumentDownload(Stream Content, string ContentType, string FileName);

/// <summary>A document's bytes as they were uploaded.</summary>
public sealed class DownloadDocumentHandler(IQuerySession session, KnowledgeFiles files, CurrentUser caller) : IRequestHandler<DownloadDocument, DocumentDownload>
{
    public async ValueTask<DocumentDownload> Handle(DownloadDocument request, CancellationToken ct)
    {
        var knowledgeBase = await session.RequireReadableAsync(request.KnowledgeBaseId, caller, ct);
        return Open(files, await session.RequireDocumentAsync(knowledgeBase, request.DocumentId, ct));
    }

    public static DocumentDownload Open(KnowledgeFiles files, KnowledgeDocument document) =>
        File.Exists(files.Original(document))
            ? new DocumentDownload(File.OpenRead(files.Original(document)), document.ContentType, document.Name)
            : throw KnowledgeAccess.DocumentNotFound();
}
