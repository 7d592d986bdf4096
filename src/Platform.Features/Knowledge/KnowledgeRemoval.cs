using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <summary>
/// Deleting documents and knowledge bases: records and chunks in the caller's transaction, files only once it has
/// committed (the returned action), so a failed deletion leaves everything in place.
/// </summary>
public sealed class KnowledgeRemoval(KnowledgeFiles files, KnowledgeChunks chunks)
{
    /// <summary>Every version of the document, and its chunks.</summary>
    public async Task<Action> DeleteDocumentAsync(IDocumentSession session, KnowledgeDocument document, CancellationToken ct)
    {
        var versions = await session.Query<KnowledgeDocument>()
            .Where(d => d.KnowledgeBaseId == document.KnowledgeBaseId && d.Name == document.Name).ToListAsync(ct);
        foreach (var version in versions)
        {
            chunks.DeleteDocument(session, version.Id);
            session.Delete(version);
            session.Delete<WorkLease>(version.Id);
        }
        session.Patch<KnowledgeBase>(document.KnowledgeBaseId).Increment(k => k.IndexVersion);
        return () => { foreach (var version in versions) files.DeleteDocument(version); };
    }

    public async Task<Action> DeleteKnowledgeBaseAsync(IDocumentSession session, KnowledgeBase knowledgeBase, CancellationToken ct)
    {
        var processing = await session.Query<KnowledgeDocument>()
            .Where(d => d.KnowledgeBaseId == knowledgeBase.Id && d.Status == DocumentStatus.Processing).Select(d => d.Id).ToListAsync(ct);
        foreach (var id in processing) session.Delete<WorkLease>(id);
        session.DeleteWhere<KnowledgeDocument>(d => d.KnowledgeBaseId == knowledgeBase.Id);
        chunks.DeleteKnowledgeBase(session, knowledgeBase.Id);
        session.Delete(knowledgeBase);
        return () => files.DeleteKnowledgeBase(knowledgeBase.Id);
    }
}
