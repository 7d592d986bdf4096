using System.Net;

namespace Platform.Tests.Datasets;

public sealed class BrowseDatasetTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Rows_page_through_the_table_in_file_order()
    {
        var owner = await Person.RegisterAsync(factory);
        var id = (await (await owner.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created)).Id();

        var sample = await (await owner.Client.GetAsync($"/api/datasets/{id}/sample")).JsonAsync();
        var page = await (await owner.Client.GetAsync($"/api/datasets/{id}/rows?offset=2920&limit=5")).JsonAsync();
        var defaults = await (await owner.Client.GetAsync($"/api/datasets/{id}/rows")).JsonAsync();
        var tooMany = await (await owner.Client.GetAsync($"/api/datasets/{id}/rows?limit=5000")).JsonAsync();
        var lastFew = await (await owner.Client.GetAsync($"/api/datasets/{id}/rows?offset=2900&limit=5000")).JsonAsync();

        Assert.Equal(20, sample.GetProperty("rows").GetArrayLength());
        Assert.Equal("2012-01-01", sample.GetProperty("rows")[0][1].GetString());
        Assert.Equal(7, sample.GetProperty("columns").GetArrayLength());
        Assert.Equal("DATE", sample.GetProperty("columns")[1].GetProperty("type").GetString());
        Assert.Equal(2, page.GetProperty("rows").GetArrayLength());
        Assert.Equal(2922, page.GetProperty("total").GetInt64());
        Assert.Equal("New York", page.GetProperty("rows")[1][0].GetString());
        Assert.Equal(200, defaults.GetProperty("rows").GetArrayLength());
        Assert.False(defaults.GetProperty("truncated").GetBoolean());
        // Above the cap the answer clamps to it and says so, as long as rows were left out.
        Assert.Equal(1000, tooMany.GetProperty("rows").GetArrayLength());
        Assert.True(tooMany.GetProperty("truncated").GetBoolean());
        Assert.Equal(22, lastFew.GetProperty("rows").GetArrayLength());
        Assert.False(lastFew.GetProperty("truncated").GetBoolean());
        await (await owner.Client.GetAsync($"/api/datasets/{id}/rows?limit=0")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_list_holds_my_datasets_only()
    {
        var me = await Person.RegisterAsync(factory);
        var other = await Person.RegisterAsync(factory);
        await me.Client.UploadSharedAsync("stocks.csv");
        await me.Client.UploadSharedAsync("iowa-electricity.csv");
        await other.Client.UploadSharedAsync("stocks.csv");

        var mine = await (await me.Client.GetAsync("/api/datasets?limit=1")).JsonAsync();

        Assert.Equal(2, mine.GetProperty("total").GetInt64());
        Assert.Equal("iowa-electricity", mine.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Someone_elses_dataset_is_404_on_every_route()
    {
        var owner = await Person.RegisterAsync(factory);
        var stranger = await Person.RegisterAsync(factory);
        var id = (await (await owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created)).Id();

        foreach (var path in new[] { $"/api/datasets/{id}", $"/api/datasets/{id}/sample", $"/api/datasets/{id}/rows" })
            await (await stranger.Client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/api/datasets/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.GetAsync($"/api/datasets/{id}")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Deleting_removes_the_metadata_and_the_files()
    {
        var owner = await Person.RegisterAsync(factory);
        var id = (await (await owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        var folder = Path.Combine(factory.DataDirectory, "datasets", id.ToString("N"));
        Assert.Single(Directory.GetFiles(folder, "v1-*.duckdb"));

        await (await owner.Client.DeleteAsync($"/api/datasets/{id}")).EnsureStatus(HttpStatusCode.NoContent);

        await (await owner.Client.GetAsync($"/api/datasets/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Downloads_round_trip_as_csv_and_parquet()
    {
        var owner = await Person.RegisterAsync(factory);
        var id = (await (await owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created)).Id();

        var csv = await owner.Client.GetAsync($"/api/datasets/{id}/download");
        var parquet = await owner.Client.GetAsync($"/api/datasets/{id}/download?format=parquet");
        var xml = await owner.Client.GetAsync($"/api/datasets/{id}/download?format=xml");

        await csv.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("stocks.csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("symbol,date,price", lines[0]);
        Assert.Equal(561, lines.Length);
        Assert.Equal("MSFT,2000-01-01,39.81", lines[1]);
        var bytes = await parquet.Content.ReadAsByteArrayAsync();
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        var again = await (await owner.Client.UploadAsync("again.parquet", bytes)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(560, again.GetProperty("rowCount").GetInt64());
        Assert.Equal("DATE", again.GetProperty("columns")[1].GetProperty("type").GetString());
        await xml.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "uploads")));
    }
}
