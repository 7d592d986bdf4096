using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed record DeleteKnowledgeBase(Guid KnowledgeBaseId) : IRequest;

/// <summary>Deletes a knowledge base with its documents, chunks and files (its managers).</summary>
public sealed class DeleteKnowledgeBaseHandler(IDocumentSession session, KnowledgeRemoval removal, IRoomEvents events, CurrentUser caller) : IRequestHandler<DeleteKnowledgeBase>
{
    public async ValueTask<Unit> Handle(DeleteKnowledgeBase request, CancellationToken ct)
    {
        var knowledgeBase = await session.RequireManagedAsync(request.KnowledgeBaseId, caller, ct);
        foreach (var room in knowledgeBase.RoomIds) events.Publish(session, room, "knowledge.unlinked", new { KnowledgeBaseId = knowledgeBase.Id, UnlinkedBy = caller.Id });
        var deleteFiles = await removal.DeleteKnowledgeBaseAsync(session, knowledgeBase, ct);
        await session.SaveChangesAsync(ct);
        deleteFiles();
        return Unit.Value;
    }
}
