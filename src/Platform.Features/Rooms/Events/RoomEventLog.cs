using System.Text.Json;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Features.Common;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Platform.Features.Rooms;

public sealed record RoomEventRecord(long Id, Guid RoomId, string Type, string Payload, DateTimeOffset CreatedAt)
{
    private SseFrame? _frame;

    /// <summary>The event as a stream frame, one instance for all of this instance's subscribers (encoded once).</summary>
    public SseFrame Frame => _frame ??= new SseFrame(Id.ToString(), Type, Payload);
}

/// <summary>
/// The durable log behind room event streams: a PostgreSQL table whose bigserial id is the SSE event id,
/// and a NOTIFY on the same transaction that wakes the listener on every instance.
/// </summary>
public sealed class RoomEventLog(IDocumentStore store, IOptions<RoomEventsOptions> options) : IRoomEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string Channel = "platform_room_events";
    public const string TableName = "room_events";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn("id", "bigserial").AsPrimaryKey();
        table.AddColumn<Guid>("room_id").NotNull();
        table.AddColumn<string>("type").NotNull();
        table.AddColumn("payload", "jsonb").NotNull();
        table.AddColumn("created_at", "timestamptz").NotNull().DefaultValueByExpression("now()");
        table.Indexes.Add(new IndexDefinition($"ix_{TableName}_room_id_id") { Columns = ["room_id", "id"] });
        return table;
    }

    private string Qualified => $"{store.Options.DatabaseSchemaName}.{TableName}";

    public void Publish(IDocumentOperations session, Guid roomId, string type, object payload) =>
        Queue(session, store.Options.DatabaseSchemaName, roomId, type, payload);

    /// <summary>Queues the event's row and a NOTIFY into the unit of work (also used while projecting, before DI can help).</summary>
    public static void Queue(IDocumentOperations session, string schema, Guid roomId, string type, object payload)
    {
        session.QueueSqlCommand($"insert into {schema}.{TableName} (room_id, type, payload) values (?, ?, ?::jsonb)",
            roomId, type, JsonSerializer.Serialize(payload, payload.GetType(), Json));
        // NOTIFY rather than pg_notify(): a statement without a result set keeps Marten's batch reading its own results
        // in step when the same unit of work appends events (a room's message and an automation it starts).
        session.QueueSqlCommand($"NOTIFY {Channel}");
    }

    /// <summary>A room's log is forgotten with the room, but for the final event that tells subscribers it is gone.</summary>
    public void Forget(IDocumentOperations session, Guid roomId) =>
        session.QueueSqlCommand($"delete from {Qualified} where room_id = ?", roomId);

    /// <summary>Events of a room after <paramref name="afterId"/>, within the replay window and limit, oldest first.</summary>
    public async Task<IReadOnlyList<RoomEventRecord>> ReplayAsync(Guid roomId, long afterId, CancellationToken ct)
    {
        var o = options.Value;
        return await ReadAsync(
            $"select * from (select id, room_id, type, payload::text, created_at from {Qualified} " +
            "where room_id = @room and id > @after and created_at > now() - @window order by id desc limit @limit) recent order by id",
            [new("room", roomId), new("after", afterId), new("window", o.ReplayWindow), new("limit", o.ReplayLimit)], ct);
    }

    /// <summary>Everything logged after <paramref name="afterId"/>, across rooms, oldest first (what the listener fans out).</summary>
    public Task<IReadOnlyList<RoomEventRecord>> ReadAfterAsync(long afterId, int limit, CancellationToken ct) =>
        ReadAsync($"select id, room_id, type, payload::text, created_at from {Qualified} where id > @after order by id limit @limit",
            [new("after", afterId), new("limit", limit)], ct);

    /// <summary>The id of the last event logged, in any room (0 when none).</summary>
    public async Task<long> LastIdAsync(CancellationToken ct) =>
        (await ReadAsync($"select id, room_id, type, payload::text, created_at from {Qualified} order by id desc limit 1", [], ct)).FirstOrDefault()?.Id ?? 0;

    public async Task ForgetOlderThanWindowAsync(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"delete from {Qualified} where created_at < now() - @window", connection);
        command.Parameters.AddWithValue("window", options.Value.ReplayWindow);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<IReadOnlyList<RoomEventRecord>> ReadAsync(string sql, NpgsqlParameter[] parameters, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var records = new List<RoomEventRecord>();
        while (await reader.ReadAsync(ct))
            records.Add(new RoomEventRecord(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
        return records;
    }
}
