namespace Platform.Features.Query;

/// <summary>Settings under <c>Platform:Query</c>.</summary>
public sealed class QueryOptions
{
    /// <summary>Rows returned when the request names no limit.</summary>
    public int DefaultLimit { get; set; } = 200;

    /// <summary>The most rows one answer returns; beyond it the answer says <c>truncated</c>.</summary>
    public int MaxLimit { get; set; } = 1000;

    /// <summary>A statement running longer is cancelled and answered with 400.</summary>
    public int TimeoutMs { get; set; } = 5000;

    /// <summary>DuckDB's memory budget for one query.</summary>
    public int MemoryLimitMb { get; set; } = 512;

    /// <summary>Idle query connections kept open (each with its datasets attached and their pages cached).</summary>
    public int WarmConnections { get; set; } = 8;

    /// <summary>How long an idle query connection is kept.</summary>
    public TimeSpan WarmFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A comment line on a quiet answer stream, so idle proxies keep it open.</summary>
    public TimeSpan StreamHeartbeat { get; set; } = TimeSpan.FromSeconds(10);

    public QueryCacheOptions Cache { get; set; } = new();

    public Language.LanguageModelOptions Llm { get; set; } = new();
}

/// <summary>Settings under <c>Platform:Query:Cache</c>.</summary>
public sealed class QueryCacheOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>How long an answer is reused; a new dataset version makes it unreachable at once.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The cache's size, counted in rows across all answers it holds.</summary>
    public long MaxRows { get; set; } = 500_000;
}
