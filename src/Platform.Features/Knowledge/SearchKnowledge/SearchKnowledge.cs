using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <param name="TopK">Hits to return: 5 by default, at most 50.</param>
/// <param name="DocumentIds">Only these documents.</param>
/// <param name="Metadata">Only documents whose metadata has each of these values.</param>
public sealed record SearchKnowledgeRequest(string Query, int? TopK = null, SearchMode? Mode = null, IReadOnlyList<Guid>? DocumentIds = null,
    Dictionary<string, string>? Metadata = null);

public sealed record SearchKnowledge(Guid KnowledgeBaseId, SearchKnowledgeRequest Search) : IRequest<KnowledgeSearchResult>;

public sealed class SearchKnowledgeValidator : AbstractValidator<SearchKnowledge>
{
    public SearchKnowledgeValidator()
    {
        RuleFor(x => x.Search).NotNull();
        RuleFor(x => x.Search.Query).NotEmpty().Must(q => q is null || q.Trim().Length > 0).WithMessage("'Query' must not be blank.").MaximumLength(1000)
            .OverridePropertyName("query");
        RuleFor(x => x.Search.TopK).InclusiveBetween(1, 50).OverridePropertyName("topK");
        RuleFor(x => x.Search.Mode).IsInEnum().OverridePropertyName("mode");
        RuleFor(x => x.Search.DocumentIds).Must(d => d is null || d.Count <= 1000).WithMessage("At most 1000 document ids.").OverridePropertyName("documentIds");
        RuleFor(x => x.Search.Metadata).Must(m => m is null || m.Count <= 20).WithMessage("At most 20 metadata filters.").OverridePropertyName("metadata");
    }
}

/// <summary>Searches a knowledge base its reader can see.</summary>
public sealed class SearchKnowledgeHandler(IQuerySession session, KnowledgeSearch search, CurrentUser caller) : IRequestHandler<SearchKnowledge, KnowledgeSearchResult>
{
    public async ValueTask<KnowledgeSearchResult> Handle(SearchKnowledge request, CancellationToken ct)
    {
        var knowledgeBase = await session.RequireReadableAsync(request.KnowledgeBaseId, caller, ct);
        return await SearchAsync(session, search, knowledgeBase, request.Search, ct);
    }

    public static async Task<KnowledgeSearchResult> SearchAsync(IQuerySession session, KnowledgeSearch search, KnowledgeBase knowledgeBase, SearchKnowledgeRequest request, CancellationToken ct)
    {
        IReadOnlyCollection<Guid>? documents = request.DocumentIds?.ToHashSet();
        if (request.Metadata is { Count: > 0 } metadata)
        {
            var candidates = await session.Query<KnowledgeDocument>().Where(d => d.KnowledgeBaseId == knowledgeBase.Id && d.SupersededBy == null).ToListAsync(ct);
            var matching = candidates.Where(d => metadata.All(m => d.Metadata.TryGetValue(m.Key, out var value) && value == m.Value)).Select(d => d.Id);
            documents = documents is null ? matching.ToHashSet() : matching.Where(documents.Contains).ToHashSet();
        }
        return await search.SearchAsync(session, knowledgeBase, request.Query.Trim(), request.TopK ?? 5, request.Mode ?? SearchMode.Hybrid, documents, ct);
    }
}
