using System.Net;

namespace Platform.Tests.Datasets;

public sealed class StartupCleanupTests
{
    [Fact]
    public async Task Start_up_removes_what_an_interrupted_ingest_left_and_keeps_every_dataset()
    {
        await using var first = await new PlatformFactory().StartAsync();
        var owner = await Person.RegisterAsync(first);
        var id = (await (await owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        var datasets = Path.Combine(first.DataDirectory, "datasets");
        var orphan = Directory.CreateDirectory(Path.Combine(datasets, Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllTextAsync(Path.Combine(orphan, "v1-deadbeef.duckdb"), "half written");
        var staleVersion = Path.Combine(datasets, id.ToString("N"), "v7-00000000.duckdb");
        await File.WriteAllTextAsync(staleVersion, "old");
        var upload = Path.Combine(Directory.CreateDirectory(Path.Combine(first.DataDirectory, "uploads")).FullName, "interrupted");
        await File.WriteAllTextAsync(upload, "a,b\n1,2\n");
        var fresh = Path.Combine(Path.GetDirectoryName(upload)!, "arriving-now");
        await File.WriteAllTextAsync(fresh, "a,b\n");
        var longAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var path in new[] { upload, staleVersion }) File.SetLastWriteTimeUtc(path, longAgo);
        foreach (var folder in new[] { orphan, Path.Combine(datasets, id.ToString("N")) }) Directory.SetLastWriteTimeUtc(folder, longAgo);

        await using var restarted = await new PlatformFactory().SharingDatabaseWith(first).With("Platform:DataDirectory", first.DataDirectory).StartAsync();
        using var client = restarted.CreateClient(owner.Auth.AccessToken);
        var sample = await client.GetAsync($"/api/datasets/{id}/sample");

        await sample.EnsureStatus(HttpStatusCode.OK);
        // The clean-up runs beside start-up, not before it: on a busy machine it may still be at work.
        for (var waited = 0; waited < 100 && (Directory.Exists(orphan) || File.Exists(staleVersion)); waited++) await Task.Delay(100);
        Assert.False(Directory.Exists(orphan));
        Assert.False(File.Exists(staleVersion));
        Assert.False(File.Exists(upload));
        Assert.True(File.Exists(fresh), "an upload another instance may be receiving right now must stay");
    }
}
