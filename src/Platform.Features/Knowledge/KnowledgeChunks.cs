using System.Runtime.InteropServices;
using Marten;
using Npgsql;
using NpgsqlTypes;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Platform.Features.Knowledge;

/// <summary>
/// The chunk table: each chunk's text and place, a <c>tsvector</c> in its knowledge base's language (GIN-indexed, for
/// keyword search) with its length in lexemes (for BM25), and its embedding (384 little-endian floats for MiniLM).
/// Only current document versions have chunks here.
/// </summary>
public sealed class KnowledgeChunks(IDocumentStore store)
{
    public const string TableName = "knowledge_chunks";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("knowledge_base_id").NotNull().AddIndex();
        table.AddColumn<Guid>("document_id").NotNull().AddIndex();
        table.AddColumn<int>("seq").NotNull();
        table.AddColumn("page", "integer");
        table.AddColumn<int>("start_offset").NotNull();
        table.AddColumn<int>("end_offset").NotNull();
        table.AddColumn<string>("heading_path").NotNull();
        table.AddColumn<string>("text").NotNull();
        table.AddColumn<int>("tokens").NotNull();
        table.AddColumn<int>("lexemes").NotNull();
        table.AddColumn("tsv", "tsvector").NotNull();
        table.AddColumn("embedding", "bytea");
        table.Indexes.Add(new IndexDefinition($"ix_{TableName}_tsv") { Method = IndexMethod.gin, Columns = ["tsv"] });
        return table;
    }

    /// <summary>The table's schema-qualified name, for SQL.</summary>
    public string Name => $"{store.Options.DatabaseSchemaName}.{TableName}";

    /// <summary>Queues, in the session's transaction, the document's chunks in place of any it had.</summary>
    public void Replace(IDocumentOperations session, KnowledgeDocument document, string language, IReadOnlyList<Chunk> chunks, float[][] embeddings)
    {
        DeleteDocument(session, document.Id);
        if (chunks.Count == 0) return;
        // The tsvector covers the headings too: a passage is found by the section it sits in.
        session.QueueSqlCommand(
            $"""
            insert into {Name} (id, knowledge_base_id, document_id, seq, page, start_offset, end_offset, heading_path, text, tokens, embedding, tsv, lexemes)
            select c.id, ?, ?, c.seq, c.page, c.start_offset, c.end_offset, c.heading_path, c.text, c.tokens, c.embedding, c.tsv,
                   (select coalesce(sum(coalesce(array_length(l.positions, 1), 1)), 0) from unnest(c.tsv) l)
            from (select u.*, to_tsvector(?::regconfig, u.heading_path || E'\n' || u.text) as tsv
                  from unnest(?::uuid[], ?::int[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[], ?::int[], ?::bytea[])
                       as u(id, seq, page, start_offset, end_offset, heading_path, text, tokens, embedding)) c
            """,
            document.KnowledgeBaseId, document.Id, language,
            chunks.Select(_ => Guid.CreateVersion7()).ToArray(), chunks.Select(c => c.Seq).ToArray(), chunks.Select(c => c.Page).ToArray(),
            chunks.Select(c => c.Start).ToArray(), chunks.Select(c => c.End).ToArray(), chunks.Select(c => c.HeadingPath).ToArray(),
            chunks.Select(c => c.Text).ToArray(), chunks.Select(c => c.Tokens).ToArray(), embeddings.Select(ToBytes).ToArray());
    }

    public void DeleteDocument(IDocumentOperations session, Guid documentId) =>
        session.QueueSqlCommand($"delete from {Name} where document_id = ?", documentId);

    public void DeleteKnowledgeBase(IDocumentOperations session, Guid knowledgeBaseId) =>
        session.QueueSqlCommand($"delete from {Name} where knowledge_base_id = ?", knowledgeBaseId);

    public static byte[] ToBytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[] ToVector(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }
}
