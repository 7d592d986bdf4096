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
}
