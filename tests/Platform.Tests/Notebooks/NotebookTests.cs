using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;

namespace Platform.Tests.Notebooks;

[Collection(NotebooksCollection.Name)]
public sealed class NotebookTests(NotebooksHost host)
{
    private HttpClient Owner => host.Owner.Client;

    private async Task<Guid> NotebookAsync(HttpClient client, Guid? room = null, string name = "Analysis") =>
        (await (await client.PostAsJsonAsync("/api/notebooks", new { name, roomId = room })).JsonAsync(HttpStatusCode.Created)).Id();

    private static async Task<Guid> CellAsync(HttpClient client, Guid notebook, string source, string kind = "python") =>
        (await (await client.PostAsJsonAsync($"/api/notebooks/{notebook}/cells", new { kind, source })).JsonAsync(HttpStatusCode.Created)).Id();

    private static async Task<(Guid Run, List<SseItem<string>> Frames)> RunAsync(HttpClient client, Guid cell)
    {
        var started = await (await client.PostAsync($"/api/cells/{cell}/run", null)).JsonAsync(HttpStatusCode.Accepted);
        var run = started.GetProperty("runId").GetGuid();
        using var events = await client.GetAsync(started.GetProperty("events").GetString(), HttpCompletionOption.ResponseHeadersRead);
        return (run, await Sse.ReadAllAsync(events, TimeSpan.FromSeconds(90)));
    }

    private static IEnumerable<JsonElement> Of(List<SseItem<string>> frames, string type) =>
        frames.Where(f => f.EventType == type).Select(f => JsonDocument.Parse(f.Data).RootElement);

    private static string Text(List<SseItem<string>> frames) =>
        string.Concat(Of(frames, "stream").Select(f => f.GetProperty("text").GetString()));

    private static string Shown(List<SseItem<string>> frames) => string.Join(" | ", frames.Select(f => $"{f.EventType} {f.Data}"));

    /// <summary>The run's one result as text; failing, the message holds every frame that came instead.</summary>
    private static string Result(List<SseItem<string>> frames)
    {
        var results = Of(frames, "execute_result").ToList();
        Assert.True(results.Count == 1, $"Expected one execute_result, got: {Shown(frames)}");
        return results[0].GetProperty("data").GetProperty("text/plain").GetString()!;
    }

