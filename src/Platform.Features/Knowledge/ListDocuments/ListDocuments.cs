using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <param name="AllVersions">Earlier versions too, not only the latest of each document.</param>
public sealed record ListDocuments(Guid KnowledgeBaseId, bool AllVersions, int Offset, int Limit) : IRequest<Page<DocumentResponse>>, IPagedRequest;

/// <summary>A knowledge base's documents, newest first.</summary>
public sealed class ListDocumentsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListDocuments, Page<DocumentResponse>>
{
    public async ValueTask<Page<DocumentResponse>> Handle(ListDocuments request, CancellationToken ct)
    {
        var knowledgeBase = await session.RequireReadableAsync(request.KnowledgeBaseId, caller, ct);
        return await PageAsync(session, knowledgeBase.Id, request.AllVersions, request.Offset, request.Limit, ct);
    }

    public static async Task<Page<DocumentResponse>> PageAsync(IQuerySession session, Guid knowledgeBaseId, bool allVersions, int offset, int limit, CancellationToken ct)
    {
        var query = session.Query<KnowledgeDocument>().Stats(out QueryStatistics stats).Where(d => d.KnowledgeBaseId == knowledgeBaseId);
        if (!allVersions) query = query.Where(d => d.SupersededBy == null);
        var documents = await query.OrderByDescending(d => d.CreatedAt).Skip(offset).Take(limit).ToListAsync(ct);
        return new(documents.Select(DocumentResponse.From).ToList(), stats.TotalResults);
    }
}
