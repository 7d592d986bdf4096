using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Query;

namespace Platform.Tests.Dashboards;

public sealed class PanelDataTests(SampleDatasets samples) : IClassFixture<SampleDatasets>
{
    private async Task<(Guid Dashboard, Guid Panel)> PinAsync(string dataset, string sql, Guid? room = null)
    {
        var dashboard = (await (await samples.Owner.Client.PostAsJsonAsync("/api/dashboards", new { name = "Data", roomId = room })).JsonAsync(HttpStatusCode.Created)).Id();
        var (id, table) = samples.Datasets[dataset];
        object panel = room is null ? new { title = "Panel", datasetId = id, sql = sql.Replace("{t}", table) } : new { title = "Panel", sql = sql.Replace("{t}", table) };
        var created = await (await samples.Owner.Client.PostAsJsonAsync($"/api/dashboards/{dashboard}/panels", panel)).JsonAsync(HttpStatusCode.Created);
        return (dashboard, created.Id());
    }

    [Theory]
    [InlineData("stocks", "select round(avg(price), 2) as avg_price from {t}", "text", "text")]
    [InlineData("stocks", "select symbol, avg(price) as avg_price from {t} group by symbol", "bar", "x")]
    [InlineData("stocks", "select date, price, symbol from {t} where symbol in ('AAPL', 'IBM')", "line", "x")]
    [InlineData("iowa-electricity", "select source, round(100.0 * sum(net_generation) / sum(sum(net_generation)) over (), 2) as share_pct from {t} group by source", "arc", "theta")]
    [InlineData("gapminder", "select life_expect, fertility from {t} where year = 2005", "point", "x")]
    [InlineData("airports", "select iata, name from {t} limit 5", "text", "text")]
    public async Task Panel_data_comes_with_a_complete_vega_lite_spec_holding_the_rows(string dataset, string sql, string mark, string channel)
    {
        var (dashboard, panel) = await PinAsync(dataset, sql);

        var data = await (await samples.Owner.Client.GetAsync($"/api/dashboards/{dashboard}/panels/{panel}/data")).JsonAsync();

        var spec = data.GetProperty("vegaLite");
        Assert.Equal("https://vega.github.io/schema/vega-lite/v5.json", spec.GetProperty("$schema").GetString());
        Assert.Equal(mark, spec.GetProperty("mark").GetProperty("type").GetString());
        Assert.True(spec.GetProperty("encoding").TryGetProperty(channel, out _));
        var values = spec.GetProperty("data").GetProperty("values");
        Assert.Equal(data.GetProperty("rows").GetArrayLength(), values.GetArrayLength());
        var firstColumn = data.GetProperty("columns")[0].GetProperty("name").GetString()!;
        Assert.True(values[0].TryGetProperty(firstColumn, out _));
    }

    [Fact]
    public async Task Refresh_reruns_every_panel_keeps_the_results_and_tells_the_room()
    {
        var (dashboard, panel) = await PinAsync("weather", "select location, count(*) as days from {t} group by location order by location", samples.Room);
        var before = await (await samples.Owner.Client.GetAsync($"/api/dashboards/{dashboard}/panels/{panel}/data")).JsonAsync();

        var refreshed = await (await samples.Owner.Client.PostAsJsonAsync($"/api/dashboards/{dashboard}/refresh", new { force = true })).JsonAsync();

        var outcome = Assert.Single(refreshed.GetProperty("panels").EnumerateArray());
        Assert.Equal(2, outcome.GetProperty("rowCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, outcome.GetProperty("error").ValueKind);
        var after = await (await samples.Owner.Client.GetAsync($"/api/dashboards/{dashboard}/panels/{panel}/data")).JsonAsync();
        Assert.True(after.GetProperty("refreshedAt").GetDateTimeOffset() > before.GetProperty("refreshedAt").GetDateTimeOffset());
        Assert.Equal(before.GetProperty("rows").GetRawText(), after.GetProperty("rows").GetRawText());
        await samples.Owner.RoomEventAsync(samples.Room, "panel.refreshed", panel.ToString());
    }

    [Fact]
    public async Task A_reader_who_cannot_query_the_panels_data_does_not_see_it()
    {
        var (dashboard, panel) = await PinAsync("stocks", "select count(*) as n from {t}");
        var stranger = await Person.RegisterAsync(samples.Factory);

        await (await stranger.Client.GetAsync($"/api/dashboards/{dashboard}/panels/{panel}/data")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PostAsJsonAsync($"/api/dashboards/{dashboard}/refresh", new { })).ProblemAsync(HttpStatusCode.NotFound);
        await (await samples.Owner.Client.GetAsync($"/api/dashboards/{dashboard}/panels/{Guid.NewGuid()}/data")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
