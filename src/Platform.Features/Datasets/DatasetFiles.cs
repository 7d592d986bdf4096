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
        foreach (var spill in Directory.EnumerateDirectories(Folder(datasetId), "*.spill"))
            Directory.Delete(spill, recursive: true);
    }

    /// <summary>
    /// Deletes the dataset's data files of versions before <paramref name="version"/>; that version and later ones are
    /// kept, since a concurrent reupload may be writing one (it deletes its own file if its commit is refused).
    /// </summary>
    public void RemoveVersionsBefore(Guid datasetId, int version)
    {
        foreach (var file in Directory.EnumerateFiles(Folder(datasetId), "*.duckdb"))
            if (VersionOf(Path.GetFileName(file)) < version) DeleteDatabase(file);
        foreach (var spill in Directory.EnumerateDirectories(Folder(datasetId), "*.spill"))
            if (VersionOf(Path.GetFileName(spill)) < version) Directory.Delete(spill, recursive: true);
    }

    /// <summary>The version in a data file's name ("v3-1a2b3c4d.duckdb" → 3); names not of that form count as oldest.</summary>
    private static int VersionOf(string fileName) =>
        fileName.StartsWith('v') && fileName.IndexOf('-') is > 1 and var dash && int.TryParse(fileName[1..dash], out var version) ? version : int.MinValue;

    /// <summary>A fresh path for an upload in progress (under the data folder, so moving it is cheap).</summary>
    public string NewUpload()
    {
        var folder = Path.Combine(dataFolder.Path, "uploads");
        DataFolder.CreatePrivateDirectory(folder);
        return Path.Combine(folder, Guid.NewGuid().ToString("N"));
    }

    /// <summary>Deletes uploads untouched since <paramref name="before"/>; returns how many.</summary>
    public int ClearUploads(DateTime before)
    {
        var folder = Path.Combine(dataFolder.Path, "uploads");
        if (!Directory.Exists(folder)) return 0;
        var stale = Directory.GetFiles(folder).Where(f => File.GetLastWriteTimeUtc(f) < before).ToList();
        foreach (var upload in stale) File.Delete(upload);
        return stale.Count;
    }

    /// <summary>The dataset folders on disk, by dataset id.</summary>
    public Dictionary<Guid, string> DatasetFolders() => Directory.Exists(Root)
        ? Directory.GetDirectories(Root).Where(d => Guid.TryParseExact(Path.GetFileName(d), "N", out _))
            .ToDictionary(d => Guid.ParseExact(Path.GetFileName(d), "N"))
        : [];

    /// <summary>The data file of the version before the current one, if it is still on disk.</summary>
    public static string PreviousDataFile(string folder, Dataset dataset) =>
        Directory.GetFiles(folder, $"v{dataset.Version - 1}-*.duckdb").Select(Path.GetFileName).FirstOrDefault() ?? "";

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
