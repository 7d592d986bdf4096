using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Assistant;

/// <summary>A loopback OpenAI-compatible model (streaming chat completions with tool calls) and a service configured to use it.</summary>
public sealed class ModelAssistantFixture : IAsyncLifetime
{
    public OpenAiStub Model { get; private set; } = null!;
    public PlatformFactory Factory { get; private set; } = null!;
    public Person Owner { get; private set; } = null!;
    public Guid Stocks { get; private set; }
    public string Table { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Model = await OpenAiStub.StartAsync();
        Factory = await Configured(new PlatformFactory()).With("Platform:Assistant:MaxToolCalls", "2").StartAsync();
        Owner = await Person.RegisterAsync(Factory);
        var dataset = await (await Owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        (Stocks, Table) = (dataset.Id(), dataset.GetProperty("tableName").GetString()!);
    }

    public PlatformFactory Configured(PlatformFactory factory) => factory
        .With("Platform:Llm:BaseUrl", Model.BaseUrl).With("Platform:Llm:Model", "stub-model").With("Platform:Llm:Timeout", "00:00:05");

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Model.DisposeAsync();
    }
}

/// <summary>Turns answered by a language model through real function calling: its calls run as the person's tools, its text streams, a cancel stops it.</summary>
public sealed class ModelAssistantTests(ModelAssistantFixture fixture) : IClassFixture<ModelAssistantFixture>
{
    private string AverageBySymbol => $"select symbol, avg(price) as avg_price from {fixture.Table} group by symbol order by 2 desc";

    private static JsonElement Request(OpenAiStub model, int index)
    {
        lock (model.Requests) return model.Requests[index];
    }

