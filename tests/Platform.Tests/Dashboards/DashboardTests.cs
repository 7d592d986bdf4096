using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Query;

namespace Platform.Tests.Dashboards;

public sealed class DashboardTests(SampleDatasets samples) : IClassFixture<SampleDatasets>
{
    private Person Owner => samples.Owner;

    private async Task<JsonElement> CreateAsync(Person person, string name, Guid? roomId = null) =>
        await (await person.Client.PostAsJsonAsync("/api/dashboards", new { name, roomId })).JsonAsync(HttpStatusCode.Created);

    private async Task<HttpResponseMessage> AddPanelAsync(Person person, Guid dashboard, object panel) =>
        await person.Client.PostAsJsonAsync($"/api/dashboards/{dashboard}/panels", panel);

    [Theory]
    [InlineData("stocks", "select round(avg(price), 2) as avg_price from {t}", "number", null, "avg_price")]
    [InlineData("stocks", "select symbol, avg(price) as avg_price from {t} group by symbol", "bar", "symbol", "avg_price")]
    [InlineData("stocks", "select date, price from {t} where symbol = 'AAPL'", "line", "date", "price")]
    [InlineData("gapminder", "select year, sum(pop) as pop from {t} group by year", "line", "year", "pop")]
    [InlineData("gapminder", "select life_expect, fertility from {t} where year = 2005", "scatter", "life_expect", "fertility")]
    [InlineData("iowa-electricity", "select source, sum(net_generation) as total, round(100.0 * sum(net_generation) / sum(sum(net_generation)) over (), 2) as share_pct from {t} group by source", "pie", "source", "share_pct")]
    [InlineData("airports", "select state, count(*) as airports, round(100.0 * count(*) / sum(count(*)) over (), 2) as share_pct from {t} group by state", "bar", "state", "airports")]
    [InlineData("airports", "select iata, name, city from {t} limit 10", "table", null, null)]
    public async Task Without_a_visualization_the_results_shape_chooses_it(string dataset, string sql, string type, string? x, string? y)
    {
        var dashboard = (await CreateAsync(Owner, "Shapes")).Id();
        var (id, table) = samples.Datasets[dataset];

        var panel = await (await AddPanelAsync(Owner, dashboard, new { title = "p", datasetId = id, sql = sql.Replace("{t}", table) })).JsonAsync(HttpStatusCode.Created);

        var visualization = panel.GetProperty("visualization");
        Assert.Equal(type, visualization.GetProperty("type").GetString());
        Assert.Equal(x, visualization.GetProperty("x").GetString());
        Assert.Equal(y, visualization.GetProperty("y").GetString());
    }

