using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Platform.Features.Common;

/// <summary>A frame kept in a resumable stream: its sequence number (the SSE id), event type and JSON data.</summary>
public sealed record StoredFrame(long Seq, string Event, string Data);

/// <summary>
/// Streams of long work a person watches (an assistant turn, a notebook cell, an automation run) that outlive the
/// request that started them: the work appends frames to a stored log with a sequence; readers get what was
/// stored after the <c>Last-Event-ID</c> they give, then live frames as they are appended, until the final
/// <c>done</c> (or <c>error</c>) frame. A finished stream replays identically. Readers on the appending instance
/// are woken at once; on other instances they find new frames within <see cref="PollEvery"/>.
/// </summary>
public sealed class ResumableStreams(IDocumentStore store)
{
    public const string TableName = "stream_frames";
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);
    private static readonly HashSet<string> Final = ["done", "error"];
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

    /// <summary>Appends the next frame of the stream (one writer per stream: the work that owns it); returns its sequence number.</summary>
    public async Task<long> AppendAsync(Guid streamId, string @event, object data, CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"insert into {Qualified} (stream_id, seq, event, data) " +
            $"select @stream, coalesce(max(seq), 0) + 1, @event, @data from {Qualified} where stream_id = @stream returning seq", connection);
        command.Parameters.AddWithValue("stream", streamId);
        command.Parameters.AddWithValue("event", @event);
        command.Parameters.AddWithValue("data", ServerSentEvents.Serialize(data));
        var seq = (long)(await command.ExecuteScalarAsync(ct))!;
        if (_appended.TryRemove(streamId, out var waiting)) waiting.TrySetResult();
        return seq;
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
                if (!Final.Contains(frame.Event)) continue;
                _appended.TryRemove(streamId, out _);
                yield break;
            }
            if (batch.Count == BatchSize) continue;
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
        var after = long.TryParse(header, out var id) && id > 0 ? id : 0;
        return ServerSentEvents.StreamAsync(http, watching => FramesOrNotFoundAsync(streamId, after, watching), f => new SseFrame(f.Seq.ToString(), f.Event, f.Data),
            new SseStreamOptions(QuietAfter: HeartbeatEvery), ct);
    }

    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(15);

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
