using Marten;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <summary>A person's knowledge bases: their documents exported as uploaded, erased with their chunks and files.</summary>
public sealed class KnowledgePersonalData(KnowledgeFiles files, KnowledgeRemoval removal) : IPersonalData
{
    public async Task<IReadOnlyList<ExportedFile>> FilesAsync(IQuerySession session, Guid ownerId, CancellationToken ct)
    {
        var owned = await session.Query<KnowledgeBase>().Where(k => k.OwnerId == ownerId || k.OrganizationId == ownerId).Select(k => k.Id).ToListAsync(ct);
        var documents = await session.Query<KnowledgeDocument>().Where(d => d.KnowledgeBaseId.IsOneOf(owned.ToArray())).ToListAsync(ct);
        return documents.Where(d => File.Exists(files.Original(d)))
            .Select(d => new ExportedFile($"knowledge/{d.KnowledgeBaseId:N}/{d.Id:N}-{d.Name}", async (output, token) =>
            {
                await using var original = File.OpenRead(files.Original(d));
                await original.CopyToAsync(output, token);
            })).ToList();
    }

    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        foreach (var knowledgeBase in await session.Query<KnowledgeBase>().Where(k => k.OwnerId == erasure.UserId && k.OrganizationId == null).ToListAsync(ct))
            erasure.AfterCommit(await removal.DeleteKnowledgeBaseAsync(session, knowledgeBase, ct));
    }
}
