using Marten;
using Marten.Patching;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Knowledge;

public sealed record LinkKnowledgeRequest(Guid KnowledgeBaseId);

public sealed record LinkKnowledge(Guid RoomId, Guid KnowledgeBaseId) : IRequest<KnowledgeBaseResponse>;

public sealed record UnlinkKnowledge(Guid RoomId, Guid KnowledgeBaseId) : IRequest;

public sealed record ListRoomKnowledge(Guid RoomId) : IRequest<IReadOnlyList<KnowledgeBaseResponse>>;

/// <summary>
/// Linking a knowledge base to a room lets the room's members read and search it (and the room's assistant use it):
/// the room's editors link what they manage, provided it is not private. Unlinking takes a room editor or the knowledge
/// base's manager.
/// </summary>
public sealed class RoomKnowledgeHandler(IDocumentSession session, IRoomEvents events, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<LinkKnowledge, KnowledgeBaseResponse>, IRequestHandler<UnlinkKnowledge>, IRequestHandler<ListRoomKnowledge, IReadOnlyList<KnowledgeBaseResponse>>
{
    public async ValueTask<KnowledgeBaseResponse> Handle(LinkKnowledge request, CancellationToken ct)
    {
        await session.RequireAsync(request.RoomId, caller, RoomRole.Editor, ct);
        var knowledgeBase = await session.RequireManagedAsync(request.KnowledgeBaseId, caller, ct);
        if (knowledgeBase.Visibility == KnowledgeVisibility.Private)
            throw ProblemException.Conflict("A private knowledge base is not shared with rooms: set its visibility to 'rooms' or 'public' first.");
        if (!knowledgeBase.RoomIds.Contains(request.RoomId))
        {
            knowledgeBase.RoomIds.Add(request.RoomId);
            knowledgeBase.UpdatedAt = clock.GetUtcNow();
            // A patch, not an update of what was read: indexing bumps the document's version in the background, and a
            // link made meanwhile is not a conflicting change.
            session.Patch<KnowledgeBase>(knowledgeBase.Id).AppendIfNotExists(k => k.RoomIds, request.RoomId);
            session.Patch<KnowledgeBase>(knowledgeBase.Id).Set(k => k.UpdatedAt, knowledgeBase.UpdatedAt);
            events.Publish(session, request.RoomId, "knowledge.linked", new { KnowledgeBaseId = knowledgeBase.Id, knowledgeBase.Name, LinkedBy = caller.Id });
            await session.SaveChangesAsync(ct);
        }
        return await session.WithCountAsync(knowledgeBase, ct);
    }

    public async ValueTask<Unit> Handle(UnlinkKnowledge request, CancellationToken ct)
    {
        var role = (await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct)).RoleOf(caller.Id, caller.GroupIds);
        var knowledgeBase = await session.LoadAsync<KnowledgeBase>(request.KnowledgeBaseId, ct);
        if (knowledgeBase is null || !knowledgeBase.RoomIds.Contains(request.RoomId)) throw KnowledgeAccess.NotFound();
        if (!caller.IsAdmin && role is not >= RoomRole.Editor && !await session.MayManageAsync(knowledgeBase, caller, ct))
            throw ProblemException.Forbidden("Only the room's editors or the knowledge base's managers unlink it.");
        session.Patch<KnowledgeBase>(knowledgeBase.Id).Remove(k => k.RoomIds, request.RoomId);
        session.Patch<KnowledgeBase>(knowledgeBase.Id).Set(k => k.UpdatedAt, clock.GetUtcNow());
        events.Publish(session, request.RoomId, "knowledge.unlinked", new { KnowledgeBaseId = knowledgeBase.Id, UnlinkedBy = caller.Id });
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }

    public async ValueTask<IReadOnlyList<KnowledgeBaseResponse>> Handle(ListRoomKnowledge request, CancellationToken ct)
    {
        await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct);
        var linked = await session.Query<KnowledgeBase>()
            .Where(k => k.RoomIds.Contains(request.RoomId) && k.Visibility != KnowledgeVisibility.Private).OrderBy(k => k.Name).ToListAsync(ct);
        return await session.WithCountsAsync(linked, ct);
    }
}
