namespace Platform.Features.Datasets;

/// <summary>Settings under <c>Platform:Datasets</c>.</summary>
public sealed class DatasetOptions
{
    /// <summary>Largest upload accepted; a bigger one is refused with 413 before its body is read.</summary>
    public long MaxUploadBytes { get; set; } = 300L * 1024 * 1024;

    /// <summary>DuckDB's memory budget for one ingest; beyond it DuckDB spills to disk under the data folder.</summary>
    public int IngestMemoryLimitMb { get; set; } = 128;

    /// <summary>
    /// How long an upload waits for its ingest before answering 202 with a <c>processing</c> dataset that
    /// becomes <c>ready</c> or <c>failed</c> in the background.
    /// </summary>
    public TimeSpan BackgroundAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most columns a dataset may have; a wider file is refused.</summary>
    public int MaxColumns { get; set; } = 10_000;

    /// <summary>An ingest running longer is stopped and the dataset marked failed, saying so.</summary>
    public TimeSpan MaxIngestTime { get; set; } = TimeSpan.FromMinutes(30);

    public IngestLimits Limits => new(IngestMemoryLimitMb, MaxColumns, MaxIngestTime);
}

/// <summary>What one ingest may use: DuckDB's memory budget, the columns a file may have, and the time it may take.</summary>
public sealed record IngestLimits(int MemoryLimitMb, int MaxColumns, TimeSpan MaxTime);
