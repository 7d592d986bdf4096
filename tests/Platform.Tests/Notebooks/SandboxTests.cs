using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Platform.Tests.Notebooks;

/// <summary>Code in a kernel reaches nothing of the machine but its datasets and scratch, and its excesses end in the cell.</summary>
[Collection(NotebooksCollection.Name)]
public sealed class SandboxTests(NotebooksHost host)
{
    private HttpClient Owner => host.Owner.Client;

    private async Task<Guid> SessionAsync(HttpClient client, object? body = null) =>
        (await (await client.PostAsJsonAsync("/api/execute/session", body ?? new { })).JsonAsync(HttpStatusCode.Created)).Id();

    private static async Task<JsonElement> ExecuteAsync(HttpClient client, Guid? session, string code) =>
        await (await client.PostAsJsonAsync("/api/execute", new { code, sessionId = session })).JsonAsync();

    private static JsonElement Error(JsonElement execution) =>
        execution.GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("type").GetString() == "error").GetProperty("content");

    private static string Stdout(JsonElement execution) =>
        string.Concat(execution.GetProperty("outputs").EnumerateArray().Where(o => o.GetProperty("type").GetString() == "stream")
            .Select(o => o.GetProperty("content").GetProperty("text").GetString()));

    [Fact]
    public async Task Escapes_fail_inside_the_cell_and_the_service_stays_healthy()
    {
        var session = await SessionAsync(Owner);
        var postgres = new NpgsqlConnectionStringBuilder(host.Factory.ConnectionString);

        var socket = await ExecuteAsync(Owner, session, $"import socket\nsocket.create_connection(('127.0.0.1', {postgres.Port}), timeout=2)");
        Assert.Equal("error", socket.GetProperty("status").GetString());
        Assert.Equal("ConnectionRefusedError", Error(socket).GetProperty("ename").GetString());

        var shadow = await ExecuteAsync(Owner, session, "open('/etc/shadow').read()");
        Assert.Equal("FileNotFoundError", Error(shadow).GetProperty("ename").GetString());
        var others = await ExecuteAsync(Owner, session,
            $"import os\nprint(sorted(os.listdir('/data')))\nprint(os.path.exists({JsonSerializer.Serialize(host.Factory.DataDirectory)}))");
        Assert.Equal($"['{host.StocksTable}.csv', '{host.StocksTable}.json']\nFalse\n", Stdout(others));
        var theirs = await ExecuteAsync(Owner, session, "platform.dataset('secret_salaries')");
        Assert.Equal("KeyError", Error(theirs).GetProperty("ename").GetString());

        foreach (var path in new[] { "/usr/lib/planted.py", "/data/planted.csv", "/opt/platform/kernel_host.py" })
        {
            var write = await ExecuteAsync(Owner, session, $"open('{path}', 'w').write('x')");
            Assert.Contains(Error(write).GetProperty("ename").GetString(), new[] { "OSError", "PermissionError" });
        }
        var scratch = await ExecuteAsync(Owner, session, "open('notes.txt', 'w').write('kept')\nprint(open('/scratch/notes.txt').read(), os.getuid())");
        Assert.Equal("kept 1000\n", Stdout(scratch));

        var forkBomb = await ExecuteAsync(Owner, session, "import os\nwhile True:\n    os.fork()");
        Assert.Equal("BlockingIOError", Error(forkBomb).GetProperty("ename").GetString());
        var memory = await ExecuteAsync(Owner, session, "hog = bytearray(16 * 1024**3)");
        Assert.Equal("MemoryError", Error(memory).GetProperty("ename").GetString());

        var still = await ExecuteAsync(Owner, session, "len(os.listdir('/proc')) > 0, 6 * 7");
        Assert.Equal("ok", still.GetProperty("status").GetString());
        var processes = await ExecuteAsync(Owner, session, "print(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))");
        Assert.True(Stdout(processes).Split(',').Length <= 3, $"Processes left in the sandbox: {Stdout(processes)}"); // bubblewrap, the host, the kernel
        await (await host.Factory.CreateClient().GetAsync("/api/health")).EnsureStatus(HttpStatusCode.OK);
        await (await Owner.DeleteAsync($"/api/execute/session/{session}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_session_is_its_owner_s_lists_its_packages_installs_a_wheel_and_stops()
    {
        var session = await SessionAsync(Owner);
        var state = await (await Owner.GetAsync($"/api/execute/session/{session}")).JsonAsync();
        Assert.Equal("idle", state.GetProperty("state").GetString());
        Assert.Equal(["stocks"], state.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()!).ToArray());
        await (await host.Outsider.Client.GetAsync($"/api/execute/session/{session}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ExecuteAsync404(host.Outsider.Client, session)).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Outsider.Client.DeleteAsync($"/api/execute/session/{session}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Outsider.Client.GetAsync($"/api/execute/packages/{session}")).ProblemAsync(HttpStatusCode.NotFound);

        var packages = await (await Owner.GetAsync($"/api/execute/packages/{session}")).JsonAsync();
        var names = packages.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("name").GetString()!.ToLowerInvariant()).ToList();
        Assert.Contains("pandas", names);
        Assert.Contains("scikit-learn", names);

        var installed = await (await Owner.PostAsJsonAsync("/api/execute/packages", new { sessionId = session, name = "greeting-tools" })).JsonAsync();
        Assert.Equal("1.2.0", installed.GetProperty("version").GetString());
        Assert.Equal("'Hello, notebook!'", (await ExecuteAsync(Owner, session, "import greeting_tools\ngreeting_tools.greet('notebook')"))
            .GetProperty("outputs")[0].GetProperty("content").GetProperty("data").GetProperty("text/plain").GetString());
        var after = await (await Owner.GetAsync($"/api/execute/packages/{session}")).JsonAsync();
        Assert.Contains(after.GetProperty("packages").EnumerateArray(), p => p.GetProperty("name").GetString() == "greeting-tools");
        await (await Owner.PostAsJsonAsync("/api/execute/packages", new { sessionId = session, name = "requests" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.PostAsJsonAsync("/api/execute/packages", new { sessionId = session, name = "../../etc" })).ProblemAsync(HttpStatusCode.BadRequest);

        var count = await ExecuteAsync(Owner, session, "x = 5");
        Assert.Equal(2, count.GetProperty("executionCount").GetInt32());
        Assert.Equal(2, (await (await Owner.GetAsync($"/api/execute/session/{session}")).JsonAsync()).GetProperty("executions").GetInt32());
        await (await Owner.DeleteAsync($"/api/execute/session/{session}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await Owner.GetAsync($"/api/execute/session/{session}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> ExecuteAsync404(HttpClient client, Guid session) =>
        client.PostAsJsonAsync("/api/execute", new { code = "1", sessionId = session });

    [Fact]
    public async Task One_off_code_runs_in_a_fresh_kernel_that_stops_afterwards_and_sees_only_its_caller_s_datasets()
    {
        var mine = await ExecuteAsync(host.Outsider.Client, null, "print(platform.datasets())");
        Assert.Equal("['secret_salaries']\n", Stdout(mine));
        var health = await (await Owner.GetAsync("/api/execute/health")).JsonAsync();
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Empty(health.GetProperty("problems").EnumerateArray());
        var runtimes = await (await Owner.GetAsync("/api/execute/runtimes")).JsonAsync();
        Assert.True(runtimes[0].GetProperty("available").GetBoolean());
        Assert.Contains(runtimes[0].GetProperty("packages").EnumerateArray(), p => p.GetString()!.StartsWith("pandas "));
        Assert.Equal("sql", runtimes[1].GetProperty("id").GetString());

        var timedOut = await (await Owner.PostAsJsonAsync("/api/execute", new { code = "import time\ntime.sleep(30)", timeoutSeconds = 1 })).JsonAsync();
        Assert.Equal("KeyboardInterrupt", Error(timedOut).GetProperty("ename").GetString());
        await (await Owner.PostAsJsonAsync("/api/execute", new { code = new string('#', 100_001) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/execute", new { code = "1", timeoutSeconds = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_person_runs_at_most_the_allowed_number_of_kernels()
    {
        var busy = await Person.RegisterAsync(host.Factory);
        var starts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => busy.Client.PostAsJsonAsync("/api/execute/session", new { })));
        var refused = await starts.Single(r => r.StatusCode == HttpStatusCode.TooManyRequests).ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("4 kernels", refused.GetProperty("detail").GetString());
        foreach (var started in starts.Where(r => r.StatusCode != HttpStatusCode.TooManyRequests))
            await (await busy.Client.DeleteAsync($"/api/execute/session/{(await started.JsonAsync(HttpStatusCode.Created)).Id()}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Editor_help_answers_with_a_session_s_variables_or_from_the_code_alone()
    {
        var session = await SessionAsync(Owner);
        var loaded = await ExecuteAsync(Owner, session, "frame = platform.dataset('stocks')");
        // Completions of a variable need the variable: a load that did not finish says so here, not as no completions.
        Assert.True(loaded.GetProperty("status").GetString() == "ok", $"loading the frame: {loaded}");
        async Task<JsonElement> Help(string tool, object body) => await (await Owner.PostAsJsonAsync($"/api/python/{tool}", body)).JsonAsync();

        var live = await Help("completions", new { code = "frame.grou", sessionId = session });
        Assert.True(live.GetProperty("live").GetBoolean());
        Assert.Contains(live.GetProperty("items").EnumerateArray(), c => c.GetProperty("label").GetString() == "groupby");
        var alone = await Help("completions", new { code = "import json\njson.lo" });
        Assert.False(alone.GetProperty("live").GetBoolean());
        Assert.Equal(["load", "loads"], alone.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("label").GetString()!).ToArray());

        var hover = await Help("hover", new { code = "len", line = 1, column = 1, sessionId = session });
        Assert.Contains("len(", hover.GetProperty("items")[0].GetProperty("signature").GetString());
        var signatures = await Help("signatures", new { code = "frame.head(", sessionId = session });
        Assert.Equal("n", signatures.GetProperty("items")[0].GetProperty("params")[0].GetString());

        var withSession = await Help("diagnostics", new { code = "frame.shape\nmissing_name", sessionId = session });
        Assert.Equal(["undefined name 'missing_name'"], withSession.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("message").GetString()!).ToArray());
        var syntax = await Help("diagnostics", new { code = "def broken(:\n    pass", sessionId = session });
        Assert.Equal("error", syntax.GetProperty("items")[0].GetProperty("severity").GetString());

        await (await Owner.PostAsJsonAsync("/api/python/completions", new { code = "x", line = 3 })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/python/hover", new { code = new string('x', 100_001) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await host.Outsider.Client.PostAsJsonAsync("/api/python/completions", new { code = "x", sessionId = session })).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.DeleteAsync($"/api/execute/session/{session}")).EnsureStatus(HttpStatusCode.NoContent);
    }
}
