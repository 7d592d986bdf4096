namespace Platform.Features.Common;

/// <summary>The folder the platform keeps its files in (its private PostgreSQL, keys, datasets).</summary>
public sealed record DataFolder(string Path)
{
    /// <summary><c>Platform:DataDirectory</c>, or <c>.data/</c> at the repository root (the folder holding Platform.sln).</summary>
    public static DataFolder Resolve(string? configured, string contentRoot) =>
        new(string.IsNullOrWhiteSpace(configured) ? System.IO.Path.Combine(RepositoryRootOr(contentRoot), ".data") : System.IO.Path.GetFullPath(configured));

    /// <summary>The repository root (the folder holding Platform.sln) above the content root, or the content root itself.</summary>
    public static string RepositoryRootOr(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        return contentRoot;
    }
}
