using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>Where datasets live on disk: <c>{data}/datasets/{id}/v{version}.duckdb</c>, and uploads while they arrive.</summary>
public sealed class DatasetFiles(DataFolder dataFolder)
{
    private string Root => Path.Combine(dataFolder.Path, "datasets");

    public string Folder(Guid datasetId) => Path.Combine(Root, datasetId.ToString("N"));

    public string Database(Guid datasetId, int version) => Path.Combine(Folder(datasetId), $"v{version}.duckdb");

    /// <summary>A fresh path for an upload in progress (under the data folder, so moving it is cheap).</summary>
    public string NewUpload()
    {
        var folder = Path.Combine(dataFolder.Path, "uploads");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, Guid.NewGuid().ToString("N"));
    }

    public void DeleteDataset(Guid datasetId)
    {
        if (Directory.Exists(Folder(datasetId))) Directory.Delete(Folder(datasetId), recursive: true);
    }

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + ".wal" })
            if (File.Exists(file)) File.Delete(file);
    }
}
