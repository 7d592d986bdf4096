using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Datasets;

namespace Platform.Tests.Datasets;

/// <summary>An ingest longer than the upload wants to wait finishes in the background; one cut short by a stop is failed later.</summary>
public sealed class BackgroundIngestTests : IAsyncLifetime
{
    // No wait at all: every ingest here outlasts it.
    private readonly PlatformFactory _factory = new PlatformFactory().With("Platform:Datasets:BackgroundAfter", "00:00:00");

    public Task InitializeAsync() => _factory.StartAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static async Task<JsonElement> UploadToRoomAsync(Person owner, Guid room, string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(room.ToString()), "roomId" } };
        var response = await owner.Client.PostAsync("/api/datasets", form);
        var dataset = await response.JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal($"/api/datasets/{dataset.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal("processing", dataset.GetProperty("status").GetString());
        return dataset;
    }

    private static async Task<JsonElement> DatasetAsync(Person owner, Guid id) => await (await owner.Client.GetAsync($"/api/datasets/{id}")).JsonAsync();

    [Fact]
    public async Task A_long_ingest_answers_202_and_the_room_hears_when_it_is_ready()
    {
        var owner = await Person.RegisterAsync(_factory);
        var room = await owner.CreateRoomAsync();

        var accepted = await UploadToRoomAsync(owner, room, "weather.csv", await File.ReadAllBytesAsync(Path.Combine(DatasetUploads.Samples, "weather.csv")));

        var id = accepted.Id();
        var ready = await owner.RoomEventAsync(room, "dataset.ready");
        Assert.Equal(id, ready.GetProperty("datasetId").GetGuid());
        Assert.Equal(2922, ready.GetProperty("rowCount").GetInt64());
        var dataset = await DatasetAsync(owner, id);
        Assert.Equal("ready", dataset.GetProperty("status").GetString());
        Assert.Equal("DATE", dataset.GetProperty("columns")[1].GetProperty("type").GetString());
        await (await owner.Client.GetAsync($"/api/datasets/{id}/sample")).EnsureStatus(HttpStatusCode.OK);
        await using var session = _factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Null(await session.LoadAsync<Platform.Features.Common.WorkLease>(id));
        Assert.False(Directory.EnumerateFiles(Path.Combine(_factory.DataDirectory, "uploads")).Any(), "the upload is deleted once ingested");
    }

    [Fact]
    public async Task A_broken_file_found_in_the_background_fails_the_dataset_with_where_and_leaves_no_files()
    {
        var owner = await Person.RegisterAsync(_factory);
        var room = await owner.CreateRoomAsync();
        var ragged = "a,b,c\n" + string.Concat(Enumerable.Range(1, 50_000).Select(i => $"{i},{i},{i}\n")) + "1,2\n";

        var accepted = await UploadToRoomAsync(owner, room, "ragged.csv", System.Text.Encoding.UTF8.GetBytes(ragged));

        var id = accepted.Id();
        var failed = await owner.RoomEventAsync(room, "dataset.failed");
        Assert.Contains("Line 50002 has 2 fields", failed.GetProperty("error").GetString());
        var dataset = await DatasetAsync(owner, id);
        Assert.Equal("failed", dataset.GetProperty("status").GetString());
        Assert.Equal(failed.GetProperty("error").GetString(), dataset.GetProperty("error").GetString());
        Assert.False(Directory.Exists(Path.Combine(_factory.DataDirectory, "datasets", id.ToString("N"))));
        var problem = await (await owner.Client.GetAsync($"/api/datasets/{id}/rows")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("ingest failed", problem.GetProperty("detail").GetString());
    }

    private static async Task<Dataset> StoreProcessingAsync(PlatformFactory factory, Person owner, DateTimeOffset heartbeat)
    {
        var id = Guid.CreateVersion7();
        var dataset = new Dataset
        {
            Id = id, OwnerId = owner.Id, Name = "half", TableName = $"half_{id.ToString("N")[^8..]}", Status = DatasetStatus.Processing,
            Version = 1, OriginalFileName = "half.csv", CreatedAt = heartbeat, UpdatedAt = heartbeat,
        };
        await using var session = factory.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Insert(dataset);
        session.Store(new Platform.Features.Common.WorkLease { Id = id, HeartbeatAt = heartbeat });
        await session.SaveChangesAsync();
        var folder = Directory.CreateDirectory(Path.Combine(factory.DataDirectory, "datasets", id.ToString("N"))).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "v1-0badf11e.duckdb"), "half written");
        return dataset;
    }

    [Fact]
    public async Task A_processing_dataset_cannot_be_read_or_reuploaded_yet()
    {
        var owner = await Person.RegisterAsync(_factory);
        var dataset = await StoreProcessingAsync(_factory, owner, DateTimeOffset.UtcNow);

        foreach (var path in new[] { "sample", "rows", "download?format=csv" })
        {
            var problem = await (await owner.Client.GetAsync($"/api/datasets/{dataset.Id}/{path}")).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("still being ingested", problem.GetProperty("detail").GetString());
        }
        var reupload = new MultipartFormDataContent { { new ByteArrayContent("a\n1\n"u8.ToArray()), "file", "a.csv" } };
        await (await owner.Client.PostAsync($"/api/datasets/{dataset.Id}/reupload", reupload)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("processing", (await DatasetAsync(owner, dataset.Id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Start_up_fails_an_ingest_a_stopped_instance_left_and_a_reupload_brings_the_dataset_back()
    {
        var owner = await Person.RegisterAsync(_factory);
        var interrupted = await StoreProcessingAsync(_factory, owner, DateTimeOffset.UtcNow - TimeSpan.FromMinutes(5));
        var running = await StoreProcessingAsync(_factory, owner, DateTimeOffset.UtcNow.AddMinutes(1));

        await using var restarted = await new PlatformFactory().SharingDatabaseWith(_factory).With("Platform:DataDirectory", _factory.DataDirectory).StartAsync();
        using var client = restarted.CreateClient(owner.Auth.AccessToken);

        var dataset = await Eventually.Until(async () => await (await client.GetAsync($"/api/datasets/{interrupted.Id}")).JsonAsync(),
            d => d.GetProperty("status").GetString() != "processing");
        Assert.Equal("failed", dataset.GetProperty("status").GetString());
        Assert.Equal(InterruptedIngestCleanup.Interrupted, dataset.GetProperty("error").GetString());
        Assert.False(Directory.Exists(Path.Combine(_factory.DataDirectory, "datasets", interrupted.Id.ToString("N"))));
        Assert.Equal("processing", (await (await client.GetAsync($"/api/datasets/{running.Id}")).JsonAsync()).GetProperty("status").GetString());
        Assert.True(Directory.Exists(Path.Combine(_factory.DataDirectory, "datasets", running.Id.ToString("N"))), "a live ingest's files stay");

        var reupload = new MultipartFormDataContent { { new ByteArrayContent("city,people\nOslo,700000\n"u8.ToArray()), "file", "cities.csv" } };
        var fixedUp = await (await client.PostAsync($"/api/datasets/{interrupted.Id}/reupload", reupload)).JsonAsync();
        Assert.Equal("ready", fixedUp.GetProperty("status").GetString());
        Assert.Equal(2, fixedUp.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, fixedUp.GetProperty("error").ValueKind);
        var rows = await (await client.GetAsync($"/api/datasets/{interrupted.Id}/rows")).JsonAsync();
        Assert.Equal("Oslo", rows.GetProperty("rows")[0][0].GetString());
    }
}