    [Fact]
    public async Task A_panel_without_a_title_is_titled_by_its_question_or_the_first_line_of_its_sql()
    {
        var dashboard = (await CreateAsync(Owner, "Untitled", samples.Room)).Id();
        var (id, table) = samples.Datasets["stocks"];

        var asked = await (await AddPanelAsync(Owner, dashboard, new { question = "average price per year for AAPL" })).JsonAsync(HttpStatusCode.Created);
        var written = await (await AddPanelAsync(Owner, dashboard, new { datasetId = id, sql = $"\n  select symbol, count(*) as n\nfrom {table} group by symbol" })).JsonAsync(HttpStatusCode.Created);
        var blank = await (await AddPanelAsync(Owner, dashboard, new { title = "  ", datasetId = id, sql = $"select 1 as one" })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("average price per year for AAPL", asked.GetProperty("title").GetString());
        Assert.Equal("select symbol, count(*) as n", written.GetProperty("title").GetString());
        Assert.Equal("select 1 as one", blank.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_question_is_turned_into_sql_once_and_the_panel_keeps_the_sql()
    {
        var dashboard = (await CreateAsync(Owner, "Markets", samples.Room)).Id();

        var panel = await (await AddPanelAsync(Owner, dashboard, new { title = "Prices", question = "average price per year for AAPL" })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("average price per year for AAPL", panel.GetProperty("question").GetString());
        Assert.Contains("year(\"date\")", panel.GetProperty("sql").GetString());
        Assert.Equal(samples.Room, panel.GetProperty("roomId").GetGuid());
        Assert.Equal("line", panel.GetProperty("visualization").GetProperty("type").GetString());
        var problem = await (await AddPanelAsync(Owner, dashboard, new { title = "?", question = "the dividend yield of AAPL" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("can't tell", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unsafe_sql_bad_visualizations_and_ambiguous_sources_are_400_and_change_nothing()
    {
        var dashboard = (await CreateAsync(Owner, "Strict")).Id();
        var (id, table) = samples.Datasets["stocks"];

        await (await AddPanelAsync(Owner, dashboard, new { title = "x", datasetId = id, sql = $"delete from {table}" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await AddPanelAsync(Owner, dashboard, new { title = "x", datasetId = id, sql = "select 1", question = "and this" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await AddPanelAsync(Owner, dashboard, new { title = "x", sql = "select 1" })).ProblemAsync(HttpStatusCode.BadRequest);
        var unknownField = await (await AddPanelAsync(Owner, dashboard, new { title = "x", datasetId = id, sql = $"select symbol from {table}", visualization = new { type = "bar", x = "nope" } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'nope'", unknownField.GetProperty("detail").GetString());

        var after = await (await Owner.Client.GetAsync($"/api/dashboards/{dashboard}")).JsonAsync();
        Assert.Equal(0, after.GetProperty("panels").GetArrayLength());
        Assert.Equal(1, after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_stale_layout_is_refused_never_silently_lost()
    {
        var created = await CreateAsync(Owner, "Layout");
        var dashboard = created.Id();
        var (id, table) = samples.Datasets["stocks"];
        var first = (await (await AddPanelAsync(Owner, dashboard, new { title = "a", datasetId = id, sql = $"select count(*) from {table}" })).JsonAsync(HttpStatusCode.Created)).Id();
        var second = (await (await AddPanelAsync(Owner, dashboard, new { title = "b", datasetId = id, sql = $"select max(price) from {table}" })).JsonAsync(HttpStatusCode.Created)).Id();
        var read = await Owner.Client.GetAsync($"/api/dashboards/{dashboard}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("\"3\"", etag);
        object Layout(int x) => new { items = new[] { new { panelId = first, x, y = 0, w = 6, h = 4 }, new { panelId = second, x = 6, y = 0, w = 6, h = 4 } } };

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/dashboards/{dashboard}/layout") { Content = JsonContent.Create(Layout(0)) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var saved = await Owner.Client.SendAsync(put);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/dashboards/{dashboard}/layout") { Content = JsonContent.Create(Layout(1)) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));

        Assert.Equal(4, (await saved.JsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal("\"4\"", saved.Headers.ETag!.Tag);
        await (await Owner.Client.SendAsync(stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await Owner.Client.PutAsJsonAsync($"/api/dashboards/{dashboard}/layout", new { items = Array.Empty<object>(), version = 3 })).ProblemAsync(HttpStatusCode.Conflict);
        await (await Owner.Client.PutAsJsonAsync($"/api/dashboards/{dashboard}/layout", Layout(0))).ProblemAsync((HttpStatusCode)428);
        await (await Owner.Client.PutAsJsonAsync($"/api/dashboards/{dashboard}/layout", new { items = new[] { new { panelId = first, x = 0, y = 0, w = 6, h = 4 } }, version = 4 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.Client.PutAsJsonAsync($"/api/dashboards/{dashboard}/layout", new { items = new[] { new { panelId = first, x = 10, y = 0, w = 6, h = 4 }, new { panelId = second, x = 0, y = 0, w = 6, h = 4 } }, version = 4 }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Owner.Client.PutAsJsonAsync($"/api/dashboards/{dashboard}/layout",
            new { items = new[] { new { panelId = first, x = i, y = 0, w = 6, h = 4 }, new { panelId = second, x = 0, y = 8, w = 6, h = 4 } }, version = 4 })));
        Assert.Equal(1, concurrent.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(concurrent.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Room_dashboards_are_read_by_members_changed_by_editors_and_hidden_from_others()
    {
        var editor = await Person.RegisterAsync(samples.Factory);
        var viewer = await Person.RegisterAsync(samples.Factory);
        var outsider = await Person.RegisterAsync(samples.Factory);
        var room = await Owner.CreateRoomAsync("Shared");
        await Owner.AddMemberAsync(room, editor.Email, "editor");
        await Owner.AddMemberAsync(room, viewer.Email, "viewer");
        var shared = (await CreateAsync(editor, "Team board", room)).Id();
        var personal = (await CreateAsync(Owner, "Mine")).Id();

        await (await viewer.Client.GetAsync($"/api/dashboards/{shared}")).EnsureStatus(HttpStatusCode.OK);
        await (await viewer.Client.PatchAsJsonAsync($"/api/dashboards/{shared}", new { name = "Renamed" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await editor.Client.PatchAsJsonAsync($"/api/dashboards/{shared}", new { name = "Renamed" })).EnsureStatus(HttpStatusCode.OK);
        // A refresh overwrites the results every member sees.
        await (await viewer.Client.PostAsJsonAsync($"/api/dashboards/{shared}/refresh", new { })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await editor.Client.PostAsJsonAsync($"/api/dashboards/{shared}/refresh", new { })).EnsureStatus(HttpStatusCode.OK);
        await (await viewer.Client.PostAsJsonAsync("/api/dashboards", new { name = "x", roomId = room })).ProblemAsync(HttpStatusCode.Forbidden);
        foreach (var (person, id) in new[] { (outsider, shared), (viewer, personal), (editor, personal) })
            await (await person.Client.GetAsync($"/api/dashboards/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        var viewersList = await (await viewer.Client.GetAsync("/api/dashboards")).JsonAsync();
        Assert.Equal([shared], viewersList.GetProperty("items").EnumerateArray().Select(d => d.Id()));
        var ownersList = await (await Owner.Client.GetAsync($"/api/dashboards?roomId={room}")).JsonAsync();
        Assert.Equal("Renamed", Assert.Single(ownersList.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        await (await viewer.Client.DeleteAsync($"/api/dashboards/{shared}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await editor.Client.DeleteAsync($"/api/dashboards/{shared}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await Owner.Client.GetAsync($"/api/dashboards/{shared}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_panel_can_be_removed_and_a_saved_query_pinned()
    {
        var dashboard = (await CreateAsync(Owner, "Pins", samples.Room)).Id();
        var (_, table) = samples.Datasets["weather"];
        await (await Owner.Client.PostAsJsonAsync("/api/query/sql", new { roomId = samples.Room, sql = $"select location, max(wind) as top_wind from {table} group by location" })).EnsureStatus(HttpStatusCode.OK);
        var history = await (await Owner.Client.GetAsync($"/api/rooms/{samples.Room}/queries")).JsonAsync();
        var saved = history.GetProperty("items").EnumerateArray().First(q => q.GetProperty("sql").GetString()!.Contains("top_wind")).Id();

        var panel = await (await AddPanelAsync(Owner, dashboard, new { title = "Wind", savedQueryId = saved })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("bar", panel.GetProperty("visualization").GetProperty("type").GetString());

        await (await Owner.Client.DeleteAsync($"/api/dashboards/{dashboard}/panels/{panel.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        var after = await (await Owner.Client.GetAsync($"/api/dashboards/{dashboard}")).JsonAsync();
        Assert.Equal(0, after.GetProperty("panels").GetArrayLength());
        Assert.Equal(0, after.GetProperty("layout").GetArrayLength());
        await (await Owner.Client.DeleteAsync($"/api/dashboards/{dashboard}/panels/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
