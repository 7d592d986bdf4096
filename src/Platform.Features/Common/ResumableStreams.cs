using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Platform.Features.Common;

/// <summary>A frame kept in a resumable stream: its sequence number, event type and JSON data.</summary>
public sealed record StoredFrame(long Seq, string Event, string Data);

/// <summary>
/// Streams of long work a person watches (an assistant turn, a notebook cell, an automation run) that outlive the
/// request that started them: the work appends frames to a stored log with a sequence; readers get what was
/// stored after the <c>Last-Event-ID</c> they give, then live frames as they are appended, until the final
/// <c>done</c> frame (an <c>error</c> frame is followed by <c>done</c>). A finished stream replays identically. Readers
/// on the appending instance are woken at once; on other instances they find new frames within <see cref="PollEvery"/>.
/// A frame's SSE id is <c>{stream}:{seq}</c>, so an id names the stream it came from.
/// </summary>
public sealed class ResumableStreams(IDocumentStore store)
{
    public const string TableName = "stream_frames";
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);
    public const string Final = "done";
    private const int BatchSize = 500;

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _appended = new();

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("stream_id").AsPrimaryKey();
        table.AddColumn<long>("seq").AsPrimaryKey();
        table.AddColumn<string>("event").NotNull();
        // Text, not jsonb: a frame replays byte for byte as it was first sent.
        table.AddColumn<string>("data").NotNull();
        table.AddColumn("created_at", "timestamptz").NotNull().DefaultValueByExpression("now()");
        return table;
    }

    private string Qualified => $"{store.Options.DatabaseSchemaName}.{TableName}";

    /// <summary>Appends the next frame of the stream; returns its sequence number.</summary>
    public async Task<long> AppendAsync(Guid streamId, string @event, object data, CancellationToken ct) =>
        await InsertAsync(streamId, null, @event, ServerSentEvents.Serialize(data), ct);

    /// <summary>
    /// Appends frame <paramref name="seq"/>, for the one writer of a stream that numbers its own frames (their data
    /// carries the number); a second frame of the same number fails rather than being stored twice.
    /// </summary>
    public Task AppendAsync(Guid streamId, long seq, string @event, string data, CancellationToken ct) => InsertAsync(streamId, seq, @event, data, ct);

    /// <summary>
    /// Appends frames in order in one statement, for the one writer of a stream whose frames come faster than a round
    /// trip each (a cell printing in a loop); returns the last sequence number.
    /// </summary>
    public async Task<long> AppendManyAsync(Guid streamId, IReadOnlyList<(string Event, object Data)> frames, CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"insert into {Qualified} (stream_id, seq, event, data) " +
            $"select @stream, last.seq + f.n, f.event, f.data from (select coalesce(max(seq), 0) as seq from {Qualified} where stream_id = @stream) last, " +
            "unnest(@events, @datas) with ordinality as f(event, data, n) returning seq", connection);
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("events", frames.Select(f => f.Event).ToArray());
        command.Parameters.AddWithValue("datas", frames.Select(f => ServerSentEvents.Serialize(f.Data)).ToArray());
        long stored = 0;
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) stored = Math.Max(stored, reader.GetInt64(0));
        if (_appended.TryRemove(streamId, out var waiting)) waiting.TrySetResult();
        return stored;
    }

    private async Task<long> InsertAsync(Guid streamId, long? seq, string @event, string data, CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(seq is null
            ? $"insert into {Qualified} (stream_id, seq, event, data) " +
              $"select @stream, coalesce(max(seq), 0) + 1, @event, @data from {Qualified} where stream_id = @stream returning seq"
            : $"insert into {Qualified} (stream_id, seq, event, data) values (@stream, @seq, @event, @data) returning seq", connection);
        command.Parameters.AddWithValue("stream", streamId);
        if (seq is not null) command.Parameters.AddWithValue("seq", seq.Value);
        command.Parameters.AddWithValue("event", @event);
        command.Parameters.AddWithValue("data", data);
        var stored = (long)(await command.ExecuteScalarAsync(ct))!;
        if (_appended.TryRemove(streamId, out var waiting)) waiting.TrySetResult();
        return stored;
    }

    /// <summary>The frames after <paramref name="after"/>: stored ones first, then live ones, ending with the final frame.</summary>
    public async IAsyncEnumerable<StoredFrame> ReadAsync(Guid streamId, long after, [EnumeratorCancellation] CancellationToken ct)
    {
        while (true)
        {
            // Wait on the signal taken before reading, so a frame appended in between is not slept through.
            var appended = _appended.GetOrAdd(streamId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            var batch = await ReadAfterAsync(streamId, after, ct);
            foreach (var frame in batch)
            {
                yield return frame;
                after = frame.Seq;
                if (frame.Event != Final) continue;
                _appended.TryRemove(streamId, out _);
                yield break;
            }
            if (batch.Count == BatchSize) continue;
            // A reader resuming after the final frame has everything: nothing more will come.
            if (batch.Count == 0 && after > 0 && await EndedByAsync(streamId, after, ct))
            {
                _appended.TryRemove(streamId, out _);
                yield break;
            }
            await Task.WhenAny(appended, Task.Delay(PollEvery, ct));
            ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// The stream as server-sent events, resuming after the request's <c>Last-Event-ID</c> (or <c>?lastEventId=</c>),
    /// with heartbeats while the work is quiet; 404 for a stream with no frame. The caller checks access first.
    /// </summary>
    public Task ServeAsync(HttpContext http, Guid streamId, CancellationToken ct)
    {
        var header = http.Request.Headers["Last-Event-ID"].FirstOrDefault() ?? http.Request.Query["lastEventId"].FirstOrDefault();
        var after = SeqOf(header, streamId);
        return ServerSentEvents.StreamAsync(http, watching => FramesOrNotFoundAsync(streamId, after, watching), f => new SseFrame(IdOf(streamId, f.Seq), f.Event, f.Data),
            new SseStreamOptions(QuietAfter: HeartbeatEvery), ct);
    }

    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(15);

    public static string IdOf(Guid streamId, long seq) => $"{streamId}:{seq}";

    /// <summary>The sequence number a <c>Last-Event-ID</c> names: <c>{stream}:{seq}</c> of this stream, or a bare number; 0 (from the start) otherwise.</summary>
    public static long SeqOf(string? lastEventId, Guid streamId)
    {
        if (string.IsNullOrEmpty(lastEventId)) return 0;
        var colon = lastEventId.LastIndexOf(':');
        if (colon >= 0 && !(Guid.TryParse(lastEventId.AsSpan(0, colon), out var named) && named == streamId)) return 0;
        return long.TryParse(lastEventId.AsSpan(colon + 1), out var seq) && seq > 0 ? seq : 0;
    }

    private async IAsyncEnumerable<StoredFrame> FramesOrNotFoundAsync(Guid streamId, long after, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!await ExistsAsync(streamId, ct)) throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such stream.");
        await foreach (var frame in ReadAsync(streamId, after, ct)) yield return frame;
    }

    /// <summary>Whether the stream has any frame (readers of an unknown stream should get a 404, not an endless wait).</summary>
    public async Task<bool> ExistsAsync(Guid streamId, CancellationToken ct) => (await ReadAfterAsync(streamId, 0, ct, limit: 1)).Count > 0;

    /// <summary>Forgets a stream with the work it belonged to.</summary>
    public void Forget(IDocumentOperations session, Guid streamId) =>
        session.QueueSqlCommand($"delete from {Qualified} where stream_id = ?", streamId);

    /// <summary>Copies a stream under a new id, with the work it shows (a branched conversation's turns); the old id in the frames' data becomes the new one.</summary>
    public void Copy(IDocumentOperations session, Guid streamId, Guid copyId) =>
        session.QueueSqlCommand($"insert into {Qualified} (stream_id, seq, event, data, created_at) " +
                                $"select ?, seq, event, replace(data, ?, ?), created_at from {Qualified} where stream_id = ?",
            copyId, streamId.ToString(), copyId.ToString(), streamId);

    /// <summary>Whether the stream's final frame is at or before <paramref name="seq"/>.</summary>
    private async Task<bool> EndedByAsync(Guid streamId, long seq, CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select exists (select 1 from {Qualified} where stream_id = @stream and seq <= @seq and event = @final)", connection);
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("seq", seq);
        command.Parameters.AddWithValue("final", Final);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private async Task<List<StoredFrame>> ReadAfterAsync(Guid streamId, long after, CancellationToken ct, int limit = BatchSize)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select seq, event, data from {Qualified} where stream_id = @stream and seq > @after order by seq limit @limit", connection);
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var frames = new List<StoredFrame>();
        while (await reader.ReadAsync(ct)) frames.Add(new StoredFrame(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return frames;
    }
}

/// <summary>The shared kernel's own storage.</summary>
public sealed class CommonMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Storage.ExtendedSchemaObjects.Add(ResumableStreams.Table(options.DatabaseSchemaName));
        options.Schema.For<WorkLease>();
        options.Schema.For<DataProtectionKey>();
        options.Schema.For<IdempotentRequest>().Index(r => r.ExpiresAt);
    }
}
