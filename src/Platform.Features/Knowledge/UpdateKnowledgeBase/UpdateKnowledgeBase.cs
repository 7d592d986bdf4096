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
        for (var attempt = 1; ; attempt++)
        {
            var knowledgeBase = await session.RequireManagedAsync(request.KnowledgeBaseId, caller, ct);
            var changes = request.Changes;
            var reindex = (changes.Language is { } language && language != knowledgeBase.Language) || (changes.Chunking is { } chunking && chunking != knowledgeBase.Chunking);
            knowledgeBase.Name = changes.Name?.Trim() ?? knowledgeBase.Name;
            knowledgeBase.Description = changes.Description is null ? knowledgeBase.Description : changes.Description.Trim() is { Length: > 0 } text ? text : null;
            knowledgeBase.Language = changes.Language ?? knowledgeBase.Language;
            knowledgeBase.Chunking = changes.Chunking ?? knowledgeBase.Chunking;
            if (changes.Visibility is { } visibility)
            {
                if (visibility == KnowledgeVisibility.Private)
                {
                    foreach (var room in knowledgeBase.RoomIds) events.Publish(session, room, "knowledge.unlinked", new { KnowledgeBaseId = knowledgeBase.Id, UnlinkedBy = caller.Id });
                    knowledgeBase.RoomIds.Clear();
                }
                knowledgeBase.Visibility = visibility;
            }
            var queued = reindex ? await indexer.MarkForReindexAsync(session, knowledgeBase, ct) : [];
            knowledgeBase.UpdatedAt = clock.GetUtcNow();
            session.Update(knowledgeBase);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (JasperFx.ConcurrencyException) when (attempt < 5)
            {
                session.EjectAllPendingChanges();
                continue;
            }
            foreach (var id in queued) indexer.Enqueue(id);
            return await session.WithCountAsync(knowledgeBase, ct);
        }
    }
}
