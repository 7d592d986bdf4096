namespace Platform.Features.Datasets;

/// <summary>Settings under <c>Platform:Datasets</c>.</summary>
public sealed class DatasetOptions
{
    /// <summary>Largest upload accepted; a bigger one is refused with 413 before its body is read.</summary>
    public long MaxUploadBytes { get; set; } = 300L * 1024 * 1024;
}
