namespace Platform.Features.Query;

/// <summary>Settings under <c>Platform:Query</c>.</summary>
public sealed class QueryOptions
{
    /// <summary>Rows returned when the request names no limit.</summary>
    public int DefaultLimit { get; set; } = 200;

    /// <summary>The most rows one answer returns; beyond it the answer says <c>truncated</c>.</summary>
    public int MaxLimit { get; set; } = 1000;

    /// <summary>Rows an answer holds for a requested limit: the default when none, the cap when above it.</summary>
    public int Rows(int? requested) => Math.Min(requested ?? DefaultLimit, MaxLimit);

    /// <summary>A statement running longer is cancelled and answered with 400.</summary>
    public int TimeoutMs { get; set; } = 5000;

    /// <summary>DuckDB's memory budget for one query.</summary>
    public int MemoryLimitMb { get; set; } = 512;

    /// <summary>Queries the instance runs at once, whoever asks; the rest wait (up to the timeout) for a turn. Bounds DuckDB's memory to this × <see cref="MemoryLimitMb"/>.</summary>
    public int ConcurrentQueries { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Queries one user may have running at once; beyond, 429 with Retry-After.</summary>
    public int ConcurrentPerUser { get; set; } = 4;

    /// <summary>The largest answer held in memory (about): a bigger one is refused with 400.</summary>
    public long MaxAnswerBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Idle query connections kept open (each with its datasets attached and their pages cached).</summary>
    public int WarmConnections { get; set; } = 8;

    /// <summary>How long an idle query connection is kept.</summary>
    public TimeSpan WarmFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A comment line on a quiet answer stream, so idle proxies keep it open.</summary>
    public TimeSpan StreamHeartbeat { get; set; } = TimeSpan.FromSeconds(10);

    public QueryCacheOptions Cache { get; set; } = new();

}

/// <summary>Settings under <c>Platform:Query:Cache</c>.</summary>
public sealed class QueryCacheOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>How long an answer is reused; a new dataset version makes it unreachable at once.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The cache's size, in bytes (about) across all answers it holds.</summary>
    public long MaxBytes { get; set; } = 256L * 1024 * 1024;
}
