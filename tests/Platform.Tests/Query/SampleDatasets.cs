using System.Net;
using System.Net.Http.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Query;

/// <summary>Sample files uploaded once by one owner and linked to one room, for a test class that only reads them.</summary>
public abstract class UploadedSamples(params string[] files) : IAsyncLifetime
{
    // Up to dozens of uploads in a row on a busy machine: each waits for its ingest, so every one answers 201 and is ready.
    // Hundreds of scored questions share the instance's few query slots, and a query's wait for one counts against its
    // timeout: these tests score answers, not time (timeouts have tests of their own).
    public PlatformFactory Factory { get; } = new PlatformFactory().With("Platform:Datasets:BackgroundAfter", "00:02:00").With("Platform:Query:TimeoutMs", "60000");
    public Person Owner { get; private set; } = null!;
    public Dictionary<string, (Guid Id, string Table)> Datasets { get; } = [];
    public Guid Room { get; private set; }

    public async Task InitializeAsync()
    {
        await Factory.StartAsync();
        Owner = await Person.RegisterAsync(Factory);
        Room = await Owner.CreateRoomAsync("All samples");
        foreach (var file in files)
        {
            var dataset = await (await Owner.Client.UploadSharedAsync(file)).JsonAsync(HttpStatusCode.Created);
            var id = dataset.Id();
            Datasets[Path.GetFileNameWithoutExtension(file)] = (id, dataset.GetProperty("tableName").GetString()!);
            await (await Owner.Client.PostAsJsonAsync($"/api/rooms/{Room}/datasets", new { datasetId = id })).EnsureStatus(HttpStatusCode.OK);
        }
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>The six sample datasets the built-in engine was built beside.</summary>
public sealed class SampleDatasets() : UploadedSamples("stocks.csv", "weather.csv", "gapminder.json", "airports.csv", "iowa-electricity.csv", "us-employment.csv");
