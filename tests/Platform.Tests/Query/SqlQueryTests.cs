using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Query;

public sealed class SqlQueryTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<(Guid Id, string Table)> UploadAsync(Person owner, string file)
    {
        var dataset = await (await owner.Client.UploadSharedAsync(file)).JsonAsync(HttpStatusCode.Created);
        return (dataset.Id(), dataset.GetProperty("tableName").GetString()!);
    }

    private static Task<HttpResponseMessage> SqlAsync(Person person, object body) => person.Client.PostAsJsonAsync("/api/query/sql", body);

    [Fact]
    public async Task A_query_over_a_dataset_answers_typed_columns_and_rows_and_is_cached_by_its_meaning()
    {
        var owner = await Person.RegisterAsync(factory);
        var (id, table) = await UploadAsync(owner, "stocks.csv");

        var answer = await (await SqlAsync(owner, new { datasetId = id, sql = $"select symbol, round(avg(price), 2) as avg_price, count(*) as months from {table} group by symbol order by symbol" })).JsonAsync();

        Assert.Equal("""[{"name":"symbol","type":"VARCHAR"},{"name":"avg_price","type":"DOUBLE"},{"name":"months","type":"BIGINT"}]""", answer.GetProperty("columns").GetRawText());
        Assert.Equal(5, answer.GetProperty("rowCount").GetInt32());
        Assert.Equal("""["AAPL",64.73,123]""", answer.GetProperty("rows")[0].GetRawText());
        Assert.False(answer.GetProperty("truncated").GetBoolean());
        Assert.False(answer.GetProperty("cached").GetBoolean());

        var again = await (await SqlAsync(owner, new { datasetId = id, sql = $"SELECT symbol,\n  ROUND(AVG(price), 2) AS avg_price, COUNT(*) AS months -- same question\nFROM {table} GROUP BY symbol ORDER BY symbol;" })).JsonAsync();
        Assert.True(again.GetProperty("cached").GetBoolean());
        Assert.Equal(answer.GetProperty("rows").GetRawText(), again.GetProperty("rows").GetRawText());
        var forced = await (await SqlAsync(owner, new { datasetId = id, sql = $"select symbol, round(avg(price), 2) as avg_price, count(*) as months from {table} group by symbol order by symbol", force = true })).JsonAsync();
        Assert.False(forced.GetProperty("cached").GetBoolean());
    }

    [Fact]
    public async Task Times_of_day_up_to_the_end_of_the_day_are_answered_as_text()
    {
        var owner = await Person.RegisterAsync(factory);
        var dataset = await (await owner.Client.UploadAsync("periods.json",
            """[{"period":"evening","from":"18:00","before":"24:00"},{"period":"morning","from":"05:30:15.25","before":"12:00"}]""")).JsonAsync(HttpStatusCode.Created);
        var (id, table) = (dataset.Id(), dataset.GetProperty("tableName").GetString());
        Assert.Equal("TIME", dataset.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "before").GetProperty("type").GetString());

        var answer = await (await SqlAsync(owner, new { datasetId = id, sql = $"select \"from\", before from {table} order by period" })).JsonAsync();
        Assert.Equal("""[["18:00:00","24:00:00"],["05:30:15.25","12:00:00"]]""", answer.GetProperty("rows").GetRawText());
        var rows = await (await owner.Client.GetAsync($"/api/datasets/{id}/rows")).JsonAsync();
        Assert.Equal("24:00:00", rows.GetProperty("rows")[0][2].GetString());
    }

    [Fact]
    public async Task A_new_version_of_the_data_is_never_answered_from_the_cache()
    {
        var owner = await Person.RegisterAsync(factory);
        var dataset = await (await owner.Client.UploadAsync("cities.csv", "city,people\nOslo,700000\n")).JsonAsync(HttpStatusCode.Created);
        var (id, table) = (dataset.Id(), dataset.GetProperty("tableName").GetString());
        var sql = $"select sum(people) from {table}";
        Assert.Equal(700000, (await (await SqlAsync(owner, new { datasetId = id, sql })).JsonAsync()).GetProperty("rows")[0][0].GetInt64());

        var reupload = new MultipartFormDataContent { { new ByteArrayContent("city,people\nOslo,700000\nBergen,290000\n"u8.ToArray()), "file", "cities.csv" } };
        await (await owner.Client.PostAsync($"/api/datasets/{id}/reupload", reupload)).EnsureStatus(HttpStatusCode.OK);

        var after = await (await SqlAsync(owner, new { datasetId = id, sql })).JsonAsync();
        Assert.False(after.GetProperty("cached").GetBoolean());
        Assert.Equal(990000, after.GetProperty("rows")[0][0].GetInt64());
    }

    [Fact]
    public async Task Answers_hold_200_rows_unless_asked_and_clamp_to_1000()
    {
        var owner = await Person.RegisterAsync(factory);
        var (id, table) = await UploadAsync(owner, "stocks.csv");

        var byDefault = await (await SqlAsync(owner, new { datasetId = id, sql = $"from {table}" })).JsonAsync();
        var all = await (await SqlAsync(owner, new { datasetId = id, sql = $"from {table}", limit = 1000 })).JsonAsync();
        var many = await (await SqlAsync(owner, new { datasetId = id, sql = "select * from range(5000)", limit = 1000 })).JsonAsync();

        Assert.Equal(200, byDefault.GetProperty("rowCount").GetInt32());
        Assert.True(byDefault.GetProperty("truncated").GetBoolean());
        Assert.Equal(560, all.GetProperty("rowCount").GetInt32());
        Assert.False(all.GetProperty("truncated").GetBoolean());
        Assert.Equal(1000, many.GetProperty("rows").GetArrayLength());
        Assert.True(many.GetProperty("truncated").GetBoolean());
        var clamped = await (await SqlAsync(owner, new { datasetId = id, sql = "select * from range(5000)", limit = 5000 })).JsonAsync();
        Assert.Equal(1000, clamped.GetProperty("rows").GetArrayLength());
        Assert.True(clamped.GetProperty("truncated").GetBoolean());
        var allOfFew = await (await SqlAsync(owner, new { datasetId = id, sql = $"from {table}", limit = 5000 })).JsonAsync();
        Assert.Equal(560, allOfFew.GetProperty("rowCount").GetInt32());
        Assert.False(allOfFew.GetProperty("truncated").GetBoolean());
        await (await SqlAsync(owner, new { datasetId = id, sql = $"from {table}", limit = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "delete from {t}", "Only queries" },
        { "drop table {t}", "Only queries" },
        { "insert into {t} values ('X', '2020-01-01', 1)", "Only queries" },
        { "create table copy_of as select * from {t}", "Only queries" },
        { "update {t} set price = 0", "Only queries" },
        { "select 1; select 2", "one statement at a time" },
        { "select 1; delete from {t}", "Only queries" },
        { "copy {t} to '/tmp/stolen.csv'", "Only queries" },
        { "attach '/tmp/other.duckdb' as other", "Only queries" },
        { "install httpfs", "Only queries" },
        { "load httpfs", "Only queries" },
        { "set enable_external_access = true", "Only queries" },
        { "pragma version", "Only queries" },
        { "selec * from {t}", "does not parse" },
        { "select * from read_csv('/etc/passwd')", "tells about the server" },
        { "select * from read_text('/etc/passwd')", "tells about the server" },
        { "select * from glob('/*')", "tells about the server" },
        { "select * from glob('.tmp/*')", "tells about the server" },
        { "select * from read_parquet('/etc/hostname')", "tells about the server" },
        { "select path from duckdb_databases()", "tells about the server" },
        { "select value from duckdb_settings() where name = 'temp_directory'", "tells about the server" },
        { "select * from duckdb_settings", "tells about the server" },
        { "select * from pragma_database_list", "tells about the server" },
        { "select * from {t}, query('select 1')", "tells about the server" },
        { "select * from no_such_table", "no_such_table" },
        { "   ", "must not be empty" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Anything_but_one_query_over_the_datasets_is_refused_saying_why(string sql, string expected)
    {
        var owner = await Person.RegisterAsync(factory);
        var (id, table) = await UploadAsync(owner, "stocks.csv");

        var problem = await (await SqlAsync(owner, new { datasetId = id, sql = sql.Replace("{t}", table) })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(expected, problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("root:", problem.GetRawText());
        Assert.DoesNotContain(factory.DataDirectory, problem.GetRawText());
        Assert.False(File.Exists("/tmp/stolen.csv"));
        var count = await (await SqlAsync(owner, new { datasetId = id, sql = $"select count(*) from {table}" })).JsonAsync();
        Assert.Equal(560, count.GetProperty("rows")[0][0].GetInt64());
    }

    [Fact]
    public async Task A_dataset_named_like_a_catalog_view_is_queried_as_any_other()
    {
        var owner = await Person.RegisterAsync(factory);
        var upload = await (await owner.Client.UploadAsync("settings.csv", "name,value\nthreads,2\nmemory_limit,1GB\n", name: "duckdb-settings")).JsonAsync(HttpStatusCode.Created);
        var table = upload.GetProperty("tableName").GetString()!;

        var answer = await (await SqlAsync(owner, new { datasetId = upload.Id(), sql = $"select value from {table} where name = 'threads'" })).JsonAsync();
        var catalog = await (await SqlAsync(owner, new { datasetId = upload.Id(), sql = "select value from duckdb_settings where name = 'threads'" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("duckdb_settings_", table);
        Assert.Equal("2", answer.GetProperty("rows")[0][0].ToString());
        Assert.Contains("tells about the server", catalog.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Naming_both_or_neither_scope_is_a_400(bool dataset, bool room)
    {
        var owner = await Person.RegisterAsync(factory);

        var problem = await (await SqlAsync(owner, new { datasetId = dataset ? Guid.NewGuid() : (Guid?)null, roomId = room ? Guid.NewGuid() : (Guid?)null, sql = "select 1" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("datasetId or a roomId", problem.GetRawText());
    }

    [Fact]
    public async Task In_a_room_every_linked_dataset_is_a_table_members_can_query_and_the_query_is_kept()
    {
        var owner = await Person.RegisterAsync(factory);
        var viewer = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        await owner.AddMemberAsync(room, viewer.Email, "viewer");
        var (stocks, stocksTable) = await UploadAsync(owner, "stocks.csv");
        var (electricity, electricityTable) = await UploadAsync(owner, "iowa-electricity.csv");
        foreach (var dataset in new[] { stocks, electricity })
            await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = dataset })).EnsureStatus(HttpStatusCode.OK);
        var sql = $"select (select count(*) from {stocksTable}) as stocks, (select count(*) from {electricityTable}) as electricity";

        var answer = await (await SqlAsync(viewer, new { roomId = room, sql })).JsonAsync();
        await (await SqlAsync(viewer, new { roomId = room, sql = "delete from x" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("[560,51]", answer.GetProperty("rows")[0].GetRawText());
        await (await SqlAsync(outsider, new { roomId = room, sql })).ProblemAsync(HttpStatusCode.NotFound);
        await (await SqlAsync(outsider, new { datasetId = stocks, sql = "select 1" })).ProblemAsync(HttpStatusCode.NotFound);
        var history = await (await viewer.Client.GetAsync($"/api/rooms/{room}/queries")).JsonAsync();
        Assert.Equal(2, history.GetProperty("total").GetInt64());
        var (failed, succeeded) = (history.GetProperty("items")[0], history.GetProperty("items")[1]);
        Assert.Equal("delete from x", failed.GetProperty("sql").GetString());
        Assert.Contains("Only queries", failed.GetProperty("error").GetString());
        Assert.Equal(sql, succeeded.GetProperty("sql").GetString());
        Assert.Equal(viewer.Id, succeeded.GetProperty("userId").GetGuid());
        Assert.Equal(1, succeeded.GetProperty("rowCount").GetInt64());
        await (await outsider.Client.GetAsync($"/api/rooms/{room}/queries")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_cache_settings_and_limits_are_readable()
    {
        var owner = await Person.RegisterAsync(factory);

        var config = await (await owner.Client.GetAsync("/api/query/cache/config")).JsonAsync();

        Assert.Equal("""{"enabled":true,"ttlSeconds":300,"maxBytes":268435456,"defaultLimit":200,"maxLimit":1000,"timeoutMs":5000,"maxAnswerBytes":33554432,"concurrentPerUser":4}""", config.GetRawText());
    }

    [Fact]
    public async Task A_query_past_the_timeout_is_stopped_and_answered_400()
    {
        await using var strict = await new PlatformFactory().With("Platform:Query:TimeoutMs", "500").StartAsync();
        var owner = await Person.RegisterAsync(strict);
        var (id, _) = await UploadAsync(owner, "stocks.csv");
        var clock = Stopwatch.StartNew();

        // Minutes of work if nothing stopped it.
        var problem = await (await SqlAsync(owner, new { datasetId = id, sql = "select sum(a.range * b.range) from range(100000000) a, range(100000) b" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("500 ms", problem.GetProperty("detail").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"stopped after {clock.Elapsed}");
        var quick = await (await SqlAsync(owner, new { datasetId = id, sql = "select 42" })).JsonAsync();
        Assert.Equal(42, quick.GetProperty("rows")[0][0].GetInt32());
    }

    // 100 MB in all, three times the 32 MB cap: refused long before the 5 s timeout even on a busy machine.
    private const string HugeAnswer = "select repeat('x', 100000) as padding from range(1000)";

    [Fact]
    public async Task An_answer_larger_than_the_cap_is_refused_while_it_is_read()
    {
        var owner = await Person.RegisterAsync(factory);
        var (id, _) = await UploadAsync(owner, "stocks.csv");

        var problem = await (await SqlAsync(owner, new { datasetId = id, sql = HugeAnswer, limit = 1000 })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Answer too large", problem.GetProperty("title").GetString());
        Assert.Contains("fewer columns or rows", problem.GetProperty("detail").GetString());
        var fits = await (await SqlAsync(owner, new { datasetId = id, sql = HugeAnswer, limit = 20 })).JsonAsync();
        Assert.Equal(20, fits.GetProperty("rowCount").GetInt32());
    }

    [Fact]
    public async Task Twenty_large_queries_at_once_get_answers_or_refusals_never_a_server_error()
    {
        var people = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Person.RegisterAsync(factory)));
        var datasets = await Task.WhenAll(people.Select(p => UploadAsync(p, "stocks.csv")));

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            SqlAsync(people[i % 5], new { datasetId = datasets[i % 5].Id, sql = i % 2 == 0 ? HugeAnswer : HugeAnswer.Replace("1000", "40"), limit = 1000, force = true })));

        Assert.All(answers, a => Assert.InRange((int)a.StatusCode, 200, 499));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_user_runs_a_limited_number_of_queries_at_once_and_others_are_not_refused()
    {
        await using var strict = await new PlatformFactory()
            .With("Platform:Query:ConcurrentPerUser", "1").With("Platform:Query:ConcurrentQueries", "4").With("Platform:Query:TimeoutMs", "3000").StartAsync();
        var busy = await Person.RegisterAsync(strict);
        var other = await Person.RegisterAsync(strict);
        var (id, _) = await UploadAsync(busy, "stocks.csv");
        var (otherId, _) = await UploadAsync(other, "stocks.csv");
        const string slow = "select sum(a.range * b.range) from range(100000000) a, range(100000) b";

        // While the slow query runs (3 s), another of the same user's is refused; one sent before the slow one
        // reached the runner may still get in, so try until it has (cached answers cost nothing and are not counted).
        HttpResponseMessage? refused = null;
        HttpResponseMessage? others = null;
        for (var attempt = 0; attempt < 3 && refused is null; attempt++)
        {
            var running = SqlAsync(busy, new { datasetId = id, sql = slow });
            await Task.Delay(300);
            while (!running.IsCompleted)
            {
                var next = await SqlAsync(busy, new { datasetId = id, sql = "select 1", force = true });
                if (next.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    refused = next;
                    others = await SqlAsync(other, new { datasetId = otherId, sql = "select 2", force = true });
                    break;
                }
            }
            await running;
        }

        Assert.NotNull(refused);
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("1 of your queries", problem.GetProperty("detail").GetString());
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) >= 1);
        await others!.EnsureStatus(HttpStatusCode.OK);
        await (await SqlAsync(busy, new { datasetId = id, sql = "select 1", force = true })).EnsureStatus(HttpStatusCode.OK);
    }
}
