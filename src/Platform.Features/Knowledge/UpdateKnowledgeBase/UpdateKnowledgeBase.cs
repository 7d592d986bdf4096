using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <param name="Language">Changing it indexes every document again (their stems change).</param>
/// <param name="Visibility">Making it private unlinks it from every room.</param>
/// <param name="Chunking">Changing it cuts every document again.</param>
public sealed record UpdateKnowledgeBaseRequest(
    string? Name = null, string? Description = null, string? Language = null, KnowledgeVisibility? Visibility = null, ChunkingSettings? Chunking = null);

public sealed record UpdateKnowledgeBase(Guid KnowledgeBaseId, UpdateKnowledgeBaseRequest Changes) : IRequest<KnowledgeBaseResponse>;

public sealed class UpdateKnowledgeBaseValidator : AbstractValidator<UpdateKnowledgeBase>
{
    public UpdateKnowledgeBaseValidator()
    {
        RuleFor(x => x.Changes).NotNull();
        RuleFor(x => x.Changes.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200).OverridePropertyName("name");
        RuleFor(x => x.Changes.Description).MaximumLength(2000).OverridePropertyName("description");
        RuleFor(x => x.Changes.Language).KnownLanguage().OverridePropertyName("language");
        RuleFor(x => x.Changes.Visibility).IsInEnum().OverridePropertyName("visibility");
        RuleFor(x => x.Changes.Chunking!).SetValidator(new KnowledgeRules.ChunkingValidator()).When(x => x.Changes.Chunking is not null).OverridePropertyName("chunking");
    }
}

/// <summary>Changes a knowledge base's settings (its managers); a new language or chunking indexes its documents again.</summary>
public sealed class UpdateKnowledgeBaseHandler(IDocumentSession session, KnowledgeIndexer indexer, IRoomEvents events, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<UpdateKnowledgeBase, KnowledgeBaseResponse>
{
    public async ValueTask<KnowledgeBaseResponse> Handle(UpdateKnowledgeBase request, CancellationToken ct)
    {
        // Applied to the knowledge base as stored, again if indexing bumped its version in between.
        var (knowledgeBase, queued) = await session.SaveChangedAsync(async () =>
        {
            var stored = await session.RequireManagedAsync(request.KnowledgeBaseId, caller, ct);
            var changes = request.Changes;
            var reindex = (changes.Language is { } language && language != stored.Language) || (changes.Chunking is { } chunking && chunking != stored.Chunking);
            stored.Name = changes.Name?.Trim() ?? stored.Name;
            stored.Description = changes.Description is null ? stored.Description : changes.Description.Trim() is { Length: > 0 } text ? text : null;
            stored.Language = changes.Language ?? stored.Language;
            stored.Chunking = changes.Chunking ?? stored.Chunking;
            if (changes.Visibility is { } visibility)
            {
                if (visibility == KnowledgeVisibility.Private)
                {
                    foreach (var room in stored.RoomIds) events.Publish(session, room, "knowledge.unlinked", new { KnowledgeBaseId = stored.Id, UnlinkedBy = caller.Id });
                    stored.RoomIds.Clear();
                }
                stored.Visibility = visibility;
            }
            var marked = reindex ? await indexer.MarkForReindexAsync(session, stored, ct) : [];
            stored.UpdatedAt = clock.GetUtcNow();
            session.Update(stored);
            return (stored, marked);
        }, ct);
        foreach (var id in queued) indexer.Enqueue(id);
        return await session.WithCountAsync(knowledgeBase, ct);
    }
}
