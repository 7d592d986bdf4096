using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Notebooks;

[Collection(NotebooksCollection.Name)]
public sealed class NotebookAccessTests(NotebooksHost host)
{
    [Fact]
    public async Task Outsiders_get_404_viewers_403_on_changes_and_oversized_input_is_refused()
    {
        var editor = host.Editor.Client;
        var notebook = (await (await editor.PostAsJsonAsync("/api/notebooks", new { name = "Room notebook", roomId = host.Room })).JsonAsync(HttpStatusCode.Created)).Id();
        var cell = (await (await editor.PostAsJsonAsync($"/api/notebooks/{notebook}/cells", new { source = "1" })).JsonAsync(HttpStatusCode.Created)).Id();
        var savepoint = (await (await editor.PostAsJsonAsync($"/api/notebooks/{notebook}/savepoints", new { })).JsonAsync(HttpStatusCode.Created)).Id();
        var run = (await (await editor.PostAsync($"/api/cells/{cell}/run", null)).JsonAsync(HttpStatusCode.Accepted)).GetProperty("runId").GetGuid();

        var reads = new Func<HttpClient, Task<HttpResponseMessage>>[]
        {
            c => c.GetAsync($"/api/notebooks/{notebook}"),
            c => c.GetAsync($"/api/notebooks/{notebook}/cells"),
            c => c.GetAsync($"/api/notebooks/{notebook}/savepoints"),
            c => c.GetAsync($"/api/cells/{cell}/runs/{run}/events"),
        };
        var changes = new Func<HttpClient, Task<HttpResponseMessage>>[]
        {
            c => c.PatchAsJsonAsync($"/api/notebooks/{notebook}", new { name = "Mine now" }),
            c => c.PostAsJsonAsync($"/api/notebooks/{notebook}/cells", new { source = "2" }),
            c => c.PatchAsJsonAsync($"/api/cells/{cell}", new { source = "3" }),
            c => c.PostAsync($"/api/cells/{cell}/run", null),
            c => c.PostAsync($"/api/cells/{cell}/interrupt", null),
            c => c.PostAsJsonAsync($"/api/notebooks/{notebook}/savepoints", new { }),
            c => c.PostAsync($"/api/notebooks/{notebook}/savepoints/{savepoint}/restore", null),
            c => c.PostAsJsonAsync("/api/execute/session", new { notebookId = notebook }),
            c => c.PostAsJsonAsync("/api/python/completions", new { code = "x", notebookId = notebook }),
            c => c.DeleteAsync($"/api/cells/{cell}"),
            c => c.DeleteAsync($"/api/notebooks/{notebook}"),
        };
        foreach (var read in reads.Concat(changes)) await (await read(host.Outsider.Client)).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var change in changes) await (await change(host.Viewer.Client)).ProblemAsync(HttpStatusCode.Forbidden);
        foreach (var read in reads.Take(3)) await (await read(host.Viewer.Client)).EnsureStatus(HttpStatusCode.OK);
        await (await host.Outsider.Client.PostAsJsonAsync("/api/notebooks", new { name = "Intruder", roomId = host.Room })).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Viewer.Client.PostAsJsonAsync("/api/notebooks", new { name = "Viewer's", roomId = host.Room })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await host.Outsider.Client.GetAsync($"/api/notebooks?roomId={host.Room}")).ProblemAsync(HttpStatusCode.NotFound);
        var listed = await (await host.Viewer.Client.GetAsync("/api/notebooks")).JsonAsync();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), n => n.Id() == notebook);
        var outsiders = await (await host.Outsider.Client.GetAsync("/api/notebooks")).JsonAsync();
        Assert.DoesNotContain(outsiders.GetProperty("items").EnumerateArray(), n => n.Id() == notebook);

        await (await editor.PostAsJsonAsync($"/api/notebooks/{notebook}/cells", new { source = new string('x', 100_001) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await editor.PostAsJsonAsync($"/api/notebooks/{notebook}/cells", new { kind = "ruby", source = "puts 1" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await editor.PatchAsJsonAsync($"/api/cells/{cell}", new { position = -1 })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await editor.PostAsJsonAsync("/api/notebooks", new { name = new string('n', 201) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await editor.PostAsJsonAsync($"/api/notebooks/{notebook}/savepoints", new { name = new string('s', 201) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await editor.PostAsJsonAsync("/api/execute/session", new { notebookId = notebook, roomId = host.Room })).ProblemAsync(HttpStatusCode.BadRequest);

        // The room's editors share the notebook's kernel; deleting the notebook stops it. The cell's run above may have
        // started it already (200) or not yet (201).
        var started = await editor.PostAsJsonAsync("/api/execute/session", new { notebookId = notebook });
        Assert.Contains(started.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK });
        var kernel = (await started.JsonAsync(started.StatusCode)).Id();
        var same = await (await host.Owner.Client.PostAsJsonAsync("/api/execute/session", new { notebookId = notebook })).JsonAsync();
        Assert.Equal(kernel, same.Id());
        await (await host.Owner.Client.DeleteAsync($"/api/notebooks/{notebook}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await editor.GetAsync($"/api/execute/session/{kernel}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await editor.GetAsync($"/api/notebooks/{notebook}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_person_who_leaves_the_room_can_no_longer_use_the_kernel_they_started_over_its_datasets()
    {
        var leaving = await Person.RegisterAsync(host.Factory);
        await host.Owner.AddMemberAsync(host.Room, leaving.Email, "editor");
        var session = (await (await leaving.Client.PostAsJsonAsync("/api/execute/session", new { roomId = host.Room })).JsonAsync(HttpStatusCode.Created)).Id();
        var seen = await (await leaving.Client.PostAsJsonAsync("/api/execute", new { code = "print(platform.datasets())", sessionId = session })).JsonAsync();
        Assert.Equal("['stocks']\n", seen.GetProperty("outputs")[0].GetProperty("content").GetProperty("text").GetString());

        await (await host.Owner.Client.DeleteAsync($"/api/rooms/{host.Room}/members/{leaving.Id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await leaving.Client.GetAsync($"/api/execute/session/{session}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await leaving.Client.PostAsJsonAsync("/api/execute", new { code = "1", sessionId = session })).ProblemAsync(HttpStatusCode.NotFound);
        await (await host.Editor.Client.DeleteAsync($"/api/execute/session/{session}")).EnsureStatus(HttpStatusCode.NoContent);
    }
}
