using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <summary>A deleted account's knowledge bases pass to its successor (its own documents too, as an ordinary knowledge base).</summary>
public sealed class KnowledgeHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        [new("knowledge bases", await session.Query<KnowledgeBase>().CountAsync(k => k.OwnerId == userId, ct))];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<KnowledgeBase>(k => k.OwnerId == handover.UserId).Set(k => k.OwnerId, handover.SuccessorId);
        session.Patch<KnowledgeBase>(k => k.OwnerId == handover.UserId && k.IsPersonalDocuments).Set(k => k.IsPersonalDocuments, false);
        return Task.CompletedTask;
    }
}
