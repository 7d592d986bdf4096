using System.Net;
using Platform.Tests.Datasets;

namespace Platform.Tests.Database;

/// <summary>The platform's secrets and users' data are readable by the service's own user only.</summary>
public sealed class DataFolderPermissionTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerReadWrite | UnixFileMode.UserExecute;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_generated_signing_key_and_dataset_folders_are_owner_only()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        var person = await Person.RegisterAsync(factory);
        var dataset = await (await person.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(Path.Combine(factory.DataDirectory, "auth-signing.key")));
        var folders = Directory.GetDirectories(factory.DataDirectory, "*", SearchOption.AllDirectories).Prepend(factory.DataDirectory).ToList();
        Assert.Contains(folders, f => f.Contains(dataset.Id().ToString("N")) || f.Contains(dataset.Id().ToString()));
        Assert.All(folders, f => Assert.True(OwnerOnlyFolder == (File.GetUnixFileMode(f) & (OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.OtherRead)), f));
    }
}
