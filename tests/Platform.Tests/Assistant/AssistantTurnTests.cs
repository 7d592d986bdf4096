using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Assistant;

/// <summary>Turns answered by the built-in assistant over real datasets: frames, tools, artifacts, follow-ups, the message tree.</summary>
[Collection(AssistantCollection.Name)]
public sealed class AssistantTurnTests(AssistantSamples samples)
{
    private HttpClient Client => samples.Owner.Client;

    [Fact]
    public async Task A_data_question_streams_the_tool_call_the_query_frames_a_table_a_chart_and_the_figures_then_done()
    {
        var frames = await Client.ChatAsync(new { message = "average price by symbol", datasetIds = new[] { samples.Datasets["stocks"] } });

        var messageId = frames.MessageId();
        Assert.Equal(Enumerable.Range(1, frames.Count).Select(i => $"{messageId}:{i}"), frames.Select(f => f.Id));
        Assert.All(frames, f => Assert.Equal(f.Seq, f.Data.GetProperty("seq").GetInt64()));
        Assert.All(frames, f => Assert.Equal(messageId, f.Data.GetProperty("messageId").GetGuid()));
        Assert.Equal("turn.started", frames[0].Event);
        Assert.Equal("Average price by symbol", frames.Single("title").Data.GetProperty("title").GetString());
        var call = frames.Single("tool.call");
        Assert.Equal("ask_data", call.Data.GetProperty("name").GetString());
        var callId = call.CallId;
        var toolFrames = frames.Where(f => f.CallId == callId).Select(f => f.Event).ToList();
        Assert.Equal(["tool.call", "schema", "plan", "sql", "validation", "execution", "result", "artifact", "artifact", "tool.result"], toolFrames);
        var result = frames.Single("tool.result").Data;
        Assert.True(result.GetProperty("ok").GetBoolean());
        Assert.Equal(5, result.GetProperty("rowCount").GetInt32());
        var artifacts = frames.Where(f => f.Event == "artifact").Select(f => f.Data).ToList();
        Assert.Equal(["table", "chart"], artifacts.Select(a => a.GetProperty("kind").GetString()));
        Assert.Equal("bar", artifacts[1].GetProperty("content").GetProperty("mark").GetProperty("type").GetString());
        // The figures come from the rows: GOOG's average is the highest, MSFT's the lowest.
        var text = frames.Text();
        Assert.Contains("GOOG (415.87)", text);
        Assert.Contains("MSFT (24.74)", text);
        Assert.Equal(["suggestions", "usage", "done"], frames.TakeLast(3).Select(f => f.Event));
        Assert.Equal("stop", frames[^1].Data.GetProperty("finishReason").GetString());
        Assert.Single(frames, f => f.Event == "done");

        var messages = await (await Client.GetAsync($"/api/conversations/{frames.ConversationId()}/messages")).JsonAsync(HttpStatusCode.OK);
        var items = messages.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["user", "assistant"], items.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal(text, items[1].GetProperty("content").GetString());
        Assert.Equal("complete", items[1].GetProperty("status").GetString());
        Assert.Equal("builtin", items[1].GetProperty("engine").GetString());
        Assert.Equal(2, items[1].GetProperty("artifacts").GetArrayLength());
        Assert.Equal("ask_data", items[1].GetProperty("toolCalls")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task It_lists_the_data_describes_a_dataset_and_picks_the_dataset_a_question_fits()
    {
        var listed = await Client.ChatAsync(new { message = "What data do I have?" });
        Assert.Equal("list_datasets", listed.Single("tool.call").Data.GetProperty("name").GetString());
        Assert.Contains("stocks (560 rows", listed.Text());
        Assert.Contains("gapminder (682 rows", listed.Text());
        var conversation = listed.ConversationId();

        var described = await Client.ChatAsync(new { conversationId = conversation, message = "describe the gapminder data" });
        Assert.Equal("describe_dataset", described.Single("tool.call").Data.GetProperty("name").GetString());
        Assert.Contains("life_expect (number, 27.79 to 82.5)", described.Text());
        Assert.Contains("year (number, 1955 to 2005)", described.Text());
        Assert.Matches("\"average [a-z ]+ by year\"", described.Text());

        var asked = await Client.ChatAsync(new { conversationId = conversation, message = "average life expectancy by year" });
        Assert.Contains("gapminder", asked.Single("schema").Data.GetProperty("tables")[0].GetProperty("name").GetString());
        Assert.Contains("rose from", asked.Text());
    }

    [Fact]
    public async Task Follow_ups_build_on_the_previous_question_and_the_last_answer_can_be_redrawn()
    {
        var first = await Client.ChatAsync(new { message = "average price by symbol", datasetIds = new[] { samples.Datasets["stocks"] } });
        var conversation = first.ConversationId();

        var top = await Client.ChatAsync(new { conversationId = conversation, message = "top 2 instead" });
        Assert.Equal("top 2 average price by symbol", top.Single("tool.call").Data.GetProperty("arguments").GetProperty("question").GetString());
        Assert.Equal(2, top.Single("tool.result").Data.GetProperty("rowCount").GetInt32());

        var pie = await Client.ChatAsync(new { conversationId = conversation, message = "show it as a pie chart" });
        Assert.Equal("make_chart", pie.Single("tool.call").Data.GetProperty("name").GetString());
        Assert.Equal("arc", pie.Single("artifact").Data.GetProperty("content").GetProperty("mark").GetProperty("type").GetString());

        var filtered = await Client.ChatAsync(new { conversationId = conversation, message = "now only for AAPL" });
        var question = filtered.Single("tool.call").Data.GetProperty("arguments").GetProperty("question").GetString();
        Assert.Equal("top 2 average price by symbol for AAPL", question);
        Assert.Equal(1, filtered.Single("tool.result").Data.GetProperty("rowCount").GetInt32());
    }

    [Fact]
    public async Task What_it_cannot_answer_it_says_and_suggests_what_it_can()
    {
        var frames = await Client.ChatAsync(new { message = "zzz qqq", datasetIds = new[] { samples.Datasets["stocks"] } });

        Assert.False(frames.Single("tool.result").Data.GetProperty("ok").GetBoolean());
        Assert.DoesNotContain(frames, f => f.Event == "error");
        Assert.StartsWith("I could not answer that.", frames.Text());
        Assert.NotEmpty(frames.Single("suggestions").Data.GetProperty("suggestions").EnumerateArray());
        Assert.Equal("stop", frames[^1].Data.GetProperty("finishReason").GetString());
    }

    [Fact]
    public async Task A_dropped_connection_resumes_after_its_last_event_id_with_nothing_lost_or_repeated_and_a_finished_turn_replays()
    {
        var first = await Client.ChatAsync(new { message = "average price by symbol", datasetIds = new[] { samples.Datasets["stocks"] } });
        var messageId = first.MessageId();

        var replayed = await Turns.FramesAsync(await Client.GetAsync($"/api/chat/{messageId}/events", HttpCompletionOption.ResponseHeadersRead));
        using var resume = new HttpRequestMessage(HttpMethod.Get, $"/api/chat/{messageId}/events");
        resume.Headers.Add("Last-Event-ID", first[4].Id);
        var rest = await Turns.FramesAsync(await Client.SendAsync(resume, HttpCompletionOption.ResponseHeadersRead));

        Assert.Equal(first.Select(f => (f.Id, f.Event, f.Data.GetRawText())), replayed.Select(f => (f.Id, f.Event, f.Data.GetRawText())));
        Assert.Equal(first.Skip(5).Select(f => f.Id), rest.Select(f => f.Id));
    }

    [Fact]
    public async Task Regenerating_and_editing_add_siblings_and_the_active_branch_can_be_switched_or_branched_off()
    {
        var first = await Client.ChatAsync(new { message = "average price by symbol", datasetIds = new[] { samples.Datasets["stocks"] } });
        var conversation = first.ConversationId();
        var firstAnswer = first.MessageId();
        var question = first[0].Data.GetProperty("questionId").GetGuid();

        var again = await Client.ChatAsync(new { conversationId = conversation, regenerate = true });
        Assert.Equal(question, again[0].Data.GetProperty("questionId").GetGuid());
        var edited = await Client.ChatAsync(new { conversationId = conversation, editMessageId = question, message = "total price by symbol" });
        var editedQuestion = edited[0].Data.GetProperty("questionId").GetGuid();

        var branch = (await (await Client.GetAsync($"/api/conversations/{conversation}/messages")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([editedQuestion, edited.MessageId()], branch.Select(m => m.Id()));
        Assert.Equal((2, 1), (branch[0].GetProperty("siblingCount").GetInt32(), branch[0].GetProperty("siblingIndex").GetInt32()));
        Assert.Equal((1, 0), (branch[1].GetProperty("siblingCount").GetInt32(), branch[1].GetProperty("siblingIndex").GetInt32()));

        await (await Client.PatchAsJsonAsync($"/api/conversations/{conversation}", new { activeMessageId = question })).EnsureStatus(HttpStatusCode.OK);
        branch = (await (await Client.GetAsync($"/api/conversations/{conversation}/messages")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        // The question's newest answer is the regenerated one; the first answer is its older sibling.
        Assert.Equal([question, again.MessageId()], branch.Select(m => m.Id()));
        Assert.Equal((2, 1), (branch[1].GetProperty("siblingCount").GetInt32(), branch[1].GetProperty("siblingIndex").GetInt32()));

        var copy = await (await Client.PostAsJsonAsync($"/api/conversations/{conversation}/branch", new { messageId = firstAnswer })).JsonAsync(HttpStatusCode.Created);
        var copied = (await (await Client.GetAsync($"/api/conversations/{copy.Id()}/messages")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["average price by symbol", first.Text()], copied.Select(m => m.GetProperty("content").GetString()));
        var copiedFrames = await Turns.FramesAsync(await Client.GetAsync($"/api/chat/{copied[1].Id()}/events", HttpCompletionOption.ResponseHeadersRead));
        Assert.Equal(first.Select(f => f.Event), copiedFrames.Select(f => f.Event));
        Assert.All(copiedFrames, f => Assert.Equal(copied[1].Id(), f.Data.GetProperty("messageId").GetGuid()));

        var followed = await Client.ChatAsync(new { conversationId = copy.Id(), message = "top 1 instead" });
        Assert.Equal("top 1 average price by symbol", followed.Single("tool.call").Data.GetProperty("arguments").GetProperty("question").GetString());
    }

    [Fact]
    public async Task Conversations_are_listed_newest_first_searched_renamed_uniquely_retitled_and_deleted()
    {
        var person = await Person.RegisterAsync(samples.Factory);
        var named = await (await person.Client.PostAsJsonAsync("/api/conversations", new { name = "weekly report" })).JsonAsync(HttpStatusCode.Created);
        await (await person.Client.PostAsJsonAsync("/api/conversations", new { name = "weekly report" })).ProblemAsync(HttpStatusCode.Conflict);
        var chatted = await person.Client.ChatAsync(new { message = "What datasets do I have? And a very long tail that makes this question far longer than sixty characters" });

        var list = await (await person.Client.GetAsync("/api/conversations")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([chatted.ConversationId(), named.Id()], list.GetProperty("items").EnumerateArray().Select(c => c.Id()));
        var title = list.GetProperty("items")[0].GetProperty("title").GetString()!;
        Assert.True(title.Length <= 60, title);
        Assert.EndsWith("…", title);
        var found = await (await person.Client.GetAsync("/api/conversations?q=DATASETS")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, found.GetProperty("total").GetInt32());

        await (await person.Client.PatchAsJsonAsync($"/api/conversations/{chatted.ConversationId()}", new { name = "weekly report" })).ProblemAsync(HttpStatusCode.Conflict);
        var retitled = await (await person.Client.PostAsync($"/api/conversations/{chatted.ConversationId()}/title", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(title, retitled.GetProperty("title").GetString());
        await (await person.Client.PostAsync($"/api/conversations/{named.Id()}/title", null)).ProblemAsync(HttpStatusCode.Conflict);

        await (await person.Client.DeleteAsync($"/api/conversations/{named.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await person.Client.GetAsync($"/api/conversations/{named.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
        var renamed = await (await person.Client.PatchAsJsonAsync($"/api/conversations/{chatted.ConversationId()}", new { name = "weekly report" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("weekly report", renamed.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Feedback_is_kept_with_the_sql_behind_the_answer_and_only_administrators_list_it()
    {
        var frames = await Client.ChatAsync(new { message = "average price by symbol", datasetIds = new[] { samples.Datasets["stocks"] } });
        var sql = frames.Single("sql").Data.GetProperty("sql").GetString();

        var rated = await (await Client.PostAsJsonAsync($"/api/chat/{frames.MessageId()}/feedback",
            new { rating = "down", comment = "wanted the median", correctedSql = "select symbol, median(price) from stocks group by symbol" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(sql, rated.GetProperty("sql").GetString());
        await (await Client.PostAsJsonAsync($"/api/chat/{frames[0].Data.GetProperty("questionId").GetGuid()}/feedback", new { rating = "up" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.PostAsJsonAsync($"/api/chat/{frames.MessageId()}/feedback", new { rating = "sideways" })).ProblemAsync(HttpStatusCode.BadRequest);

        await (await Client.GetAsync("/api/admin/feedback")).ProblemAsync(HttpStatusCode.Forbidden);
        using var admin = samples.Factory.CreateClient((await samples.Factory.AdminAsync()).AccessToken);
        var listed = await (await admin.GetAsync("/api/admin/feedback?rating=down")).JsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("messageId").GetGuid() == frames.MessageId());
        Assert.Equal("average price by symbol", item.GetProperty("question").GetString());
        Assert.Equal("select symbol, median(price) from stocks group by symbol", item.GetProperty("correctedSql").GetString());
        await (await admin.GetAsync("/api/admin/feedback?rating=sideways")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Outsiders_get_404_for_every_conversation_and_turn_route()
    {
        var frames = await Client.ChatAsync(new { message = "average price by symbol", datasetIds = new[] { samples.Datasets["stocks"] } });
        var (conversation, message) = (frames.ConversationId(), frames.MessageId());
        var outsider = await Person.RegisterAsync(samples.Factory);

        foreach (var path in new[] { $"/api/conversations/{conversation}", $"/api/conversations/{conversation}/messages", $"/api/chat/{message}/events" })
            await (await outsider.Client.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PatchAsJsonAsync($"/api/conversations/{conversation}", new { title = "mine" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.DeleteAsync($"/api/conversations/{conversation}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsync($"/api/conversations/{conversation}/title", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsJsonAsync($"/api/conversations/{conversation}/branch", new { messageId = message })).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsJsonAsync("/api/chat", new { conversationId = conversation, message = "hello" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsync($"/api/chat/{message}/cancel", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsJsonAsync($"/api/chat/{message}/feedback", new { rating = "up" })).ProblemAsync(HttpStatusCode.NotFound);
        // Someone else's dataset named for a new conversation is not found either.
        await (await outsider.Client.PostAsJsonAsync("/api/chat", new { message = "hello", datasetIds = new[] { samples.Datasets["stocks"] } })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await outsider.Client.GetAsync("/api/conversations")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_requests_are_400s_that_leave_nothing_behind()
    {
        var person = await Person.RegisterAsync(samples.Factory);
        await (await person.Client.PostAsJsonAsync("/api/chat", new { message = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.PostAsJsonAsync("/api/chat", new { message = new string('x', 20_001) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.PostAsJsonAsync("/api/chat", new { regenerate = true })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.PostAsJsonAsync("/api/chat", new { message = "hi", datasetIds = Enumerable.Range(0, 21).Select(_ => Guid.NewGuid()) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.PostAsJsonAsync("/api/chat", new { message = "hi", parentMessageId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.PostAsJsonAsync("/api/conversations", new { name = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.GetAsync("/api/conversations?limit=101")).ProblemAsync(HttpStatusCode.BadRequest);

        var frames = await person.Client.ChatAsync(new { message = "hello" });
        await (await person.Client.PostAsJsonAsync("/api/chat", new { conversationId = frames.ConversationId(), message = "hi", parentMessageId = frames[0].Data.GetProperty("questionId").GetGuid() }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.PostAsJsonAsync("/api/chat", new { conversationId = frames.ConversationId(), message = "hi", roomId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.PostAsync($"/api/chat/{frames.MessageId()}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await person.Client.GetAsync($"/api/conversations/{frames.ConversationId()}/messages?before={Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.BadRequest);

        var list = await (await person.Client.GetAsync("/api/conversations")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(2, (await (await person.Client.GetAsync($"/api/conversations/{frames.ConversationId()}/messages")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_last_answer_is_pinned_to_a_dashboard_made_by_name_and_found_again_by_name()
    {
        var person = await Person.RegisterAsync(samples.Factory);
        var dataset = await (await person.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        var first = await person.Client.ChatAsync(new { message = "average price by symbol", datasetIds = new[] { dataset.Id() } });
        await person.Client.ChatAsync(new { conversationId = first.ConversationId(), message = "show it as a pie chart" });

        var pinned = await person.Client.ChatAsync(new { conversationId = first.ConversationId(), message = "pin it to my Sales dashboard" });
        var again = await person.Client.ChatAsync(new { conversationId = first.ConversationId(), message = "add that to sales" });

        Assert.Equal("pin_to_dashboard", pinned.Single("tool.call").Data.GetProperty("name").GetString());
        Assert.Contains("to the new dashboard Sales", pinned.Text());
        Assert.Contains("to the dashboard Sales", again.Text());
        var dashboards = await (await person.Client.GetAsync("/api/dashboards")).JsonAsync(HttpStatusCode.OK);
        var sales = Assert.Single(dashboards.GetProperty("items").EnumerateArray());
        var panels = sales.GetProperty("panels").EnumerateArray().ToList();
        Assert.Equal(2, panels.Count);
        Assert.All(panels, p => Assert.Equal("pie", p.GetProperty("visualization").GetProperty("type").GetString()));
        Assert.Equal("average price by symbol", panels[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Asked_to_predict_a_column_it_trains_a_model_and_reports_how_well_it_predicts()
    {
        var frames = await Client.ChatAsync(new { message = "predict weather from the weather data" });

        Assert.Equal("train_model", frames.Single("tool.call").Data.GetProperty("name").GetString());
        var model = frames.Single("artifact").Data;
        Assert.Equal("model", model.GetProperty("kind").GetString());
        Assert.Equal("ready", model.GetProperty("content").GetProperty("status").GetString());
        Assert.StartsWith("Trained a classification model of weather on weather", frames.Text());
        var listed = await (await Client.GetAsync($"/api/models/{model.GetProperty("content").GetProperty("id").GetGuid()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("weather", listed.GetProperty("target").GetString());
    }

    [Fact]
    public async Task Searching_the_documents_cites_the_passages_found_with_the_knowledge_searchs_fields()
    {
        var person = await Person.RegisterAsync(samples.Factory);
        var kb = await Knowledge.KnowledgeTests.CreateAsync(person);
        await (await Knowledge.KnowledgeTests.UploadAsync(person, kb, ("lighthouse.md", File.ReadAllBytes(Path.Combine(TestPostgres.RepositoryRoot, "http-examples", "knowledge", "lighthouse.md")))))
            .EnsureStatus(HttpStatusCode.Accepted);
        await Knowledge.KnowledgeTests.IndexedAsync(person, kb);

        var frames = await person.Client.ChatAsync(new { message = "what do my documents say about the fog horn?" });

        Assert.Equal("search_knowledge", frames.Single("tool.call").Data.GetProperty("name").GetString());
        var citations = frames.Where(f => f.Event == "citation").Select(f => f.Data).ToList();
        Assert.NotEmpty(citations);
        Assert.Equal(Enumerable.Range(1, citations.Count), citations.Select(c => c.GetProperty("index").GetInt32()));
        Assert.All(citations, c => Assert.Equal(frames.Single("tool.call").CallId, c.GetProperty("callId").GetString()));
        Assert.Equal("lighthouse.md", citations[0].GetProperty("documentName").GetString());
        Assert.Contains("horn sounds every thirty seconds", citations[0].GetProperty("text").GetString());
        Assert.True(citations[0].TryGetProperty("keyword", out _));
        Assert.StartsWith("From the documents: [1] lighthouse.md", frames.Text());
    }

    [Fact]
    public async Task In_a_room_the_assistant_answers_over_the_rooms_data_every_member_watches_and_the_answer_joins_the_chat()
    {
        var owner = samples.Owner;
        var room = await owner.CreateRoomAsync("Analysts");
        await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = samples.Datasets["stocks"] })).EnsureStatus(HttpStatusCode.OK);
        var viewer = await Person.RegisterAsync(samples.Factory);
        await owner.AddMemberAsync(room, viewer.Email, "viewer");

        var asked = await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/assistant", new { message = "average price by symbol" })).JsonAsync(HttpStatusCode.Accepted);

        var done = await viewer.RoomEventAsync(room, "assistant.done", asked.GetProperty("messageId").GetString()!);
        Assert.Equal("stop", done.GetProperty("finishReason").GetString());
        await viewer.RoomEventAsync(room, "assistant.tool.result", "ask_data");
        var chat = await (await viewer.Client.GetAsync($"/api/rooms/{room}/messages")).JsonAsync(HttpStatusCode.OK);
        var items = chat.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Assistant", null], items.Take(2).Select(m => m.GetProperty("authorName").GetString() is "Assistant" ? "Assistant" : null));
        Assert.Contains("GOOG (415.87)", items[0].GetProperty("content").GetString());
        Assert.Equal("average price by symbol", items[1].GetProperty("content").GetString());
        Assert.Equal(owner.Id, items[1].GetProperty("authorId").GetGuid());

        var next = await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/assistant", new { message = "top 2 instead" })).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(asked.GetProperty("conversationId").GetGuid(), next.GetProperty("conversationId").GetGuid());
        var frames = await Turns.FramesAsync(await owner.Client.GetAsync($"/api/chat/{next.GetProperty("messageId").GetGuid()}/events", HttpCompletionOption.ResponseHeadersRead));
        Assert.Equal("top 2 average price by symbol", frames.Single("tool.call").Data.GetProperty("arguments").GetProperty("question").GetString());

        await (await viewer.Client.PostAsJsonAsync($"/api/rooms/{room}/assistant", new { message = "hello" })).ProblemAsync(HttpStatusCode.Forbidden);
        var outsider = await Person.RegisterAsync(samples.Factory);
        await (await outsider.Client.PostAsJsonAsync($"/api/rooms/{room}/assistant", new { message = "hello" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/assistant", new { message = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/assistant", new { message = new string('x', 4001) })).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_last_answer_is_scheduled_as_a_job_that_runs_its_query_again()
    {
        var person = await Person.RegisterAsync(samples.Factory);
        var dataset = await (await person.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        var first = await person.Client.ChatAsync(new { message = "average price by symbol", datasetIds = new[] { dataset.Id() } });
        var sql = first.Single("sql").Data.GetProperty("sql").GetString();

        var scheduled = await person.Client.ChatAsync(new { conversationId = first.ConversationId(), message = "schedule it every day at 7" });

        Assert.Equal("schedule_job", scheduled.Single("tool.call").Data.GetProperty("name").GetString());
        Assert.Contains("on \"0 7 * * *\" UTC", scheduled.Text());
        var schedules = await (await person.Client.GetAsync("/api/schedules")).JsonAsync(HttpStatusCode.OK);
        var schedule = Assert.Single(schedules.GetProperty("items").EnumerateArray());
        Assert.Equal(("query.run", "0 7 * * *", "average price by symbol"),
            (schedule.GetProperty("templateId").GetString(), schedule.GetProperty("cron").GetString(), schedule.GetProperty("name").GetString()));
        Assert.Equal(sql, schedule.GetProperty("inputs").GetProperty("sql").GetString());
    }

    [Fact]
    public async Task The_tools_are_listed_with_their_schemas_and_the_builtin_assistant_is_always_a_model()
    {
        var tools = await (await Client.GetAsync("/api/llm/tools")).JsonAsync(HttpStatusCode.OK);
        var names = tools.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "list_datasets", "describe_dataset", "ask_data", "run_sql", "make_chart", "pin_to_dashboard", "train_model", "predict", "schedule_job", "search_knowledge" },
            names.ToHashSet());
        var ask = tools.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "ask_data").GetProperty("parameters");
        Assert.Equal("object", ask.GetProperty("type").GetString());
        Assert.Contains("question", ask.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.False(string.IsNullOrEmpty(ask.GetProperty("properties").GetProperty("question").GetProperty("description").GetString()));

        var models = await (await Client.GetAsync("/api/llm/models")).JsonAsync(HttpStatusCode.OK);
        var builtin = Assert.Single(models.EnumerateArray());
        Assert.Equal(("builtin", true), (builtin.GetProperty("id").GetString(), builtin.GetProperty("default").GetBoolean()));
    }
}
