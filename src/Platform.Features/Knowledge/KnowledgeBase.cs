using System.Text.Json.Serialization;

namespace Platform.Features.Knowledge;

/// <summary>Who may read a knowledge base besides its owner and its organisation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KnowledgeVisibility>))]
public enum KnowledgeVisibility
{
    /// <summary>Its owner (and its organisation's members) only.</summary>
    [JsonStringEnumMemberName("private")] Private,
    /// <summary>Also the members of the rooms it is linked to.</summary>
    [JsonStringEnumMemberName("rooms")] Rooms,
    /// <summary>Listed in the marketplace: anyone sees it, anyone signed in searches it.</summary>
    [JsonStringEnumMemberName("public")] Public,
}

/// <param name="MaxTokens">A chunk's budget, in tokens (cl100k).</param>
/// <param name="OverlapTokens">How much of a chunk's end begins the next one when a section runs over the budget.</param>
public sealed record ChunkingSettings(int MaxTokens = 200, int OverlapTokens = 40)
{
    public static readonly ChunkingSettings Default = new();
}

/// <summary>Documents indexed for search, with the settings their chunks were made with.</summary>
public sealed class KnowledgeBase
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    /// <summary>The organisation it belongs to: its members read it, its owners and admins change it.</summary>
    public Guid? OrganizationId { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>PostgreSQL's text search configuration for stemming: english, german, french, spanish, simple…</summary>
    public string Language { get; set; } = "english";
    public KnowledgeVisibility Visibility { get; set; }
    public ChunkingSettings Chunking { get; set; } = ChunkingSettings.Default;
    /// <summary>Rooms it is linked to: their members read and search it.</summary>
    public List<Guid> RoomIds { get; set; } = [];
    /// <summary>The model its chunks were embedded with; semantic search needs the query embedded by the same one.</summary>
    public string? EmbeddingModel { get; set; }
    /// <summary>Goes up whenever its chunks change, so cached vectors are known to be stale on every instance.</summary>
    public long IndexVersion { get; set; }
    /// <summary>The person's own knowledge base of context documents (<c>/api/documents</c>).</summary>
    public bool IsPersonalDocuments { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<DocumentStatus>))]
public enum DocumentStatus
{
    [JsonStringEnumMemberName("processing")] Processing,
    [JsonStringEnumMemberName("ready")] Ready,
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>One version of a document in a knowledge base: its file here, its chunks in the chunk table.</summary>
public sealed class KnowledgeDocument
{
    public Guid Id { get; set; }
    public Guid KnowledgeBaseId { get; set; }
    public Guid UploadedBy { get; set; }
    public string Name { get; set; } = "";
    /// <summary>pdf, docx, html, markdown or text: read from the content.</summary>
    public string Format { get; set; } = "";
    public string ContentType { get; set; } = "";
    /// <summary>SHA-256 of the bytes, hex: the same bytes again are the same document.</summary>
    public string ContentHash { get; set; } = "";
    public long SizeBytes { get; set; }
    /// <summary>1 for the first file of this name; a new file with the same name is the next version.</summary>
    public int Version { get; set; } = 1;
    /// <summary>The later version that took this one's place once it was indexed; only the latest ready version is searched.</summary>
    public Guid? SupersededBy { get; set; }
    public DocumentStatus Status { get; set; }
    public string? Error { get; set; }
    public int ChunkCount { get; set; }
    public int? PageCount { get; set; }
    public Dictionary<string, string> Metadata { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? IndexedAt { get; set; }
}

public sealed record KnowledgeBaseResponse(
    Guid Id, string Name, string? Description, string Language, KnowledgeVisibility Visibility, ChunkingSettings Chunking, Guid OwnerId,
    Guid? OrganizationId, IReadOnlyList<Guid> RoomIds, string? EmbeddingModel, int DocumentCount, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static KnowledgeBaseResponse From(KnowledgeBase k, int documentCount) => new(
        k.Id, k.Name, k.Description, k.Language, k.Visibility, k.Chunking, k.OwnerId, k.OrganizationId, k.RoomIds, k.EmbeddingModel, documentCount,
        k.CreatedAt, k.UpdatedAt);
}

public sealed record DocumentResponse(
    Guid Id, Guid KnowledgeBaseId, string Name, string Format, string ContentType, long SizeBytes, string ContentHash, int Version, Guid? SupersededBy,
    DocumentStatus Status, string? Error, int ChunkCount, int? PageCount, IReadOnlyDictionary<string, string> Metadata, Guid UploadedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? IndexedAt)
{
    public static DocumentResponse From(KnowledgeDocument d) => new(
        d.Id, d.KnowledgeBaseId, d.Name, d.Format, d.ContentType, d.SizeBytes, d.ContentHash, d.Version, d.SupersededBy, d.Status, d.Error, d.ChunkCount,
        d.PageCount, d.Metadata, d.UploadedBy, d.CreatedAt, d.IndexedAt);
}

/// <summary>The payload of <c>knowledge.document.ready</c> and <c>knowledge.document.failed</c> on linked rooms' event streams.</summary>
public sealed record DocumentOutcome(Guid KnowledgeBaseId, Guid DocumentId, string Name, DocumentStatus Status, int ChunkCount, string? Error)
{
    public static DocumentOutcome Of(KnowledgeDocument d) => new(d.KnowledgeBaseId, d.Id, d.Name, d.Status, d.ChunkCount, d.Error);
}