    [Fact]
    public async Task The_model_calls_a_tool_sees_a_sample_of_its_result_streams_its_answer_and_refines_the_title()
    {
        var before = fixture.Model.Requests.Count;
        fixture.Model.CallTool("run_sql", new { sql = AverageBySymbol, dataset = "stocks" })
            .ReplySlowly(TimeSpan.Zero, "GOOG has the highest ", "average price.")
            .Reply("Stock prices by symbol");

        var frames = await fixture.Owner.Client.ChatAsync(new { message = "Which stock is priced highest on average?" });

        Assert.Equal(["turn.started", "title", "tool.call", "sql", "execution", "result", "artifact", "tool.result"], frames.Take(8).Select(f => f.Event));
        Assert.Equal("GOOG has the highest average price.", frames.Text());
        Assert.Equal("Stock prices by symbol", frames.Where(f => f.Event == "title").Last().Data.GetProperty("title").GetString());
        Assert.Equal("stub-model", frames.Single("usage").Data.GetProperty("engine").GetString());
        Assert.Equal("stop", frames[^1].Data.GetProperty("finishReason").GetString());

        var first = Request(fixture.Model, before);
        Assert.True(first.GetProperty("stream").GetBoolean());
        var tools = first.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()).ToList();
        Assert.Contains("ask_data", tools);
        Assert.Contains(fixture.Table, fixture.Model.Prompt(before));
        // The result goes back as a tool message answering the call, with sampled rows.
        var toolMessage = Request(fixture.Model, before + 1).GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("role").GetString() == "tool");
        Assert.Equal($"call_{before + 1}_0", toolMessage.GetProperty("tool_call_id").GetString());
        Assert.Contains("GOOG", toolMessage.GetProperty("content").GetString());
        Assert.Contains("\\u0022rowCount\\u0022:5", toolMessage.GetProperty("content").GetString()!.Replace("\"", "\\u0022"));

        var conversation = await (await fixture.Owner.Client.GetAsync($"/api/conversations/{frames.ConversationId()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Stock prices by symbol", conversation.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_failing_tool_is_a_result_with_ok_false_and_the_tool_calls_stop_at_the_limit()
    {
        var before = fixture.Model.Requests.Count;
        fixture.Model.CallTool("run_sql", new { sql = "drop table users", dataset = "stocks" })
            .CallTool("describe_dataset", new { dataset = "no such data" })
            .Reply("I could not get at the data.");

        var frames = await fixture.Owner.Client.ChatAsync(new { message = "delete everything", datasetIds = new[] { fixture.Stocks } });

        var results = frames.Where(f => f.Event == "tool.result").Select(f => f.Data).ToList();
        Assert.Equal([false, false], results.Select(r => r.GetProperty("ok").GetBoolean()));
        Assert.DoesNotContain(frames, f => f.Event == "error");
        Assert.Equal("tool_limit", frames[^1].Data.GetProperty("finishReason").GetString());
        Assert.Equal("none", Request(fixture.Model, before + 2).GetProperty("tool_choice").GetString());
        Assert.Equal("I could not get at the data.", frames.Text());
    }

    [Fact]
    public async Task A_cancel_stops_the_model_keeps_the_partial_answer_and_ends_the_stream_cancelled()
    {
        fixture.Model.ReplySlowly(TimeSpan.FromMilliseconds(200), Enumerable.Range(1, 50).Select(i => $"word{i} ").ToArray());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { message = "tell me a long story", datasetIds = new[] { fixture.Stocks } }) };
        using var response = await fixture.Owner.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var messageId = Guid.Parse(response.Headers.GetValues("X-Message-Id").Single());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var events = new List<string>();
        string? finishReason = null;
        await foreach (var frame in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(timeout.Token)).EnumerateAsync(timeout.Token))
        {
            events.Add(frame.EventType);
            if (frame.EventType == "message.delta" && events.Count(e => e == "message.delta") == 2)
                (await (await fixture.Owner.Client.PostAsync($"/api/chat/{messageId}/cancel", null)).JsonAsync(HttpStatusCode.Accepted)).GetProperty("status").GetString();
            if (frame.EventType == "done") finishReason = JsonDocument.Parse(frame.Data).RootElement.GetProperty("finishReason").GetString();
        }

        Assert.Equal("cancelled", finishReason);
        Assert.InRange(events.Count(e => e == "message.delta"), 2, 10);
        var messages = await (await fixture.Owner.Client.GetAsync($"/api/conversations/{response.Headers.GetValues("X-Conversation-Id").Single()}/messages")).JsonAsync(HttpStatusCode.OK);
        var answer = messages.GetProperty("items")[1];
        Assert.Equal("cancelled", answer.GetProperty("status").GetString());
        Assert.StartsWith("word1 word2 ", answer.GetProperty("content").GetString());
        await (await fixture.Owner.Client.PostAsync($"/api/chat/{messageId}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_cancel_sent_to_another_instance_reaches_the_turn_through_the_database()
    {
        await using var other = await fixture.Configured(new PlatformFactory()).SharingDatabaseWith(fixture.Factory).StartAsync();
        // Each test instance signs its own tokens: the person signs in again there.
        var signedIn = await (await other.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = fixture.Owner.Email, password = TestUsers.Password })).JsonAsync(HttpStatusCode.OK);
        using var elsewhere = other.CreateClient(signedIn.GetProperty("accessToken").GetString()!);
        fixture.Model.ReplySlowly(TimeSpan.FromMilliseconds(200), Enumerable.Range(1, 50).Select(i => $"word{i} ").ToArray());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { message = "a long story", datasetIds = new[] { fixture.Stocks } }) };
        using var response = await fixture.Owner.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var messageId = Guid.Parse(response.Headers.GetValues("X-Message-Id").Single());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var (deltas, finishReason) = (0, (string?)null);
        await foreach (var frame in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(timeout.Token)).EnumerateAsync(timeout.Token))
        {
            if (frame.EventType == "message.delta" && ++deltas == 2)
                await (await elsewhere.PostAsync($"/api/chat/{messageId}/cancel", null)).EnsureStatus(HttpStatusCode.Accepted);
            if (frame.EventType == "done") finishReason = JsonDocument.Parse(frame.Data).RootElement.GetProperty("finishReason").GetString();
        }

        Assert.Equal("cancelled", finishReason);
        // The flag is read every second: a few more words at most, never the whole story.
        Assert.InRange(deltas, 2, 20);
    }

    [Fact]
    public async Task A_client_that_leaves_does_not_stop_the_turn_and_can_join_it_again()
    {
        fixture.Model.ReplySlowly(TimeSpan.FromMilliseconds(50), Enumerable.Range(1, 10).Select(i => $"part{i} ").ToArray());
        string messageId;
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { message = "go on without me", datasetIds = new[] { fixture.Stocks } }) })
        using (var response = await fixture.Owner.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
            messageId = response.Headers.GetValues("X-Message-Id").Single();

        var frames = await Turns.FramesAsync(await fixture.Owner.Client.GetAsync($"/api/chat/{messageId}/events", HttpCompletionOption.ResponseHeadersRead));

        Assert.Equal(string.Concat(Enumerable.Range(1, 10).Select(i => $"part{i} ")), frames.Text());
        Assert.Equal("stop", frames[^1].Data.GetProperty("finishReason").GetString());
    }

    /// <summary>Sends a message and reads its frames; <paramref name="onFrame"/> sees each as it comes (to decide while the turn waits).</summary>
    private async Task<List<(string Event, JsonElement Data)>> ChatLiveAsync(object body, Func<string, JsonElement, Task> onFrame)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(body) };
        using var response = await fixture.Owner.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await response.EnsureStatus(HttpStatusCode.OK);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var frames = new List<(string, JsonElement)>();
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(timeout.Token)).EnumerateAsync(timeout.Token))
        {
            var data = JsonDocument.Parse(item.Data).RootElement;
            frames.Add((item.EventType, data));
            await onFrame(item.EventType, data);
        }
        return frames;
    }

    [Fact]
    public async Task Personal_data_pauses_the_turn_until_the_person_decides_and_redacted_it_leaves_without_the_values()
    {
        var before = fixture.Model.Requests.Count;
        fixture.Model.Reply("Noted.").Reply("Card question");
        Guid? conversation = null;
        string? pendingKind = null;

        var frames = await ChatLiveAsync(new { message = "My card is 4111 1111 1111 1111, mail jo@example.com: what is the average price?", datasetIds = new[] { fixture.Stocks } },
            async (type, data) =>
            {
                if (type == "turn.started") conversation = data.GetProperty("conversationId").GetGuid();
                if (type != "dlp.finding") return;
                var messageId = data.GetProperty("messageId").GetGuid();
                var messages = await (await fixture.Owner.Client.GetAsync($"/api/conversations/{conversation}/messages")).JsonAsync(HttpStatusCode.OK);
                pendingKind = messages.GetProperty("items")[1].GetProperty("pending").GetProperty("kind").GetString();
                await (await fixture.Owner.Client.PostAsJsonAsync($"/api/chat/{messageId}/dlp-decision", new { decision = "maybe" })).ProblemAsync(HttpStatusCode.BadRequest);
                await (await fixture.Owner.Client.PostAsJsonAsync($"/api/chat/{messageId}/dlp-decision", new { decision = "redact" })).EnsureStatus(HttpStatusCode.Accepted);
            });

        Assert.Equal("dlp", pendingKind);
        var finding = frames.Single(f => f.Event == "dlp.finding").Data;
        Assert.Equal(["card", "email"], finding.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal(["************1111", "j***@example.com"], finding.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("masked").GetString()));
        Assert.Equal("redact", frames.Single(f => f.Event == "dlp.decision").Data.GetProperty("decision").GetString());
        Assert.Equal("stop", frames[^1].Data.GetProperty("finishReason").GetString());
        var sent = fixture.Model.Prompt(before);
        Assert.Contains("My card is [card number], mail [email address]: what is the average price?", sent);
        Assert.DoesNotContain("4111", string.Join("\n", fixture.Model.Requests.Skip(before).Select(r => r.GetRawText())));
        Assert.DoesNotContain("jo@example.com", string.Join("\n", fixture.Model.Requests.Skip(before).Select(r => r.GetRawText())));
        var messageId = finding.GetProperty("messageId").GetGuid();
        await (await fixture.Owner.Client.PostAsJsonAsync($"/api/chat/{messageId}/dlp-decision", new { decision = "allow" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_blocked_message_never_reaches_the_model()
    {
        var before = fixture.Model.Requests.Count;

        var frames = await ChatLiveAsync(new { message = "use the key sk-live0123456789abcdefghijklmnopqrstuvwxyzABCD to sum the prices", datasetIds = new[] { fixture.Stocks } },
            async (type, data) =>
            {
                if (type == "dlp.finding")
                    await (await fixture.Owner.Client.PostAsJsonAsync($"/api/chat/{data.GetProperty("messageId")}/dlp-decision", new { decision = "block" })).EnsureStatus(HttpStatusCode.Accepted);
            });

        Assert.Equal("secret", frames.Single(f => f.Event == "dlp.finding").Data.GetProperty("findings")[0].GetProperty("kind").GetString());
        Assert.Equal("blocked", frames[^1].Data.GetProperty("finishReason").GetString());
        Assert.Equal(before, fixture.Model.Requests.Count);
        var outsider = await Person.RegisterAsync(fixture.Factory);
        await (await outsider.Client.PostAsJsonAsync($"/api/chat/{frames[0].Data.GetProperty("messageId")}/dlp-decision", new { decision = "allow" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_agent_asks_its_own_model_with_its_instructions_and_only_its_tools()
    {
        var agent = await (await fixture.Owner.Client.PostAsJsonAsync("/api/agents", new
        {
            name = "Terse analyst", instructions = "Answer in five words.", model = "stub-large", tools = new[] { "ask_data" },
        })).JsonAsync(HttpStatusCode.Created);
        var before = fixture.Model.Requests.Count;
        fixture.Model.Reply("Prices differ by symbol.").Reply("Prices");

        var frames = await fixture.Owner.Client.ChatAsync(new { message = "compare prices", agentId = agent.Id() });

        Assert.Equal("Prices differ by symbol.", frames.Text());
        var request = Request(fixture.Model, before);
        Assert.Equal("stub-large", request.GetProperty("model").GetString());
        Assert.Equal(["ask_data"], request.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()));
        Assert.StartsWith("You are Terse analyst. Answer in five words.", fixture.Model.Prompt(before));
    }

    [Fact]
    public async Task In_privacy_mode_the_model_sees_no_values_and_the_figures_are_written_from_the_rows()
    {
        await using var factory = await fixture.Configured(new PlatformFactory()).With("Platform:Llm:PrivacyMode", "true").StartAsync();
        var owner = await Person.RegisterAsync(factory);
        var dataset = await (await owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        var before = fixture.Model.Requests.Count;
        fixture.Model.CallTool("run_sql", new { sql = $"select symbol, avg(price) as avg_price from {dataset.GetProperty("tableName").GetString()} group by symbol" })
            .Reply("Here is the average price of each symbol.").Reply("Average prices");

        var frames = await owner.Client.ChatAsync(new { message = "average price by symbol", datasetIds = new[] { dataset.Id() } });

        var toolMessage = Request(fixture.Model, before + 1).GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("role").GetString() == "tool");
        Assert.DoesNotContain("GOOG", toolMessage.GetProperty("content").GetString());
        Assert.DoesNotContain("GOOG", string.Join("\n", fixture.Model.Requests.Skip(before).Select(r => r.GetRawText())));
        Assert.Contains("GOOG (415.87)", frames.Text());
        Assert.StartsWith("Here is the average price of each symbol.", frames.Text());
    }
}
