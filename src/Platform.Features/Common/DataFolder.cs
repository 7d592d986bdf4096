namespace Platform.Features.Common;

/// <summary>The folder the platform keeps its files in (its private PostgreSQL, keys, datasets).</summary>
public sealed record DataFolder(string Path)
{
    /// <summary><c>Platform:DataDirectory</c>, or <c>.data/</c> at the repository root (the folder holding Platform.sln).</summary>
    public static DataFolder Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return new(System.IO.Path.GetFullPath(configured));
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Platform.sln")))
                return new(System.IO.Path.Combine(dir.FullName, ".data"));
        return new(System.IO.Path.Combine(contentRoot, ".data"));
    }
}
