namespace Platform.Features.Common;

/// <summary>The folder the platform keeps its files in (its private PostgreSQL, keys, datasets).</summary>
public sealed record DataFolder(string Path)
{
    /// <summary><c>Platform:DataDirectory</c>, or <c>.data/</c> at the repository root (the folder holding Platform.sln).</summary>
    public static DataFolder Resolve(string? configured, string contentRoot) =>
        new(string.IsNullOrWhiteSpace(configured) ? System.IO.Path.Combine(RepositoryRootOr(contentRoot), ".data") : System.IO.Path.GetFullPath(configured));

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates a folder (and any missing parents) readable by the service's own user only, from the start.</summary>
    public static DirectoryInfo CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path);
        // The mode overload applies to the last folder only: create each missing one in turn.
        var missing = new Stack<string>();
        for (var dir = System.IO.Path.GetFullPath(path); !Directory.Exists(dir); dir = System.IO.Path.GetDirectoryName(dir)!) missing.Push(dir);
        while (missing.TryPop(out var dir)) Directory.CreateDirectory(dir, OwnerOnlyDirectory);
        return new DirectoryInfo(path);
    }

    /// <summary>Writes a new secret file that only the service's own user can read, with no moment at wider permissions.</summary>
    public static void WriteSecret(string path, string text)
    {
        CreatePrivateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var file = new StreamWriter(CreatePrivateFile(path), System.Text.Encoding.UTF8);
        file.Write(text);
    }

    /// <summary>A new file (never an existing one) that only the service's own user can read, from the start.</summary>
    public static FileStream CreatePrivateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new FileStream(path, options);
    }

    /// <summary>The repository root (the folder holding Platform.sln) above the content root, or the content root itself.</summary>
    public static string RepositoryRootOr(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        return contentRoot;
    }
}
