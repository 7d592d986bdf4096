using System.Numerics.Tensors;
using System.Text.Json.Serialization;
using Marten;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;
using NpgsqlTypes;
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
/// Hybrid retrieval: BM25 over the lexemes of each chunk's <c>tsvector</c> (PostgreSQL stems the chunks and the query
/// alike, in the knowledge base's language), and cosine similarity over the chunks' embeddings, both from an index
/// held in memory per knowledge base (reloaded when its index version moves), fused by reciprocal rank. Quoted
/// phrases and <c>-exclusions</c> (web search syntax) restrict the keyword retriever as <c>websearch_to_tsquery</c>
/// reads them, through the GIN index.
/// </summary>
public sealed class KnowledgeSearch(KnowledgeChunks chunks, KnowledgeEmbeddings embeddings, KnowledgeIndexes indexes)
{
    /// <summary>Reciprocal rank fusion's constant: 60, as in Cormack et al., damps the top ranks' dominance.</summary>
    private const int FusionK = 60;

    public async Task<KnowledgeSearchResult> SearchAsync(
        IQuerySession session, KnowledgeBase knowledgeBase, string query, int topK, SearchMode mode, IReadOnlyCollection<Guid>? documentIds, CancellationToken ct)
    {
        var semanticAvailable = knowledgeBase.EmbeddingModel is null || knowledgeBase.EmbeddingModel == embeddings.ModelName;
        if (mode == SearchMode.Semantic && !semanticAvailable)
            throw ProblemException.Conflict($"This knowledge base was embedded with {knowledgeBase.EmbeddingModel}, not {embeddings.ModelName}: reindex it for semantic search.");
        var depth = Math.Max(50, topK * 4);
        // The two retrievers share nothing: they run at once.
        var index = indexes.ForAsync(knowledgeBase, ct);
        var keywordSearch = mode == SearchMode.Semantic ? Task.FromResult<IReadOnlyList<Scored>>([]) : KeywordAsync(knowledgeBase, index, query, depth, documentIds, ct);
        var semanticSearch = mode == SearchMode.Keyword || !semanticAvailable
            ? Task.FromResult<IReadOnlyList<Scored>>([])
            : SemanticAsync(index, query, depth, documentIds, ct);
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
    /// BM25 (k1 1.2, b 0.75) over the knowledge base's postings: the query's lexemes come from PostgreSQL's
    /// <c>to_tsvector</c> in the knowledge base's language, so they match the chunks' stems.
    /// </summary>
    private async Task<IReadOnlyList<Scored>> KeywordAsync(
        KnowledgeBase knowledgeBase, Task<ChunkIndex> index, string query, int depth, IReadOnlyCollection<Guid>? documentIds, CancellationToken ct)
    {
        var strict = UsesWebSearchSyntax(query);
        await using var connection = await chunks.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            select tsvector_to_array(to_tsvector(@language::regconfig, @query)),
                   {(strict ? $"array(select id from {chunks.Name} where knowledge_base_id = @kb and tsv @@ websearch_to_tsquery(@language::regconfig, @query))" : "null::uuid[]")}
            """, connection);
        command.Parameters.AddWithValue("language", knowledgeBase.Language);
        command.Parameters.AddWithValue("query", query);
        command.Parameters.AddWithValue("kb", knowledgeBase.Id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var lexemes = reader.GetFieldValue<string[]>(0);
        var allowed = reader.IsDBNull(1) ? null : reader.GetFieldValue<Guid[]>(1).ToHashSet();
        return (await index).Bm25(lexemes, depth, documentIds is null ? null : new HashSet<Guid>(documentIds), allowed)
            .Select(h => new Scored(h.ChunkId, Math.Round(h.Score, 6))).ToList();
    }

    private async Task<IReadOnlyList<Scored>> SemanticAsync(Task<ChunkIndex> loading, string query, int depth, IReadOnlyCollection<Guid>? documentIds, CancellationToken ct)
    {
        var q = (await embeddings.EmbedAsync([query], ct))[0];
        var index = await loading;
        if (index.Count == 0) return [];
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

/// <summary>
/// A knowledge base's chunks as of one index version, for searching in memory: their embeddings, and their postings
/// (for each lexeme, the chunks holding it and how often) with each chunk's length in lexemes.
/// </summary>
public sealed class ChunkIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly float[][] _vectors;
    private readonly int[] _lengths;
    private readonly double _averageLength;
    private readonly Dictionary<string, (int[] Chunks, int[] Frequencies)> _postings;

    public ChunkIndex(long version, Guid[] chunkIds, Guid[] documentIds, float[][] vectors, int[] lengths, Dictionary<string, (int[] Chunks, int[] Frequencies)> postings)
    {
        (Version, ChunkIds, DocumentIds, _vectors, _lengths, _postings) = (version, chunkIds, documentIds, vectors, lengths, postings);
        _averageLength = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
    }

    public long Version { get; }
    public Guid[] ChunkIds { get; }
    public Guid[] DocumentIds { get; }
    public int Count => ChunkIds.Length;

    public ReadOnlySpan<float> Vector(int i) => _vectors[i];

    public long Bytes => _vectors.Sum(v => (long)v.Length * sizeof(float)) + Count * 40L + _postings.Sum(p => 48L + p.Key.Length * 2 + p.Value.Chunks.Length * 8L);

    /// <summary>BM25 of every chunk holding a query lexeme, best first; <paramref name="allowed"/> further limits the chunks when given.</summary>
    public IEnumerable<(Guid ChunkId, double Score)> Bm25(IEnumerable<string> lexemes, int depth, IReadOnlySet<Guid>? documents, IReadOnlySet<Guid>? allowed)
    {
        var scores = new Dictionary<int, double>();
        foreach (var lexeme in lexemes.Distinct())
        {
            if (!_postings.TryGetValue(lexeme, out var posting)) continue;
            var df = posting.Chunks.Length;
            var idf = Math.Log(1 + (Count - df + 0.5) / (df + 0.5));
            for (var i = 0; i < posting.Chunks.Length; i++)
            {
                var chunk = posting.Chunks[i];
                double tf = posting.Frequencies[i];
                scores[chunk] = scores.GetValueOrDefault(chunk) + idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * _lengths[chunk] / _averageLength));
            }
        }
        return scores
            .Where(s => (documents is null || documents.Contains(DocumentIds[s.Key])) && (allowed is null || allowed.Contains(ChunkIds[s.Key])))
            .OrderByDescending(s => s.Value).ThenBy(s => ChunkIds[s.Key]).Take(depth)
            .Select(s => (ChunkIds[s.Key], s.Value));
    }
}

/// <summary>
/// The chunk indexes held in memory per knowledge base (a brute-force scan of 10,000 × 384 floats takes about a
/// millisecond, BM25 over the postings of a few lexemes less), loaded from the chunk table on first search and again
/// whenever the knowledge base's index version has moved — which every instance sees, since the version lives on the
/// knowledge base. The least recently used are dropped past <c>Platform:Knowledge:IndexCacheMegabytes</c>.
/// </summary>
public sealed class KnowledgeIndexes(KnowledgeChunks chunks, Microsoft.Extensions.Options.IOptions<KnowledgeOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.IndexCacheMegabytes * 1024L * 1024L });

    public async Task<ChunkIndex> ForAsync(KnowledgeBase knowledgeBase, CancellationToken ct)
    {
        if (_cache.TryGetValue(knowledgeBase.Id, out ChunkIndex? cached) && cached!.Version == knowledgeBase.IndexVersion) return cached;
        var index = await LoadAsync(knowledgeBase, ct);
        _cache.Set(knowledgeBase.Id, index, new MemoryCacheEntryOptions { Size = Math.Max(1, index.Bytes) });
        return index;
    }

    private async Task<ChunkIndex> LoadAsync(KnowledgeBase knowledgeBase, CancellationToken ct)
    {
        await using var connection = await chunks.OpenAsync(ct);
        // The version is the one read with the knowledge base: a version moving meanwhile only makes the next search reload.
        await using var command = new NpgsqlCommand(
            $"select id, document_id, embedding, lexemes, tsv from {chunks.Name} where knowledge_base_id = @kb order by id", connection);
        command.Parameters.AddWithValue("kb", knowledgeBase.Id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var (ids, documents, vectors, lengths) = (new List<Guid>(), new List<Guid>(), new List<float[]>(), new List<int>());
        var postings = new Dictionary<string, (List<int> Chunks, List<int> Frequencies)>();
        while (await reader.ReadAsync(ct))
        {
            var chunk = ids.Count;
            ids.Add(reader.GetGuid(0));
            documents.Add(reader.GetGuid(1));
            vectors.Add(reader.IsDBNull(2) ? [] : KnowledgeChunks.ToVector(reader.GetFieldValue<byte[]>(2)));
            lengths.Add(reader.GetInt32(3));
            foreach (var lexeme in reader.GetFieldValue<NpgsqlTsVector>(4))
            {
                if (!postings.TryGetValue(lexeme.Text, out var posting)) postings[lexeme.Text] = posting = ([], []);
                posting.Chunks.Add(chunk);
                posting.Frequencies.Add(Math.Max(1, lexeme.Count));
            }
        }
        return new ChunkIndex(knowledgeBase.IndexVersion, [.. ids], [.. documents], [.. vectors], [.. lengths],
            postings.ToDictionary(p => p.Key, p => (p.Value.Chunks.ToArray(), p.Value.Frequencies.ToArray())));
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

    /// <summary>Memory for the chunk indexes (embeddings and postings) held for search, across knowledge bases (a 10,000-chunk base takes about 25 MB).</summary>
    public int IndexCacheMegabytes { get; set; } = 256;
}
