namespace Platform.Features.Query;

/// <summary>A query run in a room, kept so it can become a dashboard panel or a scheduled job.</summary>
public sealed class SavedQuery
{
    public Guid Id { get; set; }
    public Guid RoomId { get; set; }
    public Guid UserId { get; set; }
    public string Sql { get; set; } = "";
    /// <summary>The question it answered, when it came from plain language.</summary>
    public string? Question { get; set; }
    public long RowCount { get; set; }
    public bool Truncated { get; set; }
    public long ElapsedMs { get; set; }
    public bool Cached { get; set; }
    /// <summary>Why it failed, when it did.</summary>
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed record SavedQueryResponse(
    Guid Id, Guid RoomId, Guid UserId, string Sql, string? Question, long RowCount, bool Truncated, long ElapsedMs, bool Cached, string? Error, DateTimeOffset CreatedAt)
{
    public static SavedQueryResponse From(SavedQuery q) => new(q.Id, q.RoomId, q.UserId, q.Sql, q.Question, q.RowCount, q.Truncated, q.ElapsedMs, q.Cached, q.Error, q.CreatedAt);
}
