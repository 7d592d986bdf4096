using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>Where datasets live on disk: <c>{data}/datasets/{id}/v{version}-{random}.duckdb</c>, and uploads while they arrive.</summary>
public sealed class DatasetFiles(DataFolder dataFolder)
{
    private string Root => Path.Combine(dataFolder.Path, "datasets");

    public string Folder(Guid datasetId) => Path.Combine(Root, datasetId.ToString("N"));

    public string Data(Dataset dataset) => Path.Combine(Folder(dataset.Id), dataset.DataFile);

    /// <summary>A name no other attempt uses, so concurrent writers of a version never share a file.</summary>
    public static string NewDataFile(int version) => $"v{version}-{Guid.NewGuid().ToString("N")[..8]}.duckdb";

    /// <summary>Deletes the dataset's data files but these (the current one, and the previous one readers may still have open).</summary>
    public void KeepOnly(Guid datasetId, params string[] dataFiles)
    {
        foreach (var file in Directory.EnumerateFiles(Folder(datasetId), "*.duckdb"))
            if (!dataFiles.Contains(Path.GetFileName(file))) DeleteDatabase(file);
    }

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
        if (Directory.Exists(path + ".spill")) Directory.Delete(path + ".spill", recursive: true);
    }
}
