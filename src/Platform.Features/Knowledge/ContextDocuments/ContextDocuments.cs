using System.Security.Cryptography;
using FluentValidation;
using Marten;
using JasperFx;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <summary>
/// Seed 001's context documents: each person's own knowledge base ("My documents"), made on their first upload, so
/// <c>/api/documents</c> and <c>/api/docs/search</c> are the knowledge routes over it.
/// </summary>
public static class PersonalDocuments
{
    /// <summary>The same id for the same person, so two first uploads at once make one knowledge base.</summary>
    public static Guid IdFor(Guid userId) => new(SHA256.HashData([.. userId.ToByteArray(), .. "documents"u8])[..16]);

    public static async Task<KnowledgeBase?> FindAsync(IQuerySession session, CurrentUser caller, CancellationToken ct) =>
        await session.LoadAsync<KnowledgeBase>(IdFor(caller.Id), ct);

    public static async Task<KnowledgeBase> FindOrCreateAsync(IDocumentStore store, IQuerySession session, CurrentUser caller, TimeProvider clock, CancellationToken ct)
    {
        if (await FindAsync(session, caller, ct) is { } existing) return existing;
        var now = clock.GetUtcNow();
        var created = new KnowledgeBase
        {
            Id = IdFor(caller.Id), OwnerId = caller.Id, Name = "My documents", Language = "english", Visibility = KnowledgeVisibility.Private,
            IsPersonalDocuments = true, CreatedAt = now, UpdatedAt = now,
        };
        await using var own = store.LightweightSession();
        own.Insert(created);
        try
        {
            await own.SaveChangesAsync(ct);
            return created;
        }
        catch (DocumentAlreadyExistsException)
        {
            return (await session.LoadAsync<KnowledgeBase>(created.Id, ct))!;
        }
    }

    public static async Task<KnowledgeDocument> RequireDocumentAsync(IQuerySession session, CurrentUser caller, Guid documentId, CancellationToken ct) =>
        await FindAsync(session, caller, ct) is { } mine ? await session.RequireDocumentAsync(mine, documentId, ct) : throw KnowledgeAccess.DocumentNotFound();
}

public sealed record UploadContextDocument(UploadedPart File, Dictionary<string, string> Metadata) : IRequest<IReadOnlyList<Intake>>;

public sealed record ListContextDocuments(int Offset, int Limit) : IRequest<Page<DocumentResponse>>, IPagedRequest;

public sealed record DownloadContextDocument(Guid DocumentId) : IRequest<DocumentDownload>;

public sealed record DeleteContextDocument(Guid DocumentId) : IRequest;

public sealed record SearchContextDocuments(string Query, int TopK) : IRequest<KnowledgeSearchResult>;

public sealed class SearchContextDocumentsValidator : AbstractValidator<SearchContextDocuments>
{
    public SearchContextDocumentsValidator()
    {
        RuleFor(x => x.Query).NotEmpty().Must(q => q is null || q.Trim().Length > 0).WithMessage("'q' must not be blank.").MaximumLength(1000).OverridePropertyName("q");
        RuleFor(x => x.TopK).InclusiveBetween(1, 50);
    }
}

public sealed class ContextDocumentsHandler(
    IDocumentStore store, IDocumentSession session, DocumentIntake intake, KnowledgeRemoval removal, KnowledgeSearch search, KnowledgeFiles files,
    CurrentUser caller, TimeProvider clock)
    : IRequestHandler<UploadContextDocument, IReadOnlyList<Intake>>, IRequestHandler<ListContextDocuments, Page<DocumentResponse>>,
        IRequestHandler<DownloadContextDocument, DocumentDownload>, IRequestHandler<DeleteContextDocument>, IRequestHandler<SearchContextDocuments, KnowledgeSearchResult>
{
    public async ValueTask<IReadOnlyList<Intake>> Handle(UploadContextDocument request, CancellationToken ct) =>
        await intake.AddAsync(await PersonalDocuments.FindOrCreateAsync(store, session, caller, clock, ct), [request.File], request.Metadata, ct);

    public async ValueTask<Page<DocumentResponse>> Handle(ListContextDocuments request, CancellationToken ct) =>
        await PersonalDocuments.FindAsync(session, caller, ct) is { } mine
            ? await ListDocumentsHandler.PageAsync(session, mine.Id, false, request.Offset, request.Limit, ct)
            : new Page<DocumentResponse>([], 0);

    public async ValueTask<DocumentDownload> Handle(DownloadContextDocument request, CancellationToken ct) =>
        DownloadDocumentHandler.Open(files, await PersonalDocuments.RequireDocumentAsync(session, caller, request.DocumentId, ct));

    public async ValueTask<Unit> Handle(DeleteContextDocument request, CancellationToken ct)
    {
        var deleteFiles = await removal.DeleteDocumentAsync(session, await PersonalDocuments.RequireDocumentAsync(session, caller, request.DocumentId, ct), ct);
        await session.SaveChangesAsync(ct);
        deleteFiles();
        return Unit.Value;
    }

    public async ValueTask<KnowledgeSearchResult> Handle(SearchContextDocuments request, CancellationToken ct) =>
        await PersonalDocuments.FindAsync(session, caller, ct) is { } mine
            ? await search.SearchAsync(session, mine, request.Query.Trim(), request.TopK, SearchMode.Hybrid, null, ct)
            : new KnowledgeSearchResult(request.Query.Trim(), SearchMode.Hybrid, true, []);
}
