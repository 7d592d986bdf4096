using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Marten;
using Npgsql;
using Platform.Features.Common;

namespace Platform.Features.Compliance;

/// <summary>
/// A zip of everything the platform holds that names a person or an organisation: every record (document or event)
/// whose JSON mentions the id anywhere, as JSON by kind, and the files areas keep for them (datasets as CSV, models,
/// job artifacts). Secrets (hashes, encrypted keys, tokens) are withheld; records found by a generic search, so an
/// area added later is included without being named here.
/// </summary>
public sealed partial class PersonalDataArchive(IDocumentStore store, IEnumerable<IPersonalData> areas, DataFolder dataFolder, TimeProvider clock)
{
    private const string Withheld = "[withheld]";

    /// <summary>Kept for the platform's own working, holding nothing a person made or said (or replies holding tokens).</summary>
    private static readonly HashSet<string> NotRecords = ["mt_doc_dataprotectionkey", "mt_doc_idempotentrequest", "mt_doc_outboxemail", "mt_doc_dispatcherinstance"];

    [GeneratedRegex("hash|password|secret|encrypted|protected|signature|^token$|^key$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretProperty();

    private string Folder => FolderOf(dataFolder);

    private static string FolderOf(DataFolder dataFolder) => Path.Combine(dataFolder.Path, "compliance");

    /// <summary>Where a person's latest requested export is kept.</summary>
    public string LatestPath(Guid subjectId) => LatestPath(dataFolder, subjectId);

    public static string LatestPath(DataFolder dataFolder, Guid subjectId) => Path.Combine(FolderOf(dataFolder), $"{subjectId:N}.zip");

    /// <summary>Writes the archive to a new file in the data folder and returns its path.</summary>
    public async Task<string> WriteAsync(Guid subjectId, string subjectKind, CancellationToken ct)
    {
        DataFolder.CreatePrivateDirectory(Folder);
        var path = Path.Combine(Folder, $"{subjectId:N}-{Guid.NewGuid():N}.zip.partial");
        try
        {
            await using (var file = DataFolder.CreatePrivateFile(path))
            await using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
                await using (var connection = await ((Weasel.Postgresql.PostgresqlDatabase)store.Storage.Database).DataSource.OpenConnectionAsync(ct))
                {
                    foreach (var table in (await RecordTablesAsync(connection, ct)).Where(t => t != "mt_events" && !NotRecords.Contains(t)))
                    {
                        var records = await RecordsAsync(connection, $"select data from {PostgresServer.Schema}.{table} where {Mentions}", subjectId, ct);
                        if (records.Count == 0) continue;
                        var kind = table["mt_doc_".Length..];
                        counts[kind] = records.Count;
                        await AddJsonAsync(zip, $"records/{kind}.json", records, ct);
                    }
                    var events = await RecordsAsync(connection,
                        $"""
                         select jsonb_build_object('stream', stream_id, 'type', type, 'at', timestamp, 'data', data)
                         from {PostgresServer.Schema}.mt_events where stream_id = @id or {Mentions} order by seq_id
                         """, subjectId, ct);
                    counts["events"] = events.Count;
                    await AddJsonAsync(zip, "records/events.json", events, ct);
                }
                await using var session = store.QuerySession();
                var files = new List<string>();
                foreach (var area in areas)
                foreach (var exported in await area.FilesAsync(session, subjectId, ct))
                {
                    await using var entry = await zip.CreateEntry("files/" + exported.ArchivePath, CompressionLevel.Fastest).OpenAsync(ct);
                    await exported.WriteAsync(entry, ct);
                    files.Add(exported.ArchivePath);
                }
                await AddJsonAsync(zip, "manifest.json", new { Subject = subjectId, Kind = subjectKind, CreatedAt = clock.GetUtcNow(), Records = counts, Files = files }, ct);
            }
            var archive = path[..^".partial".Length];
            File.Move(path, archive);
            return archive;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string Mentions = "jsonb_path_exists(data, '$.** ? (@ == $id)', jsonb_build_object('id', @id::text))";

    /// <summary>The tables of the platform's schema holding JSON records: every document table (mt_doc_…) and the events (mt_events).</summary>
    public static async Task<List<string>> RecordTablesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "select table_name from information_schema.columns where table_schema = @schema and column_name = 'data' and data_type = 'jsonb' " +
            "and (table_name like 'mt\\_doc\\_%' or table_name = 'mt_events') order by table_name",
            connection) { Parameters = { new("schema", PostgresServer.Schema) } };
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        return tables;
    }

    private static async Task<List<JsonNode?>> RecordsAsync(NpgsqlConnection connection, string sql, Guid id, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new("id", id) } };
        var records = new List<JsonNode?>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) records.Add(Redacted(JsonNode.Parse(reader.GetString(0))));
        return records;
    }

    private static JsonNode? Redacted(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                    if (SecretProperty().IsMatch(name) && value is not null) obj[name] = Withheld;
                    else Redacted(value);
                break;
            case JsonArray array:
                foreach (var item in array) Redacted(item);
                break;
        }
        return node;
    }

    private static async Task AddJsonAsync(ZipArchive zip, string name, object value, CancellationToken ct)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct);
        await JsonSerializer.SerializeAsync(entry, value, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }, ct);
    }
}
