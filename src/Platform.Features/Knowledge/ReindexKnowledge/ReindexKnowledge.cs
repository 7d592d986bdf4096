using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed record ReindexKnowledge(Guid KnowledgeBaseId) : IRequest<ReindexResponse>;

/// <param name="Documents">How many documents are being indexed again.</param>
public sealed record ReindexResponse(Guid KnowledgeBaseId, int Documents, string EmbeddingModel);

/// <summary>Cuts and embeds every document again (e.g. after the embedding model changed); search keeps answering from the old chunks meanwhile.</summary>
public sealed class ReindexKnowledgeHandler(IDocumentStore store, KnowledgeIndexer indexer, CurrentUser caller, TimeProvider clock) : IRequestHandler<ReindexKnowledge, ReindexResponse>
{
    public async ValueTask<ReindexResponse> Handle(ReindexKnowledge request, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var knowledgeBase = await session.RequireManagedAsync(request.KnowledgeBaseId, caller, ct);
            var queued = await indexer.MarkForReindexAsync(session, knowledgeBase, ct);
            knowledgeBase.UpdatedAt = clock.GetUtcNow();
            session.Update(knowledgeBase);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (Exception e) when (attempt < 10 && ProblemDetailsExceptionHandler.ChangedMeanwhile(e))
            {
                // A document finished indexing, or another request marked them, meanwhile: marking them again is the same request.
                foreach (var id in queued) indexer.Release(id);
                continue;
            }
            foreach (var id in queued) indexer.Enqueue(id);
            return new ReindexResponse(knowledgeBase.Id, queued.Count, knowledgeBase.EmbeddingModel!);
        }
    }
}
