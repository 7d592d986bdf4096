using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>A person's conversations (with every turn's frames) and their own agents are erased with them.</summary>
public sealed class AssistantPersonalData(ResumableStreams streams) : IPersonalData
{
    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        var user = erasure.UserId;
        foreach (var turn in await session.Query<ConversationMessage>().Where(m => m.OwnerId == user && m.Role == MessageRole.Assistant).Select(m => m.Id).ToListAsync(ct))
            streams.Forget(session, turn);
        session.DeleteWhere<ConversationMessage>(m => m.OwnerId == user);
        session.DeleteWhere<Conversation>(c => c.OwnerId == user);
        var agents = await session.Query<Agent>().Where(a => a.OwnerId == user && a.OrganizationId == null).Select(a => a.Id).ToListAsync(ct);
        session.DeleteWhere<AgentVersion>(v => v.AgentId.IsOneOf(agents.ToArray()));
        session.DeleteWhere<Agent>(a => a.OwnerId == user && a.OrganizationId == null);
    }
}

/// <summary>A deleted account's agents pass to its successor, as its other work does.</summary>
public sealed class AgentHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        [new("agents", await session.Query<Agent>().CountAsync(a => a.OwnerId == userId && a.DeletedAt == null, ct))];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<Agent>(a => a.OwnerId == handover.UserId).Set(a => a.OwnerId, handover.SuccessorId);
        return Task.CompletedTask;
    }
}
