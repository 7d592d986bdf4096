using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Query;

public sealed class NlQueryTests(SampleDatasets samples) : IClassFixture<SampleDatasets>
{
    private async Task<JsonElement> AskAsync(object body, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await samples.Owner.Client.PostAsJsonAsync("/api/query/nl", body)).JsonAsync(status);

    [Theory]
    [InlineData("stocks", "What is the average price?", "number", null, "avg_price")]
    [InlineData("stocks", "Average price by symbol", "bar", "symbol", "avg_price")]
    [InlineData("stocks", "average price per month for AAPL", "line", "month", "avg_price")]
    [InlineData("iowa-electricity", "share of net generation by source in 2010", "pie", "source", "sum_net_generation")]
    [InlineData("airports", "share of airports per state", "bar", "state", "count")]
    [InlineData("gapminder", "life expectancy and fertility of countries in 2005", "scatter", "life_expect", "fertility")]
    public async Task The_answer_comes_with_the_chart_that_fits_its_shape(string dataset, string question, string type, string? x, string y)
    {
        var answer = await AskAsync(new { datasetId = samples.Datasets[dataset].Id, question });

        Assert.True(answer.GetProperty("understood").GetBoolean(), answer.GetProperty("explanation").GetString());
        var chart = answer.GetProperty("chart");
        Assert.Equal(type, chart.GetProperty("type").GetString());
        Assert.Equal(x, chart.GetProperty("x").GetString());
        Assert.Equal(y, chart.GetProperty("y").GetString());
        Assert.Equal("builtin", answer.GetProperty("engine").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("explanation").GetString()));
    }

    [Fact]
    public async Task Without_execute_the_sql_comes_back_unrun_for_a_person_to_confirm()
    {
        var answer = await AskAsync(new { datasetId = samples.Datasets["weather"].Id, question = "How many days had rain in Seattle?", execute = false });

        Assert.False(answer.GetProperty("executed").GetBoolean());
        Assert.Equal(0, answer.GetProperty("rows").GetArrayLength());
        var sql = answer.GetProperty("sql").GetString()!;
        Assert.Contains("'rain'", sql);
        var run = await (await samples.Owner.Client.PostAsJsonAsync("/api/query/sql", new { datasetId = samples.Datasets["weather"].Id, sql })).JsonAsync();
        Assert.Equal(JsonValueKind.Number, run.GetProperty("rows")[0][0].ValueKind);
    }

    [Fact]
    public async Task A_correlation_is_of_two_numeric_columns_per_group_and_not_of_one()
    {
        var gapminder = samples.Datasets["gapminder"].Id;
        var answer = await AskAsync(new { datasetId = gapminder, question = "correlation of life expectancy and fertility by year" });

        Assert.True(answer.GetProperty("understood").GetBoolean(), answer.GetProperty("explanation").GetString());
        var expected = await (await samples.Owner.Client.PostAsJsonAsync("/api/query/sql", new
        {
            datasetId = gapminder, sql = $"select year, round(corr(life_expect, fertility), 4) from {samples.Datasets["gapminder"].Table} group by 1 order by 1",
        })).JsonAsync();
        Assert.Equal(expected.GetProperty("rows").ToString(), answer.GetProperty("rows").ToString());
        Assert.All(answer.GetProperty("rows").EnumerateArray(), row => Assert.True(row[1].GetDouble() < 0));

        var one = await AskAsync(new { datasetId = gapminder, question = "correlation of fertility" });
        Assert.False(one.GetProperty("understood").GetBoolean());
        Assert.Contains("two numeric columns", one.GetProperty("explanation").GetString());
    }

    [Theory]
    [InlineData("the first date for AAPL", "min")]
    [InlineData("latest date of MSFT", "max")]
    public async Task The_first_or_latest_date_is_the_extreme_of_the_date_column(string question, string extreme)
    {
        var stocks = samples.Datasets["stocks"];
        var answer = await AskAsync(new { datasetId = stocks.Id, question });

        Assert.True(answer.GetProperty("understood").GetBoolean(), answer.GetProperty("explanation").GetString());
        var symbol = question.Contains("AAPL") ? "AAPL" : "MSFT";
        var expected = await (await samples.Owner.Client.PostAsJsonAsync("/api/query/sql", new
        {
            datasetId = stocks.Id, sql = $"select {extreme}(date) from {stocks.Table} where symbol = '{symbol}'",
        })).JsonAsync();
        Assert.Equal(expected.GetProperty("rows").ToString(), answer.GetProperty("rows").ToString());
    }

    [Fact]
    public async Task By_decade_groups_a_date_column_by_its_decade()
    {
        var weather = samples.Datasets["weather"];
        var answer = await AskAsync(new { datasetId = weather.Id, question = "average precipitation by decade" });

        Assert.True(answer.GetProperty("understood").GetBoolean(), answer.GetProperty("explanation").GetString());
        var expected = await (await samples.Owner.Client.PostAsJsonAsync("/api/query/sql", new
        {
            datasetId = weather.Id, sql = $"select year(date) // 10 * 10 as decade, round(avg(precipitation), 2) from {weather.Table} group by 1 order by 1",
        })).JsonAsync();
        Assert.Equal(expected.GetProperty("rows").ToString(), answer.GetProperty("rows").ToString());
    }

    [Fact]
    public async Task A_question_it_cannot_place_is_answered_cant_tell_with_suggestions()
    {
        var answer = await AskAsync(new { datasetId = samples.Datasets["stocks"].Id, question = "What is the dividend yield of AAPL?" });

        Assert.False(answer.GetProperty("understood").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("sql").ValueKind);
        Assert.Contains("'dividend', 'yield'", answer.GetProperty("explanation").GetString());
        Assert.Contains(answer.GetProperty("suggestions").EnumerateArray(), s => s.GetString()!.Contains("price"));
    }

    [Fact]
    public async Task A_question_in_a_room_is_kept_in_its_history_and_told_to_its_members()
    {
        var viewer = await Person.RegisterAsync(samples.Factory);
        await samples.Owner.AddMemberAsync(samples.Room, viewer.Email, "viewer");

        var answer = await (await viewer.Client.PostAsJsonAsync("/api/query/nl", new { roomId = samples.Room, question = "average price of IBM" })).JsonAsync();

        Assert.True(answer.GetProperty("understood").GetBoolean(), answer.GetProperty("explanation").GetString());
        var history = await (await viewer.Client.GetAsync($"/api/rooms/{samples.Room}/queries?limit=100")).JsonAsync();
        var kept = history.GetProperty("items").EnumerateArray().First(q => q.GetProperty("question").GetString() == "average price of IBM");
        Assert.Equal(answer.GetProperty("sql").GetString(), kept.GetProperty("sql").GetString());
        await viewer.RoomEventAsync(samples.Room, "query.answered", "average price of IBM");
    }

    [Fact]
    public async Task Outsiders_get_404_and_bad_requests_400()
    {
        var outsider = await Person.RegisterAsync(samples.Factory);

        await (await outsider.Client.PostAsJsonAsync("/api/query/nl", new { datasetId = samples.Datasets["stocks"].Id, question = "average price" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsJsonAsync("/api/query/nl", new { roomId = samples.Room, question = "average price" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await samples.Owner.Client.PostAsJsonAsync("/api/query/nl", new { datasetId = samples.Datasets["stocks"].Id, question = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await samples.Owner.Client.PostAsJsonAsync("/api/query/nl", new { question = "average price" })).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
