using System.Numerics.Tensors;
using System.Text.Json.Serialization;
using Marten;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

[JsonConverter(typeof(JsonStringEnumConverter<SearchMode>))]
public enum SearchMode
{
    [JsonStringEnumMemberName("hybrid")] Hybrid,
    [JsonStringEnumMemberName("keyword")] Keyword,
    [JsonStringEnumMemberName("semantic")] Semantic,
}

/// <summary>One retriever's own opinion of a hit: its score and the hit's rank (1 = best) in its list.</summary>
public sealed record RetrieverScore(double Score, int Rank);

/// <param name="Start">Where the passage starts in the document's extracted text (characters).</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Page">The PDF page it starts on.</param>
/// <param name="Score">The fused score (reciprocal rank fusion) in hybrid mode, else the one retriever's score.</param>
/// <param name="Keyword">BM25 over the chunk's lexemes, when the keyword retriever found it.</param>
/// <param name="Semantic">Cosine similarity of the embeddings, when the semantic retriever found it.</param>
public sealed record KnowledgeHit(
    Guid ChunkId, Guid KnowledgeBaseId, Guid DocumentId, string DocumentName, int? Page, int Start, int End, string HeadingPath, string Text, double Score,
    RetrieverScore? Keyword, RetrieverScore? Semantic);

/// <param name="SemanticAvailable">False when the knowledge base's chunks were embedded by another model than the one now configured: reindex it.</param>
public sealed record KnowledgeSearchResult(string Query, SearchMode Mode, bool SemanticAvailable, IReadOnlyList<KnowledgeHit> Hits);

/// <summary>
/// Hybrid retrieval: BM25 computed by PostgreSQL over each chunk's <c>tsvector</c> (candidates from the GIN index, any
/// query term matching), and cosine similarity over the chunks' embeddings held in memory per knowledge base (reloaded
/// when its index version moves), fused by reciprocal rank. Quoted phrases and <c>-exclusions</c> (web search syntax)
/// restrict the keyword retriever as <c>websearch_to_tsquery</c> reads them.
/// </summary>
public sealed class KnowledgeSearch(KnowledgeChunks chunks, KnowledgeEmbeddings embeddings, KnowledgeVectors vectors)
{
    /// <summary>Reciprocal rank fusion's constant: 60, as in Cormack et al., damps the top ranks' dominance.</summary>
    private const int FusionK = 60;
    private const double K1 = 1.2;
    private const double B = 0.75;

    public async Task<KnowledgeSearchResult> SearchAsync(
        IQuerySession session, KnowledgeBase knowledgeBase, string query, int topK, SearchMode mode, IReadOnlyCollection<Guid>? documentIds, CancellationToken ct)
    {
        var semanticAvailable = knowledgeBase.EmbeddingModel is null || knowledgeBase.EmbeddingModel == embeddings.ModelName;
        if (mode == SearchMode.Semantic && !semanticAvailable)
            throw ProblemException.Conflict($"This knowledge base was embedded with {knowledgeBase.EmbeddingModel}, not {embeddings.ModelName}: reindex it for semantic search.");
        var depth = Math.Max(50, topK * 4);
        // The two retrievers share nothing: they run at once.
        var keywordSearch = mode == SearchMode.Semantic ? Task.FromResult<IReadOnlyList<Scored>>([]) : KeywordAsync(knowledgeBase, query, depth, documentIds, ct);
        var semanticSearch = mode == SearchMode.Keyword || !semanticAvailable
            ? Task.FromResult<IReadOnlyList<Scored>>([])
            : SemanticAsync(knowledgeBase, query, depth, documentIds, ct);
        var (keyword, semantic) = (await keywordSearch, await semanticSearch);

        var keywordRanks = keyword.Select((hit, i) => (hit.Id, Score: new RetrieverScore(hit.Score, i + 1))).ToDictionary(h => h.Id, h => h.Score);
        var semanticRanks = semantic.Select((hit, i) => (hit.Id, Score: new RetrieverScore(hit.Score, i + 1))).ToDictionary(h => h.Id, h => h.Score);
        var fused = keywordRanks.Keys.Union(semanticRanks.Keys)
            .Select(id =>
            {
                var k = keywordRanks.GetValueOrDefault(id);
                var s = semanticRanks.GetValueOrDefault(id);
                var score = mode switch
                {
                    SearchMode.Keyword => k!.Score,
                    SearchMode.Semantic => s!.Score,
                    _ => (k is null ? 0 : 1.0 / (FusionK + k.Rank)) + (s is null ? 0 : 1.0 / (FusionK + s.Rank)),
                };
                return (Id: id, Score: score, Keyword: k, Semantic: s);
            })
            .OrderByDescending(h => h.Score).ThenBy(h => h.Id).Take(topK).ToList();

        var details = await DetailsAsync(fused.Select(h => h.Id).ToArray(), ct);
        var names = (await session.LoadManyAsync<KnowledgeDocument>(ct, details.Values.Select(d => d.DocumentId).Distinct())).ToDictionary(d => d.Id, d => d.Name);
        var hits = fused.Where(h => details.ContainsKey(h.Id)).Select(h =>
        {
            var d = details[h.Id];
            return new KnowledgeHit(h.Id, knowledgeBase.Id, d.DocumentId, names.GetValueOrDefault(d.DocumentId, ""), d.Page, d.Start, d.End, d.HeadingPath, d.Text,
                Math.Round(h.Score, 6), h.Keyword, h.Semantic);
        }).ToList();
        return new KnowledgeSearchResult(query, mode, semanticAvailable, hits);
    }

