using System.Text.Json.Serialization;

namespace Platform.Features.Datasets;

[JsonConverter(typeof(JsonStringEnumConverter<DatasetStatus>))]
public enum DatasetStatus
{
    [JsonStringEnumMemberName("processing")] Processing,
    [JsonStringEnumMemberName("ready")] Ready,
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>What the column holds, measured at ingest (the NL-to-SQL engine reads it).</summary>
/// <param name="DistinctCount">Approximate (HyperLogLog) for large columns.</param>
/// <param name="TopValues">Most frequent values of low-cardinality text columns.</param>
public sealed record ColumnProfile(long NullCount, long DistinctCount, string? Min, string? Max, IReadOnlyList<ValueCount>? TopValues);

public sealed record ValueCount(string Value, long Count);

/// <param name="Name">As the user wrote it: spaces, units and all.</param>
/// <param name="Type">DuckDB's type: BIGINT, DOUBLE, DECIMAL(18,3), DATE, TIMESTAMP, BOOLEAN, VARCHAR…</param>
public sealed record DatasetColumn(string Name, string Type, bool Nullable, string? Description, ColumnProfile Profile);

/// <summary>A user's dataset: metadata here in PostgreSQL, the data in its own DuckDB file per version.</summary>
public sealed class Dataset
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>A safe, unique SQL name for the table (the dataset's data lives in a table of this name).</summary>
    public string TableName { get; set; } = "";
    public DatasetStatus Status { get; set; }
    public int Version { get; set; }
    /// <summary>The DuckDB file of the current version, in the dataset's folder.</summary>
    public string DataFile { get; set; } = "";
    public string Format { get; set; } = "";
    public string OriginalFileName { get; set; } = "";
    public long RowCount { get; set; }
    public long SizeBytes { get; set; }
    public List<DatasetColumn> Columns { get; set; } = [];
    public string? Error { get; set; }
    /// <summary>Rooms the owner linked it to: their members may read it.</summary>
    public List<Guid> RoomIds { get; set; } = [];
    /// <summary>The organisation it belongs to: its members may read it, its owners and admins change it.</summary>
    public Guid? OrganizationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The payload of <c>dataset.ready</c> and <c>dataset.failed</c> on a room's event stream.</summary>
public sealed record DatasetOutcome(Guid DatasetId, string Name, DatasetStatus Status, long RowCount, string? Error)
{
    public static DatasetOutcome Of(Dataset d) => new(d.Id, d.Name, d.Status, d.RowCount, d.Error);
}

public sealed record DatasetResponse(
    Guid Id, string Name, string? Description, string TableName, DatasetStatus Status, int Version, string Format, long RowCount,
    IReadOnlyList<DatasetColumn> Columns, long SizeBytes, string? Error, Guid OwnerId, Guid? OrganizationId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DatasetResponse From(Dataset d) => new(
        d.Id, d.Name, d.Description, d.TableName, d.Status, d.Version, d.Format, d.RowCount, d.Columns, d.SizeBytes, d.Error, d.OwnerId, d.OrganizationId,
        d.CreatedAt, d.UpdatedAt);
}
