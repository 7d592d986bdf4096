using System.Threading.Channels;
using Marten;
using JasperFx;
using Marten.Exceptions;
using Marten.Patching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <summary>
/// Indexes documents in the background, one at a time: text with its structure, chunks within the knowledge base's
/// budget, an embedding per chunk, then the chunks, the document's new status and the supersession of its earlier
/// version in one transaction. A document saved as processing carries a <see cref="WorkLease"/>; a sweep takes up
/// those whose instance stopped (indexing again is harmless: a document's chunks are replaced, never added to).
/// </summary>
public sealed class KnowledgeIndexer(
    IDocumentStore store, KnowledgeFiles files, KnowledgeChunks chunks, KnowledgeEmbeddings embeddings, WorkLeases leases, IRoomEvents events,
    TimeProvider clock, ILogger<KnowledgeIndexer> logger) : BackgroundService
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The lease to save with a document that is to be indexed; <see cref="Enqueue"/> it once saved.</summary>
    public WorkLease Take(Guid documentId) => leases.Take(documentId);

    public void Enqueue(Guid documentId) => _queue.Writer.TryWrite(documentId);

    /// <summary>
    /// Marks every latest document of the knowledge base for indexing again (with its current chunking, language and
    /// embedding model); enqueue the returned ids once the session is saved. Meanwhile search answers from the old chunks.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> MarkForReindexAsync(IDocumentSession session, KnowledgeBase knowledgeBase, CancellationToken ct)
    {
        var documents = await session.Query<KnowledgeDocument>()
            .Where(d => d.KnowledgeBaseId == knowledgeBase.Id && d.SupersededBy == null && d.Status != DocumentStatus.Processing)
            .OrderBy(d => d.Version).ToListAsync(ct);
        foreach (var document in documents)
        {
            (document.Status, document.Error) = (DocumentStatus.Processing, null);
            session.Update(document);
            session.Store(Take(document.Id));
        }
        knowledgeBase.EmbeddingModel = embeddings.ModelName;
        return documents.Select(d => d.Id).ToList();
    }

    /// <summary>A document taken but not saved after all.</summary>
    public void Release(Guid documentId) => leases.Release(documentId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sweep = PeriodicWork.RunAsync(SweepEvery, clock, logger, "Could not look for interrupted indexing", ResumeLostAsync, stoppingToken);
        try
        {
            await foreach (var documentId in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await IndexAsync(documentId, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not index document {DocumentId}", documentId);
                }
                finally
                {
                    leases.Release(documentId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await sweep;
    }

    private async Task IndexAsync(Guid documentId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var document = await session.LoadAsync<KnowledgeDocument>(documentId, ct);
        if (document is not { Status: DocumentStatus.Processing }) return;
        var knowledgeBase = await session.LoadAsync<KnowledgeBase>(document.KnowledgeBaseId, ct);
        if (knowledgeBase is null) return;
        var later = await session.Query<KnowledgeDocument>().Where(d => d.KnowledgeBaseId == document.KnowledgeBaseId && d.Name == document.Name
            && d.Version > document.Version && d.Status == DocumentStatus.Ready && d.SupersededBy == null).Select(d => d.Id).FirstOrDefaultAsync(ct);
        if (later != Guid.Empty)
        {
            // A later version was indexed first (on another instance): this one is history already.
            (document.Status, document.SupersededBy, document.IndexedAt) = (DocumentStatus.Ready, later, clock.GetUtcNow());
            session.Update(document);
            session.Delete<WorkLease>(document.Id);
            await session.SaveChangesAsync(ct);
            return;
        }
        ExtractedText? text = null;
        IReadOnlyList<Chunk> pieces = [];
        float[][] vectors = [];
        try
        {
            text = await Task.Run(() => DocumentText.Extract(files.Original(document), document.Format, ct), ct);
            pieces = new Chunker(knowledgeBase.Chunking).Split(text, ct);
            vectors = await embeddings.EmbedAsync(pieces.Select(Embeddable).ToList(), ct);
            File.Delete(files.Text(document));
            await using var writer = new StreamWriter(DataFolder.CreatePrivateFile(files.Text(document)));
            await writer.WriteAsync(text.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            (document.Status, document.Error) = (DocumentStatus.Failed, e is UnreadableDocumentException ? e.Message : $"The document could not be indexed: {e.Message}");
        }
        if (document.Status == DocumentStatus.Processing)
        {
            chunks.Replace(session, document, knowledgeBase.Language, pieces, vectors);
            (document.Status, document.Error, document.ChunkCount, document.PageCount) = (DocumentStatus.Ready, null, pieces.Count, text!.PageCount);
            var earlier = await session.Query<KnowledgeDocument>()
                .Where(d => d.KnowledgeBaseId == document.KnowledgeBaseId && d.Name == document.Name && d.Version < document.Version && d.SupersededBy == null)
                .ToListAsync(ct);
            foreach (var version in earlier)
            {
                version.SupersededBy = document.Id;
                chunks.DeleteDocument(session, version.Id);
                session.Update(version);
            }
            session.Patch<KnowledgeBase>(knowledgeBase.Id).Increment(k => k.IndexVersion);
            if (knowledgeBase.EmbeddingModel is null) session.Patch<KnowledgeBase>(knowledgeBase.Id).Set(k => k.EmbeddingModel, embeddings.ModelName);
        }
        document.IndexedAt = clock.GetUtcNow();
        session.Update(document);
        session.Delete<WorkLease>(document.Id);
        if (knowledgeBase.Visibility != KnowledgeVisibility.Private)
            foreach (var room in knowledgeBase.RoomIds)
                events.Publish(session, room, document.Status == DocumentStatus.Ready ? "knowledge.document.ready" : "knowledge.document.failed", DocumentOutcome.Of(document));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is NonExistentDocumentException or ConcurrencyException or DocumentAlreadyExistsException)
        {
            // Deleted while it was being indexed: nothing of it was written.
        }
    }

    /// <summary>What a chunk's embedding is made from: its headings say what it is about when its text does not.</summary>
    public static string Embeddable(Chunk chunk) => chunk.HeadingPath.Length == 0 ? chunk.Text : $"{chunk.HeadingPath}\n{chunk.Text}";

    private async Task ResumeLostAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var lost = (await leases.LostAsync<KnowledgeDocument>(session, d => d.Status == DocumentStatus.Processing, d => d.Id, ct)).Select(d => d.Id).ToList();
        if (lost.Count == 0) return;
        foreach (var id in lost) session.Store(Take(id));
        await session.SaveChangesAsync(ct);
        foreach (var id in lost) Enqueue(id);
        logger.LogInformation("Took up the indexing of {Count} documents whose instance stopped", lost.Count);
    }
}
