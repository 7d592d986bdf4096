using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Query;

namespace Platform.Tests.Dashboards;

public sealed class PanelEditAndTransferTests(SampleDatasets samples) : IClassFixture<SampleDatasets>
{
    private async Task<(Guid Dashboard, Guid Panel)> BoardWithPanelAsync()
    {
        var dashboard = (await (await samples.Owner.Client.PostAsJsonAsync("/api/dashboards", new { name = "Edit me", roomId = samples.Room })).JsonAsync(HttpStatusCode.Created)).Id();
        var (_, table) = samples.Datasets["stocks"];
        var panel = await (await samples.Owner.Client.PostAsJsonAsync($"/api/dashboards/{dashboard}/panels",
            new { title = "Average", sql = $"select symbol, avg(price) as avg_price from {table} group by symbol" })).JsonAsync(HttpStatusCode.Created);
        return (dashboard, panel.Id());
    }

    [Fact]
    public async Task Editing_a_panels_sql_checks_it_reinfers_the_chart_and_drops_the_kept_result()
    {
        var (dashboard, panel) = await BoardWithPanelAsync();
        var (_, table) = samples.Datasets["stocks"];
        await (await samples.Owner.Client.GetAsync($"/api/dashboards/{dashboard}/panels/{panel}/data")).EnsureStatus(HttpStatusCode.OK);

        await (await samples.Owner.Client.PatchAsJsonAsync($"/api/dashboards/{dashboard}/panels/{panel}", new { sql = $"drop table {table}" })).ProblemAsync(HttpStatusCode.BadRequest);
        var edited = await (await samples.Owner.Client.PatchAsJsonAsync($"/api/dashboards/{dashboard}/panels/{panel}",
            new { title = "Count", sql = $"select count(*) as n from {table}" })).JsonAsync();

        Assert.Equal("Count", edited.GetProperty("title").GetString());
        Assert.Equal("number", edited.GetProperty("visualization").GetProperty("type").GetString());
        var data = await (await samples.Owner.Client.GetAsync($"/api/dashboards/{dashboard}/panels/{panel}/data")).JsonAsync();
        Assert.Equal("[[560]]", data.GetProperty("rows").GetRawText());
        var retitled = await (await samples.Owner.Client.PatchAsJsonAsync($"/api/dashboards/{dashboard}/panels/{panel}", new { visualization = new { type = "table" } })).JsonAsync();
        Assert.Equal("table", retitled.GetProperty("visualization").GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_exported_definition_imports_as_a_new_dashboard_with_the_same_panels_and_layout()
    {
        var (dashboard, _) = await BoardWithPanelAsync();

        var exported = await samples.Owner.Client.GetAsync($"/api/dashboards/{dashboard}/export");
        var definition = await exported.JsonAsync();
        Assert.Equal("attachment", exported.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("platform.dashboard/v1", definition.GetProperty("format").GetString());
        var imported = await (await samples.Owner.Client.PostAsJsonAsync("/api/dashboards/import", new { definition, roomId = samples.Room, name = "Copy" })).JsonAsync(HttpStatusCode.Created);

        Assert.NotEqual(dashboard, imported.Id());
        Assert.Equal("Copy", imported.GetProperty("name").GetString());
        var panel = Assert.Single(imported.GetProperty("panels").EnumerateArray());
        Assert.Equal(definition.GetProperty("panels")[0].GetProperty("sql").GetString(), panel.GetProperty("sql").GetString());
        Assert.Equal(panel.Id(), Assert.Single(imported.GetProperty("layout").EnumerateArray()).GetProperty("panelId").GetGuid());
    }

    [Fact]
    public async Task A_definition_reaching_data_the_importer_cannot_read_or_holding_unsafe_sql_creates_nothing()
    {
        var (dashboard, _) = await BoardWithPanelAsync();
        var definition = await (await samples.Owner.Client.GetAsync($"/api/dashboards/{dashboard}/export")).JsonAsync();
        var stranger = await Person.RegisterAsync(samples.Factory);

        await (await stranger.Client.PostAsJsonAsync("/api/dashboards/import", new { definition })).ProblemAsync(HttpStatusCode.NotFound);
        var unsafeDefinition = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(definition.GetRawText())!;
        var (id, table) = samples.Datasets["stocks"];
        unsafeDefinition["panels"] = JsonSerializer.SerializeToElement(new[] { new { key = "p", title = "x", datasetId = id, sql = $"delete from {table}", visualization = new { type = "table" } } });
        unsafeDefinition["layout"] = JsonSerializer.SerializeToElement(Array.Empty<object>());
        await (await samples.Owner.Client.PostAsJsonAsync("/api/dashboards/import", new { definition = unsafeDefinition })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await samples.Owner.Client.PostAsJsonAsync("/api/dashboards/import", new { definition = new { format = "other/v9", name = "x", panels = Array.Empty<object>(), layout = Array.Empty<object>() } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await samples.Owner.Client.PostAsJsonAsync("/api/dashboards/import", new { })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, (await (await stranger.Client.GetAsync("/api/dashboards")).JsonAsync()).GetProperty("total").GetInt64());
    }
}