    [Fact]
    public async Task A_python_cell_computes_over_a_room_dataset_draws_a_chart_and_keeps_its_outputs()
    {
        var notebook = await NotebookAsync(host.Editor.Client, host.Room);
        var load = await CellAsync(host.Editor.Client, notebook,
            "df = platform.dataset('stocks')\nprint(len(df), str(df['date'].dtype))\ndf.groupby('symbol')['price'].max().round(2)");
        var (_, frames) = await RunAsync(host.Editor.Client, load);

        Assert.Equal(["status", "status", "stream", "execute_result", "status", "done"], frames.Select(f => f.EventType!).ToArray());
        Assert.Equal($"{host.StocksRows} datetime64[ns]\n", Text(frames));
        Assert.Contains("AAPL", Result(frames));
        Assert.Equal("ok", JsonDocument.Parse(frames[^1].Data).RootElement.GetProperty("status").GetString());

        var chart = await CellAsync(host.Editor.Client, notebook,
            "import matplotlib.pyplot as plt\nfrom IPython.display import display\n" +
            "df[df.symbol == 'AAPL'].plot(x='date', y='price')\nplt.show()\n" +
            "display({'application/vnd.vegalite.v5+json': {'mark': 'line', 'data': {'values': [{'x': 1, 'y': 2}]}}}, raw=True)");
        var (_, drawn) = await RunAsync(host.Editor.Client, chart);
        var displays = Of(drawn, "display_data").Select(d => d.GetProperty("data")).ToList();
        Assert.True(displays.Count == 2, $"Expected two display_data, got: {Shown(drawn)}");
        Assert.StartsWith("iVBORw0KGgo", displays[0].GetProperty("image/png").GetString()); // a PNG's signature, base64
        Assert.Equal("line", displays[1].GetProperty("application/vnd.vegalite.v5+json").GetProperty("mark").GetString());

        // A reload shows what ran: the outputs are kept on the cells, for the room's viewers too.
        var cells = await (await host.Viewer.Client.GetAsync($"/api/notebooks/{notebook}/cells")).JsonAsync();
        Assert.Equal([load, chart], cells.EnumerateArray().Select(c => c.Id()).ToArray());
        Assert.Equal("ok", cells[0].GetProperty("status").GetString());
        Assert.Equal(1, cells[0].GetProperty("executionCount").GetInt32());
        Assert.Equal(["stream", "execute_result"], cells[0].GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("type").GetString()!).ToArray());
        Assert.Equal(2, cells[1].GetProperty("outputs").GetArrayLength());
    }

    [Fact]
    public async Task A_sql_cell_answers_with_a_table_and_refused_sql_is_an_error_output()
    {
        var notebook = await NotebookAsync(Owner);
        var cell = await CellAsync(Owner, notebook, $"select symbol, count(*) as months from {host.StocksTable} group by symbol order by symbol", "sql");
        var (_, frames) = await RunAsync(Owner, cell);
        var data = Of(frames, "execute_result").Single().GetProperty("data");
        var table = data.GetProperty("application/vnd.platform.table+json");
        Assert.Equal(["symbol", "months"], table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray());
        Assert.Equal("AAPL", table.GetProperty("rows")[0][0].GetString());
        Assert.Equal(host.StocksRows, table.GetProperty("rows").EnumerateArray().Sum(r => r[1].GetInt64()));
        var chart = data.GetProperty("application/vnd.vegalite.v5+json"); // charted as the dashboards would: categories as bars
        Assert.Equal("bar", chart.GetProperty("mark").GetProperty("type").GetString());
        Assert.Equal(table.GetProperty("rows").GetArrayLength(), chart.GetProperty("data").GetProperty("values").GetArrayLength());

        await (await Owner.PatchAsJsonAsync($"/api/cells/{cell}", new { source = "select * from read_csv('/etc/passwd')" })).EnsureStatus(HttpStatusCode.OK);
        var (_, refused) = await RunAsync(Owner, cell);
        Assert.Empty(Of(refused, "execute_result"));
        Assert.NotEmpty(Of(refused, "error").Single().GetProperty("evalue").GetString()!);
        Assert.Equal("error", JsonDocument.Parse(refused[^1].Data).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_infinite_loop_is_interrupted_within_two_seconds_and_the_kernel_keeps_its_variables()
    {
        var notebook = await NotebookAsync(Owner);
        var set = await CellAsync(Owner, notebook, "answer = 41");
        var loop = await CellAsync(Owner, notebook, "while True:\n    pass");
        var use = await CellAsync(Owner, notebook, "answer + 1");
        var (_, setting) = await RunAsync(Owner, set);
        Assert.Equal("ok", JsonDocument.Parse(setting[^1].Data).RootElement.GetProperty("status").GetString());

        var started = await (await Owner.PostAsync($"/api/cells/{loop}/run", null)).JsonAsync(HttpStatusCode.Accepted);
        using var events = await Owner.GetAsync(started.GetProperty("events").GetString(), HttpCompletionOption.ResponseHeadersRead);
        var reading = Sse.ReadAllAsync(events, TimeSpan.FromSeconds(60));
        await Eventually.Until(async () => await (await Owner.GetAsync($"/api/notebooks/{notebook}/cells")).JsonAsync(),
            cells => cells[1].GetProperty("status").GetString() == "running");
        await Task.Delay(300);
        await (await Owner.PostAsync($"/api/cells/{loop}/run", null)).ProblemAsync(HttpStatusCode.Conflict);

        var clock = Stopwatch.StartNew();
        await (await Owner.PostAsync($"/api/cells/{loop}/interrupt", null)).EnsureStatus(HttpStatusCode.Accepted);
        var frames = await reading;
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"The loop stopped after {clock.Elapsed}.");
        Assert.Equal("KeyboardInterrupt", Of(frames, "error").Single().GetProperty("ename").GetString());

        var (_, after) = await RunAsync(Owner, use);
        Assert.Equal("42", Result(after));
        var late = await (await Owner.PostAsync($"/api/cells/{use}/interrupt", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.StartsWith("The cell's last run ended (ok) at ", late.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_interrupt_sent_as_soon_as_the_run_is_accepted_stops_it()
    {
        // A person of its own: a kernel it may start stays idle a while and must not count against the owner's limit.
        var person = (await Person.RegisterAsync(host.Factory)).Client;
        var notebook = await NotebookAsync(person);
        var loop = await CellAsync(person, notebook, "while True:\n    pass");

        var started = await (await person.PostAsync($"/api/cells/{loop}/run", null)).JsonAsync(HttpStatusCode.Accepted);
        await (await person.PostAsync($"/api/cells/{loop}/interrupt", null)).EnsureStatus(HttpStatusCode.Accepted);
        using var events = await person.GetAsync(started.GetProperty("events").GetString(), HttpCompletionOption.ResponseHeadersRead);
        var frames = await Sse.ReadAllAsync(events, TimeSpan.FromSeconds(60));

        Assert.Equal("KeyboardInterrupt", Of(frames, "error").Single().GetProperty("ename").GetString());
        Assert.Equal("aborted", JsonDocument.Parse(frames[^1].Data).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_interrupt_sent_while_a_warm_kernel_takes_the_run_stops_it_and_keeps_the_variables()
    {
        var person = (await Person.RegisterAsync(host.Factory)).Client;
        var notebook = await NotebookAsync(person);
        var set = await CellAsync(person, notebook, "kept = 6");
        var loop = await CellAsync(person, notebook, "while True:\n    pass");
        var use = await CellAsync(person, notebook, "kept * 7");
        // Every run's frames, for the message of a failure: which run lost the variable, and how.
        var trail = new List<string> { "set: " + Shown((await RunAsync(person, set)).Frames) };

        // Interrupts land around the moment the kernel takes the code: before it, while its handler starts, inside the loop.
        foreach (var delay in new[] { 0, 1, 2, 4, 8, 16, 32 })
        {
            var started = await (await person.PostAsync($"/api/cells/{loop}/run", null)).JsonAsync(HttpStatusCode.Accepted);
            await Task.Delay(delay);
            var interrupted = await person.PostAsync($"/api/cells/{loop}/interrupt", null);
            using var events = await person.GetAsync(started.GetProperty("events").GetString(), HttpCompletionOption.ResponseHeadersRead);
            var frames = await Sse.ReadAllAsync(events, TimeSpan.FromSeconds(20));
            trail.Add($"{delay} ms: " + Shown(frames));
            Assert.True(interrupted.StatusCode == HttpStatusCode.Accepted, $"The interrupt after {delay} ms found the run ended: {Shown(frames)}");
            Assert.True(Of(frames, "error").Select(e => e.GetProperty("ename").GetString()).SequenceEqual(["KeyboardInterrupt"]), string.Join("\n", trail));
            Assert.Contains(JsonDocument.Parse(frames[^1].Data).RootElement.GetProperty("status").GetString(), new[] { "error", "aborted" });
        }
        var used = (await RunAsync(person, use)).Frames;
        Assert.True(Of(used, "execute_result").Count() == 1, string.Join("\n", trail.Append("use: " + Shown(used))));
        Assert.Equal("42", Result(used));
    }

    [Fact]
    public async Task A_run_s_stream_resumes_after_the_last_event_id_without_losing_or_repeating_a_frame()
    {
        var notebook = await NotebookAsync(Owner);
        var cell = await CellAsync(Owner, notebook, "import time\nfor i in range(5):\n    print(i, flush=True)\n    time.sleep(0.3)");
        var started = await (await Owner.PostAsync($"/api/cells/{cell}/run", null)).JsonAsync(HttpStatusCode.Accepted);
        var url = started.GetProperty("events").GetString()!;

        // Read two frames, drop the connection, and come back after the second.
        string lastId;
        using (var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        using (var first = await Owner.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel.Token))
        {
            var seen = new List<SseItem<string>>();
            await foreach (var item in SseParser.Create(await first.Content.ReadAsStreamAsync(cancel.Token)).EnumerateAsync(cancel.Token))
            {
                seen.Add(item);
                if (seen.Count == 2) break;
            }
            lastId = seen[^1].EventId!;
        }
        using var resume = new HttpRequestMessage(HttpMethod.Get, url);
        resume.Headers.Add("Last-Event-ID", lastId);
        using var rest = await Owner.SendAsync(resume, HttpCompletionOption.ResponseHeadersRead);
        var resumed = await Sse.ReadAllAsync(rest);

        using var whole = await Owner.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var all = await Sse.ReadAllAsync(whole);
        Assert.Equal(all.Skip(2).Select(f => (f.EventId, f.Data)), resumed.Select(f => (f.EventId, f.Data)));
        Assert.Equal("0\n1\n2\n3\n4\n", Text(all));
        Assert.Equal("done", all[^1].EventType);
    }

    [Fact]
    public async Task A_savepoint_restores_the_whole_notebook_and_the_restore_can_be_undone()
    {
        var notebook = await NotebookAsync(Owner);
        var first = await CellAsync(Owner, notebook, "1 + 1");
        var second = await CellAsync(Owner, notebook, "## Notes", "markdown");
        await RunAsync(Owner, first);
        var kept = await (await Owner.PostAsJsonAsync($"/api/notebooks/{notebook}/savepoints", new { name = "Before edits" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, kept.GetProperty("cellCount").GetInt32());

        await (await Owner.PatchAsJsonAsync($"/api/cells/{first}", new { source = "3 * 3" })).EnsureStatus(HttpStatusCode.OK);
        await RunAsync(Owner, first);
        await (await Owner.DeleteAsync($"/api/cells/{second}")).EnsureStatus(HttpStatusCode.NoContent);
        var added = await CellAsync(Owner, notebook, "print('new')");
        await (await Owner.PatchAsJsonAsync($"/api/cells/{added}", new { position = 0 })).EnsureStatus(HttpStatusCode.OK);

        var restored = await (await Owner.PostAsync($"/api/notebooks/{notebook}/savepoints/{kept.Id()}/restore", null)).JsonAsync();
        var cells = restored.GetProperty("cells");
        Assert.Equal([first, second], cells.EnumerateArray().Select(c => c.Id()).ToArray());
        Assert.Equal("1 + 1", cells[0].GetProperty("source").GetString());
        Assert.Equal("2", cells[0].GetProperty("outputs")[0].GetProperty("content").GetProperty("data").GetProperty("text/plain").GetString());
        Assert.Equal("## Notes", cells[1].GetProperty("source").GetString());

        var savepoints = await (await Owner.GetAsync($"/api/notebooks/{notebook}/savepoints")).JsonAsync();
        var undo = savepoints.EnumerateArray().First();
        Assert.Equal("Before restoring 'Before edits'", undo.GetProperty("name").GetString());
        var undone = await (await Owner.PostAsync($"/api/notebooks/{notebook}/savepoints/{undo.Id()}/restore", null)).JsonAsync();
        Assert.Equal([added, first], undone.GetProperty("cells").EnumerateArray().Select(c => c.Id()).ToArray());
        Assert.Equal("3 * 3", undone.GetProperty("cells")[1].GetProperty("source").GetString());
        await (await Owner.PostAsync($"/api/cells/{second}/run", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cells_keep_their_order_when_added_moved_and_removed()
    {
        var notebook = await NotebookAsync(Owner);
        var a = await CellAsync(Owner, notebook, "a");
        var c = await CellAsync(Owner, notebook, "c");
        var b = (await (await Owner.PostAsJsonAsync($"/api/notebooks/{notebook}/cells", new { source = "b", position = 1 })).JsonAsync(HttpStatusCode.Created)).Id();
        async Task<Guid[]> Order() => (await (await Owner.GetAsync($"/api/notebooks/{notebook}")).JsonAsync()).GetProperty("cells").EnumerateArray()
            .Select(x => x.Id()).ToArray();
        Assert.Equal([a, b, c], await Order());
        await (await Owner.PatchAsJsonAsync($"/api/cells/{a}", new { position = 99 })).EnsureStatus(HttpStatusCode.OK);
        Assert.Equal([b, c, a], await Order());
        await (await Owner.DeleteAsync($"/api/cells/{c}")).EnsureStatus(HttpStatusCode.NoContent);
        var cells = (await (await Owner.GetAsync($"/api/notebooks/{notebook}")).JsonAsync()).GetProperty("cells");
        Assert.Equal([0, 1], cells.EnumerateArray().Select(x => x.GetProperty("position").GetInt32()).ToArray());
        var markdown = await CellAsync(Owner, notebook, "# Title", "markdown");
        await (await Owner.PostAsync($"/api/cells/{markdown}/run", null)).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
