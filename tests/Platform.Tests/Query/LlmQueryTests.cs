using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Query;

/// <summary>NL-to-SQL through a configured language model (a loopback OpenAI-compatible stub with scripted replies).</summary>
public sealed class LlmQueryTests : IAsyncLifetime
{
    private OpenAiStub _model = null!;
    private PlatformFactory _factory = null!;
    private Person _owner = null!;
    private Guid _stocks;
    private string _table = "";

    public async Task InitializeAsync()
    {
        _model = await OpenAiStub.StartAsync();
        _factory = await Factory().StartAsync();
        _owner = await Person.RegisterAsync(_factory);
        var dataset = await (await _owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        (_stocks, _table) = (dataset.Id(), dataset.GetProperty("tableName").GetString()!);
    }

    private PlatformFactory Factory(bool privacy = false, string timeout = "00:00:02") => new PlatformFactory()
        .With("Platform:Llm:BaseUrl", _model.BaseUrl).With("Platform:Llm:Model", "stub-model").With("Platform:Llm:ApiKey", "test-key")
        .With("Platform:Llm:Timeout", timeout).With("Platform:Query:StreamHeartbeat", "00:00:00.2").With("Platform:Llm:PrivacyMode", privacy ? "true" : "false");

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _model.DisposeAsync();
    }

    private async Task<JsonElement> AskAsync(Person person, string question, Guid dataset) =>
        await (await person.Client.PostAsJsonAsync("/api/query/nl", new { datasetId = dataset, question })).JsonAsync();

    [Fact]
    public async Task The_models_query_is_checked_run_and_answered_with_the_schema_and_samples_in_its_prompt()
    {
        _model.Reply($"```sql\nselect symbol, max(price) as top_price from {_table} group by symbol order by 2 desc limit 2\n```\nThe two symbols with the highest price.");

        var answer = await AskAsync(_owner, "Which two symbols reached the highest prices?", _stocks);

        Assert.Equal("stub-model", answer.GetProperty("engine").GetString());
        Assert.Equal(2, answer.GetProperty("rowCount").GetInt32());
        Assert.Equal("The two symbols with the highest price.", answer.GetProperty("explanation").GetString());
        Assert.Equal("bar", answer.GetProperty("chart").GetProperty("type").GetString());
        var prompt = _model.Prompt(0);
        Assert.Contains($"Table \"{_table}\"", prompt);
        Assert.Contains("\"price\" DOUBLE", prompt);
        // Sample values: the symbols tie in count, so which three are shown is not fixed.
        Assert.Matches("'(MSFT|AAPL|IBM|GOOG|AMZN)'", prompt);
        Assert.Contains("Which two symbols reached the highest prices?", prompt);
        Assert.Equal("Bearer test-key", _model.Authorizations[0]);
        Assert.Equal("stub-model", _model.Requests[0].GetProperty("model").GetString());
    }

    [Fact]
    public async Task In_privacy_mode_the_prompt_carries_the_schema_only()
    {
        await using var privateFactory = await Factory(privacy: true).SharingDatabaseWith(_factory).With("Platform:DataDirectory", _factory.DataDirectory).StartAsync();
        using var client = privateFactory.CreateClient(_owner.Auth.AccessToken);
        _model.Reply($"select count(*) from {_table}");

        var answer = await (await client.PostAsJsonAsync("/api/query/nl", new { datasetId = _stocks, question = "how many rows?" })).JsonAsync();

        Assert.Equal(560, answer.GetProperty("rows")[0][0].GetInt64());
        var prompt = _model.Prompt(0);
        Assert.Contains("\"symbol\" VARCHAR", prompt);
        Assert.DoesNotContain("MSFT", prompt);
        Assert.DoesNotContain("2000-01-01", prompt);
    }

    [Fact]
    public async Task Prose_and_a_refused_query_are_sent_back_with_the_reason_until_the_model_gets_it_right()
    {
        _model.Reply("The average price is about 100 dollars, I think.")
            .Reply($"```sql\ndelete from {_table}\n```")
            .Reply($"```sql\nselect round(avg(price), 2) as avg_price from {_table}\n```");

        var response = await _owner.Client.PostAsJsonAsync("/api/query/nl/stream", new { datasetId = _stocks, question = "average price" });
        var frames = await Sse.ReadAllAsync(response);
        var body = string.Join('\n', frames.Select(f => f.Data));

        var events = frames.Select(f => f.EventType).ToList();
        Assert.Equal(["schema", "plan", "repair", "sql", "repair", "sql", "validation", "execution", "result", "done"], events);
        Assert.Contains("no SQL query", body);
        Assert.Contains("Only queries", body);
        Assert.Equal(3, _model.Requests.Count);
        Assert.Contains("Only queries", _model.Prompt(2));
        Assert.Contains("\"engine\":\"stub-model\"", body);
    }

    [Fact]
    public async Task A_model_that_keeps_failing_or_does_not_answer_in_time_leaves_the_answer_to_the_builtin_engine()
    {
        _model.Reply("no idea").Reply("still no idea").Reply($"select no_such_column from {_table}");
        var failing = await AskAsync(_owner, "average price of AAPL", _stocks);

        _model.ReplyAfter(TimeSpan.FromSeconds(10), "too late");
        var slow = await AskAsync(_owner, "average price of AAPL", _stocks);

        foreach (var answer in new[] { failing, slow })
        {
            Assert.Equal("builtin", answer.GetProperty("engine").GetString());
            Assert.Equal(1, answer.GetProperty("rowCount").GetInt32());
        }
        Assert.Contains("3 attempts", failing.GetProperty("fallback").GetString());
        Assert.Contains("did not answer within 2 s", slow.GetProperty("fallback").GetString());
    }

    [Fact]
    public async Task A_stream_waiting_on_a_slow_model_sends_heartbeats()
    {
        // A wait well within the model's timeout, fifteen beats long: a test machine stalled for a moment still shows some.
        await using var patient = await Factory(timeout: "00:00:10").StartAsync();
        var owner = await Person.RegisterAsync(patient);
        var dataset = await (await owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        _model.ReplyAfter(TimeSpan.FromSeconds(3), $"select count(*) from {dataset.GetProperty("tableName").GetString()}");

        var body = await (await owner.Client.PostAsJsonAsync("/api/query/nl/stream", new { datasetId = dataset.Id(), question = "how many rows?" })).Content.ReadAsStringAsync();

        var lines = body.Split('\n');
        var heartbeats = lines.TakeWhile(l => l != "event: sql").Count(l => l == ": heartbeat");
        Assert.True(heartbeats >= 1, body);
        Assert.Contains("event: result", body);
    }
}