    private sealed record Scored(Guid Id, double Score);

    private sealed record ChunkDetails(Guid DocumentId, int? Page, int Start, int End, string HeadingPath, string Text);

    private static bool UsesWebSearchSyntax(string query) =>
        query.Contains('"') || query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 1 && w[0] == '-')
        || query.Contains(" or ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// BM25 (k1 1.2, b 0.75) with document frequencies and the average length taken over the whole knowledge base at
    /// query time, so the scores are right the moment a document is indexed.
    /// </summary>
    private async Task<IReadOnlyList<Scored>> KeywordAsync(KnowledgeBase knowledgeBase, string query, int depth, IReadOnlyCollection<Guid>? documentIds, CancellationToken ct)
    {
        var strict = UsesWebSearchSyntax(query);
        await using var connection = await chunks.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            with terms as (
                select distinct lexeme from unnest(tsvector_to_array(to_tsvector(@language::regconfig, @query))) lexeme),
            any_term as (
                select string_agg(quote_literal(lexeme), ' | ')::tsquery as q from terms),
            stats as (
                select count(*)::float8 as n, greatest(avg(lexemes), 1)::float8 as average_length from {chunks.Name} where knowledge_base_id = @kb),
            matched as (
                select c.id, c.document_id, c.lexemes, l.lexeme, coalesce(array_length(l.positions, 1), 1)::float8 as tf,
                       {(strict ? "c.tsv @@ websearch_to_tsquery(@language::regconfig, @query)" : "true")} as allowed
                from {chunks.Name} c cross join lateral unnest(c.tsv) l
                where c.knowledge_base_id = @kb and c.tsv @@ (select q from any_term) and l.lexeme in (select lexeme from terms)),
            frequency as (
                select lexeme, count(*)::float8 as df from matched group by lexeme)
            select m.id, sum(ln(1 + (s.n - f.df + 0.5) / (f.df + 0.5)) * m.tf * (@k1 + 1) / (m.tf + @k1 * (1 - @b + @b * m.lexemes / s.average_length))) as score
            from matched m join frequency f using (lexeme) cross join stats s
            where m.allowed {(documentIds is null ? "" : "and m.document_id = any(@documents)")}
            group by m.id
            order by score desc, m.id
            limit @depth
            """, connection);
        command.Parameters.AddWithValue("language", knowledgeBase.Language);
        command.Parameters.AddWithValue("query", query);
        command.Parameters.AddWithValue("kb", knowledgeBase.Id);
        command.Parameters.AddWithValue("k1", K1);
        command.Parameters.AddWithValue("b", B);
        command.Parameters.AddWithValue("depth", depth);
        if (documentIds is not null) command.Parameters.AddWithValue("documents", documentIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        var hits = new List<Scored>();
        while (await reader.ReadAsync(ct)) hits.Add(new Scored(reader.GetGuid(0), Math.Round(reader.GetDouble(1), 6)));
        return hits;
    }

    private async Task<IReadOnlyList<Scored>> SemanticAsync(KnowledgeBase knowledgeBase, string query, int depth, IReadOnlyCollection<Guid>? documentIds, CancellationToken ct)
    {
        var index = await vectors.ForAsync(knowledgeBase, ct);
        if (index.Count == 0) return [];
        var q = (await embeddings.EmbedAsync([query], ct))[0];
        var wanted = documentIds is null ? null : new HashSet<Guid>(documentIds);
        var best = new PriorityQueue<int, float>();
        for (var i = 0; i < index.Count; i++)
        {
            if (wanted is not null && !wanted.Contains(index.DocumentIds[i])) continue;
            var vector = index.Vector(i);
            if (vector.Length != q.Length) continue;
            var score = TensorPrimitives.Dot(vector, q);
            if (best.Count < depth) best.Enqueue(i, score);
            else if (best.TryPeek(out _, out var lowest) && score > lowest) best.EnqueueDequeue(i, score);
        }
        var hits = new List<Scored>(best.Count);
        while (best.TryDequeue(out var i, out var score)) hits.Add(new Scored(index.ChunkIds[i], Math.Round(score, 6)));
        hits.Reverse();
        return hits;
    }

    private async Task<Dictionary<Guid, ChunkDetails>> DetailsAsync(Guid[] ids, CancellationToken ct)
    {
        if (ids.Length == 0) return [];
        await using var connection = await chunks.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select id, document_id, page, start_offset, end_offset, heading_path, text from {chunks.Name} where id = any(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var details = new Dictionary<Guid, ChunkDetails>();
        while (await reader.ReadAsync(ct))
            details[reader.GetGuid(0)] = new ChunkDetails(reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetString(5), reader.GetString(6));
        return details;
    }
}

/// <summary>A knowledge base's chunk embeddings in one array, as of one index version.</summary>
public sealed class VectorIndex(long version, Guid[] chunkIds, Guid[] documentIds, float[][] vectors)
{
    public long Version { get; } = version;
    public Guid[] ChunkIds { get; } = chunkIds;
    public Guid[] DocumentIds { get; } = documentIds;
    public int Count => ChunkIds.Length;

    public ReadOnlySpan<float> Vector(int i) => vectors[i];

    public long Bytes => vectors.Sum(v => (long)v.Length * sizeof(float)) + Count * 32L;
}

/// <summary>
/// Embeddings held in memory per knowledge base (a brute-force scan of 10,000 × 384 floats takes about a millisecond),
/// loaded from the chunk table on first search and again whenever the knowledge base's index version has moved — which
/// every instance sees, since the version lives on the knowledge base. The least recently used are dropped past
/// <c>Platform:Knowledge:VectorCacheMegabytes</c>.
/// </summary>
public sealed class KnowledgeVectors(KnowledgeChunks chunks, Microsoft.Extensions.Options.IOptions<KnowledgeOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.VectorCacheMegabytes * 1024L * 1024L });

    public async Task<VectorIndex> ForAsync(KnowledgeBase knowledgeBase, CancellationToken ct)
    {
        if (_cache.TryGetValue(knowledgeBase.Id, out VectorIndex? cached) && cached!.Version == knowledgeBase.IndexVersion) return cached;
        var index = await LoadAsync(knowledgeBase, ct);
        _cache.Set(knowledgeBase.Id, index, new MemoryCacheEntryOptions { Size = Math.Max(1, index.Bytes) });
        return index;
    }

    private async Task<VectorIndex> LoadAsync(KnowledgeBase knowledgeBase, CancellationToken ct)
    {
        await using var connection = await chunks.OpenAsync(ct);
        // The version is read with the vectors: a version moving meanwhile only makes the next search reload.
        await using var command = new NpgsqlCommand(
            $"select id, document_id, embedding from {chunks.Name} where knowledge_base_id = @kb and embedding is not null order by id", connection);
        command.Parameters.AddWithValue("kb", knowledgeBase.Id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var (ids, documents, vectors) = (new List<Guid>(), new List<Guid>(), new List<float[]>());
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
            documents.Add(reader.GetGuid(1));
            vectors.Add(KnowledgeChunks.ToVector(reader.GetFieldValue<byte[]>(2)));
        }
        return new VectorIndex(knowledgeBase.IndexVersion, [.. ids], [.. documents], [.. vectors]);
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>Settings under <c>Platform:Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Per document; larger uploads get 413 before they are read.</summary>
    public long MaxDocumentBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Files in one upload request.</summary>
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>Memory for cached embeddings across knowledge bases (a 10,000-chunk MiniLM base takes about 16 MB).</summary>
    public int VectorCacheMegabytes { get; set; } = 256;
}
