using Marten;

namespace Platform.Features.Knowledge;

public static class KnowledgeBaseResponses
{
    /// <summary>The knowledge bases with how many documents each holds (latest versions).</summary>
    public static async Task<IReadOnlyList<KnowledgeBaseResponse>> WithCountsAsync(this IQuerySession session, IReadOnlyList<KnowledgeBase> knowledgeBases, CancellationToken ct)
    {
        var ids = knowledgeBases.Select(k => k.Id).ToArray();
        var holders = await session.Query<KnowledgeDocument>().Where(d => d.KnowledgeBaseId.IsOneOf(ids) && d.SupersededBy == null)
            .Select(d => d.KnowledgeBaseId).ToListAsync(ct);
        var counts = holders.CountBy(id => id).ToDictionary(c => c.Key, c => c.Value);
        return knowledgeBases.Select(k => KnowledgeBaseResponse.From(k, counts.GetValueOrDefault(k.Id))).ToList();
    }

    public static async Task<KnowledgeBaseResponse> WithCountAsync(this IQuerySession session, KnowledgeBase knowledgeBase, CancellationToken ct) =>
        (await session.WithCountsAsync([knowledgeBase], ct))[0];
}
