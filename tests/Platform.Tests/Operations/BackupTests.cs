using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;
using Platform.Tests.Jobs;
using Platform.Tests.Models;

namespace Platform.Tests.Operations;

public sealed class BackupTests
{
    private static readonly object SunnyDay = new { location = "New York", date = "2015-07-04", precipitation = 0, temp_min = 21.1, wind = 2.1, weather = "sun" };

    private static async Task<JsonElement> BackUpAsync(HttpClient superAdmin)
    {
        var queued = await (await superAdmin.PostAsync("/api/backups", null)).JsonAsync(HttpStatusCode.Accepted);
        var job = await superAdmin.WaitForJobAsync(queued.Id(), TimeSpan.FromMinutes(2), "done", "failed");
        Assert.True(job.GetProperty("status").GetString() == "done", job.ToString());
        return job.GetProperty("result");
    }

    private static async Task<double> PredictAsync(HttpClient client, Guid deployment) =>
        (await (await client.PostAsJsonAsync($"/api/deployments/{deployment}/predict", new { rows = new[] { SunnyDay } })).JsonAsync())
        .GetProperty("predictions")[0].GetProperty("value").GetDouble();

    private static async Task<(int Code, string Output)> RestoreAsync(PlatformFactory stopped, string archive, params string[] options)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Platform.Api.dll"), "restore", archive, .. options])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["ConnectionStrings__Postgres"] = stopped.ConnectionString, ["Platform__DataDirectory"] = stopped.DataDirectory },
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }

    [Fact]
    public async Task Restoring_a_backup_after_changes_and_deletions_brings_back_rows_datasets_and_models()
    {
        var factory = await new PlatformFactory().StartAsync();
        var archive = Path.Combine(Path.GetTempPath(), $"platform-restore-{Guid.NewGuid():N}.tar.gz");
        try
        {
            var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
            var owner = await Person.RegisterAsync(factory);
            var room = await owner.CreateRoomAsync("Forecasts");
            var weather = await (await owner.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created);
            var model = await TrainedModels.TrainAsync(owner, new { datasetId = weather.Id(), target = "temp_max", features = new[] { "location", "date", "precipitation", "temp_min", "wind", "weather" } });
            var deployment = (await (await owner.Client.PostAsJsonAsync("/api/deployments", new { modelId = model.Id(), name = "temperature" })).JsonAsync(HttpStatusCode.Created)).Id();
            var predicted = await PredictAsync(owner.Client, deployment);

            var backup = await BackUpAsync(admin);
            var name = backup.GetProperty("name").GetString()!;
            var listed = await (await admin.GetAsync("/api/backups")).JsonAsync();
            Assert.Equal(name, listed.GetProperty("items")[0].GetProperty("name").GetString());
            var download = await admin.GetAsync($"/api/backups/{name}");
            await download.EnsureStatus(HttpStatusCode.OK);
            Assert.Equal("application/gzip", download.Content.Headers.ContentType?.MediaType);
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.Equal(backup.GetProperty("bytes").GetInt64(), bytes.Length);
            await File.WriteAllBytesAsync(archive, bytes);

            // After the backup: a room renamed, the deployment, model and dataset deleted, another account registered.
            await (await owner.Client.PatchAsJsonAsync($"/api/rooms/{room}", new { name = "Renamed" })).EnsureStatus(HttpStatusCode.OK);
            await (await owner.Client.DeleteAsync($"/api/deployments/{deployment}")).EnsureStatus(HttpStatusCode.NoContent);
            await (await owner.Client.DeleteAsync($"/api/models/{model.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
            await (await owner.Client.DeleteAsync($"/api/datasets/{weather.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
            var later = await Person.RegisterAsync(factory);
            Assert.Empty(Directory.GetDirectories(Path.Combine(factory.DataDirectory, "datasets")));

            (int Code, string Output) refused = default, restored = default;
            factory = await factory.RestartAsync(async () =>
            {
                refused = await RestoreAsync(factory, Path.Combine(Path.GetTempPath(), "no-such-backup.tar.gz"));
                restored = await RestoreAsync(factory, archive);
            });
            Assert.NotEqual(0, refused.Code);
            Assert.Contains("There is no file", refused.Output);
            Assert.True(restored.Code == 0, restored.Output);

            var client = factory.CreateClient(owner.Auth.AccessToken);
            Assert.Equal("Forecasts", (await (await client.GetAsync($"/api/rooms/{room}")).JsonAsync()).GetProperty("name").GetString());
            var rows = await (await client.PostAsJsonAsync("/api/query/sql",
                new { datasetId = weather.Id(), sql = $"select count(*) as n from {weather.GetProperty("tableName").GetString()}" })).JsonAsync();
            Assert.Equal(weather.GetProperty("rowCount").GetInt64(), rows.GetProperty("rows")[0][0].GetInt64());
            Assert.Equal("ready", (await (await client.GetAsync($"/api/models/{model.Id()}")).JsonAsync()).GetProperty("status").GetString());
            Assert.Equal(predicted, await PredictAsync(client, deployment));
            await (await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = later.Email, password = TestUsers.Password }))
                .ProblemAsync(HttpStatusCode.Unauthorized);
        }
        finally
        {
            await factory.DisposeAsync();
            File.Delete(archive);
        }
    }

    [Fact]
    public async Task Only_a_super_admin_backs_up_lists_and_downloads_and_an_archive_holds_the_dump_and_files()
    {
        await using var factory = await new PlatformFactory().With("Platform:Backups:Keep", "2").StartAsync();
        var superAdmin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        var user = await Person.RegisterAsync(factory);
        await (await user.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created);
        var ops = await Person.RegisterAsync(factory);
        await (await superAdmin.PatchAsJsonAsync($"/api/admin/users/{ops.Id}", new { role = "admin" })).EnsureStatus(HttpStatusCode.OK);

        var first = (await BackUpAsync(superAdmin)).GetProperty("name").GetString()!;
        await (await user.Client.PostAsync("/api/backups", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.Client.GetAsync("/api/backups")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await user.Client.GetAsync($"/api/backups/{first}")).ProblemAsync(HttpStatusCode.Forbidden);
        // A job of the backup kind made by anyone else fails rather than backing up.
        var smuggled = await user.Client.WaitForJobAsync((await user.Client.CreateJobAsync("platform.backup", new { })).Id(), "done", "failed");
        Assert.Equal("failed", smuggled.GetProperty("status").GetString());
        Assert.Contains("super_admin", smuggled.GetRawText());

        foreach (var name in new[] { "../secrets.key", "platform-20260101-000000-zzzzzz.tar.gz", first + ".partial", new string('p', 5000) })
            await (await superAdmin.GetAsync($"/api/backups/{Uri.EscapeDataString(name)}")).ProblemAsync(HttpStatusCode.NotFound);

        var archive = new MemoryStream(await (await superAdmin.GetAsync($"/api/backups/{first}")).Content.ReadAsByteArrayAsync());
        var entries = new List<string>();
        await using (var tar = new TarReader(new GZipStream(archive, CompressionMode.Decompress)))
            while (await tar.GetNextEntryAsync() is { } entry) entries.Add(entry.Name);
        Assert.Equal(["manifest.json", "database.dump"], entries.Take(2));
        Assert.Contains("files/secrets.key", entries);
        Assert.Contains(entries, e => e.StartsWith("files/datasets/") && e.EndsWith(".duckdb"));
        Assert.DoesNotContain(entries, e => e.Contains("postgres") || e.Contains("uploads/"));

        // Kept: the newest two; a partial archive (one being written) is never listed.
        await File.WriteAllTextAsync(Path.Combine(factory.DataDirectory, "backups", "platform-29990101-000000-abcdef.tar.gz.partial"), "half");
        var second = (await BackUpAsync(superAdmin)).GetProperty("name").GetString()!;
        var third = (await BackUpAsync(superAdmin)).GetProperty("name").GetString()!;
        var listed = (await (await superAdmin.GetAsync("/api/backups")).JsonAsync()).GetProperty("items").EnumerateArray().Select(b => b.GetProperty("name").GetString()).ToList();
        Assert.Equal([third, second], listed);

        var refreshed = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = ops.Auth.RefreshToken })).JsonAsync();
        var admin = factory.CreateClient(refreshed.GetProperty("accessToken").GetString()!);
        await (await admin.GetAsync("/api/backups")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.DeleteAsync($"/api/backups/{third}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await superAdmin.DeleteAsync($"/api/backups/{third}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await superAdmin.DeleteAsync($"/api/backups/{third}")).ProblemAsync(HttpStatusCode.NotFound);

        // A restore while the service runs is refused, the service's connections being open, and leaves everything as it was.
        var kept = Path.Combine(Path.GetTempPath(), $"platform-running-{Guid.NewGuid():N}.tar.gz");
        try
        {
            await File.WriteAllBytesAsync(kept, await (await superAdmin.GetAsync($"/api/backups/{second}")).Content.ReadAsByteArrayAsync());
            await using var listening = new Npgsql.NpgsqlConnection(factory.ConnectionString);
            await listening.OpenAsync();
            var (code, output) = await RestoreAsync(factory, kept);
            Assert.NotEqual(0, code);
            Assert.Contains("other connections to the database are open", output);
            Assert.Equal(HttpStatusCode.OK, (await superAdmin.GetAsync("/api/backups")).StatusCode);
        }
        finally
        {
            File.Delete(kept);
        }
    }
}
