using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed record ListPublicKnowledge(string? Search, int Offset, int Limit) : IRequest<Page<PublicKnowledgeBase>>, IPagedRequest;

/// <summary>What the marketplace shows of a public knowledge base: no owner, no rooms.</summary>
public sealed record PublicKnowledgeBase(Guid Id, string Name, string? Description, string Language, int DocumentCount, DateTimeOffset UpdatedAt);

/// <summary>The public knowledge bases, for anyone: signed-in people may search them.</summary>
public sealed class ListPublicKnowledgeHandler(IQuerySession session) : IRequestHandler<ListPublicKnowledge, Page<PublicKnowledgeBase>>
{
    public async ValueTask<Page<PublicKnowledgeBase>> Handle(ListPublicKnowledge request, CancellationToken ct)
    {
        var query = session.Query<KnowledgeBase>().Stats(out QueryStatistics stats).Where(k => k.Visibility == KnowledgeVisibility.Public);
        if (request.Search?.Trim() is { Length: > 0 } search) query = query.Where(k => k.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        var page = await query.OrderByDescending(k => k.UpdatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        var counted = await session.WithCountsAsync(page, ct);
        return new(counted.Select(k => new PublicKnowledgeBase(k.Id, k.Name, k.Description, k.Language, k.DocumentCount, k.UpdatedAt)).ToList(), stats.TotalResults);
    }
}
