using System.Net;

namespace Platform.Tests.Datasets;

/// <summary>DuckDB's ingest budget running short is the server's problem, never the file's: retried with more, then 503.</summary>
public sealed class IngestMemoryTests
{
    [Fact]
    public async Task An_ingest_short_of_memory_is_retried_with_a_larger_budget()
    {
        // DuckDB's CSV reader wants about 64 MB on two threads: 20 MB fails, the retry's 80 MB does not.
        await using var factory = await new PlatformFactory().With("Platform:Datasets:IngestMemoryLimitMb", "20").StartAsync();
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadSharedAsync("airports.csv")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(3376, dataset.GetProperty("rowCount").GetInt64());
    }

    [Fact]
    public async Task An_ingest_that_cannot_get_the_memory_is_a_503_and_leaves_nothing()
    {
        await using var factory = await new PlatformFactory().With("Platform:Datasets:IngestMemoryLimitMb", "1").StartAsync();
        var owner = await Person.RegisterAsync(factory);

        var problem = await (await owner.Client.UploadSharedAsync("airports.csv")).ProblemAsync(HttpStatusCode.ServiceUnavailable);

        Assert.Contains("memory", problem.GetProperty("detail").GetString());
        Assert.Equal(0, (await (await owner.Client.GetAsync("/api/datasets")).JsonAsync()).GetProperty("total").GetInt64());
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(factory.DataDirectory, "datasets")));
    }
}
