using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Query;

public sealed class NlQueryTests(SampleDatasets samples) : IClassFixture<SampleDatasets>
{
    private async Task<JsonElement> AskAsync(object body, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await samples.Owner.Client.PostAsJsonAsync("/api/query/nl", body)).JsonAsync(status);

    /// <summary>The question's answer, understood, against the rows of SQL written by hand ({t}: the dataset's table).</summary>
    private async Task AnsweredAsAsync(string dataset, string question, string sql)
    {
        var (id, table) = samples.Datasets[dataset];
        var answer = await AskAsync(new { datasetId = id, question });
        Assert.True(answer.GetProperty("understood").GetBoolean(), answer.GetProperty("explanation").GetString());
        var expected = await (await samples.Owner.Client.PostAsJsonAsync("/api/query/sql", new { datasetId = id, sql = sql.Replace("{t}", table) })).JsonAsync();
        Assert.Equal(expected.GetProperty("rows").ToString(), answer.GetProperty("rows").ToString());
    }

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
        await AnsweredAsAsync("gapminder", "correlation of life expectancy and fertility by year",
            "select year, round(corr(life_expect, fertility), 4) from {t} group by 1 order by 1");

        var one = await AskAsync(new { datasetId = samples.Datasets["gapminder"].Id, question = "correlation of fertility" });
        Assert.False(one.GetProperty("understood").GetBoolean());
        Assert.Contains("two numeric columns", one.GetProperty("explanation").GetString());
    }

    [Theory]
    [InlineData("the first date for AAPL", "select min(date) from {t} where symbol = 'AAPL'")]
    [InlineData("latest date of MSFT", "select max(date) from {t} where symbol = 'MSFT'")]
    public Task The_first_or_latest_date_is_the_extreme_of_the_date_column(string question, string sql) => AnsweredAsAsync("stocks", question, sql);

    [Fact]
    public Task By_decade_groups_a_date_column_by_its_decade() => AnsweredAsAsync("weather", "average precipitation by decade",
        "select year(date) // 10 * 10 as decade, round(avg(precipitation), 2) from {t} group by 1 order by 1");

    [Theory]
    [InlineData("average yearly precipitation in Seattle",
        "select round(avg(total), 2) from (select year(date), sum(precipitation) as total from {t} where location = 'Seattle' group by 1)")]
    [InlineData("the most precipitation in a single month in New York",
        "select max(total) from (select date_trunc('month', date), sum(precipitation) as total from {t} where location = 'New York' group by 1)")]
    [InlineData("average yearly precipitation by location",
        "select location, round(avg(total), 2) as a from (select location, year(date), sum(precipitation) as total from {t} group by 1, 2) group by 1 order by a desc, 1")]
    public Task Average_yearly_and_in_a_single_month_measure_the_totals_per_period(string question, string sql) => AnsweredAsAsync("weather", question, sql);

    [Fact]
    public Task A_slip_or_a_form_of_a_word_the_engine_reads_is_read_as_that_word() => AnsweredAsAsync("weather", "yearly totals of precipitaton in Seattle",
        "select year(date) as year, sum(precipitation) from {t} where location = 'Seattle' group by 1 order by 1");

    [Fact]
    public async Task Totals_per_period_of_a_measure_that_is_not_added_up_are_cant_tell()
    {
        var answer = await AskAsync(new { datasetId = samples.Datasets["weather"].Id, question = "average yearly temp_max" });

        Assert.False(answer.GetProperty("understood").GetBoolean());
        Assert.Contains("totals per year", answer.GetProperty("explanation").GetString());
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
