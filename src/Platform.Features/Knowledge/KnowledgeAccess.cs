using Marten;
using Platform.Features.Common;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Knowledge;

/// <summary>
/// Who may read and change a knowledge base. Its owner, the owners and admins of its organisation, and administrators
/// change it; its organisation's members read it, and so do the members of the rooms it is linked to (unless it is
/// private) and, for a public one, anyone signed in. Anyone else gets 404, so its existence is not leaked; a reader
/// who tries to change it gets 403.
/// </summary>
public static class KnowledgeAccess
{
    public static async Task<KnowledgeBase> RequireReadableAsync(this IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct) =>
        (await AccessAsync(session, id, caller, ct)).KnowledgeBase;

    public static async Task<KnowledgeBase> RequireManagedAsync(this IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct)
    {
        var (knowledgeBase, mayChange) = await AccessAsync(session, id, caller, ct);
        return mayChange ? knowledgeBase : throw ProblemException.Forbidden("Only the knowledge base's owner (or its organisation's owners and admins) can change it.");
    }

    /// <summary>Whether the caller may change it, when they can see it at all.</summary>
    public static async Task<bool> MayManageAsync(this IQuerySession session, KnowledgeBase knowledgeBase, CurrentUser caller, CancellationToken ct) =>
        knowledgeBase.OwnerId == caller.Id || caller.IsAdmin
        || (knowledgeBase.OrganizationId is { } organization && await session.RoleInAsync(organization, caller, ct) >= OrganizationRole.Admin);

    private static async Task<(KnowledgeBase KnowledgeBase, bool MayChange)> AccessAsync(IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct)
    {
        var knowledgeBase = await session.LoadAsync<KnowledgeBase>(id, ct) ?? throw NotFound();
        if (knowledgeBase.OwnerId == caller.Id || caller.IsAdmin) return (knowledgeBase, true);
        if (knowledgeBase.OrganizationId is { } organization && await session.RoleInAsync(organization, caller, ct) is { } role)
            return (knowledgeBase, role >= OrganizationRole.Admin);
        if (knowledgeBase.Visibility == KnowledgeVisibility.Public) return (knowledgeBase, false);
        if (knowledgeBase.Visibility == KnowledgeVisibility.Rooms && knowledgeBase.RoomIds.Count > 0
            && (await session.RoomsOfAsync(caller, knowledgeBase.RoomIds, ct)).Count > 0)
            return (knowledgeBase, false);
        throw NotFound();
    }

    /// <summary>A document of the knowledge base (any version), or 404.</summary>
    public static async Task<KnowledgeDocument> RequireDocumentAsync(this IQuerySession session, KnowledgeBase knowledgeBase, Guid documentId, CancellationToken ct)
    {
        var document = await session.LoadAsync<KnowledgeDocument>(documentId, ct);
        return document is not null && document.KnowledgeBaseId == knowledgeBase.Id ? document : throw DocumentNotFound();
    }

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The knowledge base was not found.");

    public static ProblemException DocumentNotFound() => new(StatusCodes.Status404NotFound, "Not found", "The document was not found in this knowledge base.");
}

/// <summary>The knowledge bases that belong to an organisation.</summary>
public sealed class KnowledgeOrganizationHoldings : IOrganizationHoldings
{
    public async Task<IReadOnlyList<Holding>> HeldByAsync(IQuerySession session, Guid organizationId, CancellationToken ct) =>
        [new("knowledge bases", await session.Query<KnowledgeBase>().CountAsync(k => k.OrganizationId == organizationId, ct))];
}
