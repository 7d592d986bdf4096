using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Platform.Tests.Datasets;

public sealed class ManageDatasetTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static Task<HttpResponseMessage> Reupload(HttpClient client, Guid id, string fileName, string content) =>
        client.PostAsync($"/api/datasets/{id}/reupload", new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", fileName } });

    private async Task<(Person Owner, Guid Id)> Uploaded(string csv = "city,people\nOslo,700000\nBergen,285000\n")
    {
        var owner = await Person.RegisterAsync(factory);
        var id = (await (await owner.Client.UploadAsync("cities.csv", csv)).JsonAsync(HttpStatusCode.Created)).Id();
        return (owner, id);
    }

    private string[] DataFiles(Guid id) => Directory.GetFiles(Path.Combine(factory.DataDirectory, "datasets", id.ToString("N")), "*.duckdb");

    [Fact]
    public async Task Renaming_and_describing_keeps_the_table_name()
    {
        var (owner, id) = await Uploaded();
        var before = await (await owner.Client.GetAsync($"/api/datasets/{id}")).JsonAsync();

        var renamed = await (await owner.Client.PatchAsJsonAsync($"/api/datasets/{id}", new { name = "Norwegian cities", description = "Population, 2024" })).JsonAsync();
        var blank = await owner.Client.PatchAsJsonAsync($"/api/datasets/{id}", new { name = " " });

        Assert.Equal("Norwegian cities", renamed.GetProperty("name").GetString());
        Assert.Equal("Population, 2024", renamed.GetProperty("description").GetString());
        Assert.Equal(before.GetProperty("tableName").GetString(), renamed.GetProperty("tableName").GetString());
        await blank.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Renaming_a_column_makes_a_new_version_and_describing_one_does_not()
    {
        var (owner, id) = await Uploaded();

        var described = await (await owner.Client.PatchAsJsonAsync($"/api/datasets/{id}/columns/people", new { description = "inhabitants" })).JsonAsync();
        var renamed = await (await owner.Client.PatchAsJsonAsync($"/api/datasets/{id}/columns/people", new { name = "Population (2024)" })).JsonAsync();
        var clash = await owner.Client.PatchAsJsonAsync($"/api/datasets/{id}/columns/city", new { name = "POPULATION (2024)" });
        var missing = await owner.Client.PatchAsJsonAsync($"/api/datasets/{id}/columns/people", new { description = "gone" });
        var rows = await (await owner.Client.GetAsync($"/api/datasets/{id}/rows")).JsonAsync();

        Assert.Equal(1, described.GetProperty("version").GetInt32());
        Assert.Equal(2, renamed.GetProperty("version").GetInt32());
        var column = renamed.GetProperty("columns")[1];
        Assert.Equal("Population (2024)", column.GetProperty("name").GetString());
        Assert.Equal("inhabitants", column.GetProperty("description").GetString());
        await clash.ProblemAsync(HttpStatusCode.Conflict);
        await missing.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Population (2024)", rows.GetProperty("columns")[1].GetProperty("name").GetString());
        Assert.Equal(700000, rows.GetProperty("rows")[0][1].GetInt64());
    }

    [Fact]
    public async Task Reuploading_replaces_the_content_and_raises_the_version()
    {
        var (owner, id) = await Uploaded();
        await owner.Client.PatchAsJsonAsync($"/api/datasets/{id}/columns/people", new { description = "inhabitants" });

        var replaced = await (await Reupload(owner.Client, id, "cities-v2.csv", "city,people,country\nOslo,709000,NO\nBergen,291000,NO\nStockholm,984000,SE\n")).JsonAsync();

        Assert.Equal(2, replaced.GetProperty("version").GetInt32());
        Assert.Equal(3, replaced.GetProperty("rowCount").GetInt64());
        Assert.Equal("inhabitants", replaced.GetProperty("columns")[1].GetProperty("description").GetString());
        var rows = await (await owner.Client.GetAsync($"/api/datasets/{id}/rows")).JsonAsync();
        Assert.Equal("Stockholm", rows.GetProperty("rows")[2][0].GetString());
    }

    [Fact]
    public async Task A_failed_reupload_leaves_the_old_version_untouched()
    {
        var (owner, id) = await Uploaded();

        var broken = await Reupload(owner.Client, id, "broken.csv", "city,people\nOslo\n");

        await broken.ProblemAsync(HttpStatusCode.BadRequest);
        var dataset = await (await owner.Client.GetAsync($"/api/datasets/{id}")).JsonAsync();
        Assert.Equal(1, dataset.GetProperty("version").GetInt32());
        Assert.Equal(2, dataset.GetProperty("rowCount").GetInt64());
        Assert.Single(DataFiles(id));
        await (await owner.Client.GetAsync($"/api/datasets/{id}/sample")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_reuploads_never_lose_an_update_silently()
    {
        var (owner, id) = await Uploaded();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Reupload(owner.Client, id, $"v{i}.csv", $"city,people\nOslo,{700000 + i}\n")));

        Assert.All(attempts, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var succeeded = attempts.Count(a => a.StatusCode == HttpStatusCode.OK);
        var dataset = await (await owner.Client.GetAsync($"/api/datasets/{id}")).JsonAsync();
        Assert.Equal(1 + succeeded, dataset.GetProperty("version").GetInt32());
        Assert.InRange(DataFiles(id).Length, 1, 2);
    }

    [Fact]
    public async Task Room_members_who_can_read_cannot_change()
    {
        var (owner, id) = await Uploaded();
        var viewer = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, viewer.Email, "editor");
        await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = id });

        await (await viewer.Client.PatchAsJsonAsync($"/api/datasets/{id}", new { name = "mine now" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await viewer.Client.PatchAsJsonAsync($"/api/datasets/{id}/columns/city", new { name = "town" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await Reupload(viewer.Client, id, "x.csv", "a\n1\n")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
