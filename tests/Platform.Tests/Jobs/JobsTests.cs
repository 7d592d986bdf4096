using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Jobs;

namespace Platform.Tests.Jobs;

public sealed class JobsTests(JobsHost host) : IClassFixture<JobsHost>
{
    private HttpClient Owner => host.Owner.Client;
    private object CountStocks => new { datasetId = host.Stocks, sql = $"select symbol, count(*) as n from {host.StocksTable} group by 1 order by 1" };

    [Fact]
    public async Task Templates_are_the_areas_kinds_and_the_valid_workflow_files_with_invalid_ones_reported()
    {
        var templates = await (await Owner.GetAsync("/api/templates")).JsonAsync();

        var ids = templates.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Contains("query.run", ids);
        Assert.Contains("dashboard.refresh", ids);
        Assert.Contains("wait", ids);
        Assert.Contains("digest", ids);
        var invalid = templates.GetProperty("invalid").EnumerateArray().ToDictionary(t => t.GetProperty("file").GetString()!, t => t.GetProperty("errors").GetRawText());
        Assert.Equal(["broken.job_workflow.yaml", "not-yaml.job_workflow.yaml"], invalid.Keys.Order());
        Assert.Contains("unknown kind 'query.explode'", invalid["broken.job_workflow.yaml"]);
        Assert.Contains("inputs.missing", invalid["broken.job_workflow.yaml"]);
        Assert.Contains("Not valid YAML", invalid["not-yaml.job_workflow.yaml"]);

        var digest = await (await Owner.GetAsync("/api/templates/digest")).JsonAsync();
        Assert.Equal(["datasetId", "table"], digest.GetProperty("inputs").GetProperty("required").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["size", "pause", "top"], digest.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        await (await Owner.GetAsync("/api/templates/broken")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_workflow_file_fixed_while_the_service_runs_is_read_again()
    {
        var path = Path.Combine(host.Templates, "late.job_workflow.yaml");
        await File.WriteAllTextAsync(path, "name: Late\nsteps:\n  - id: nap\n    kind: wait\n    inputs: { seconds: -1 }\n    extra: 1\n");
        var before = await (await Owner.GetAsync("/api/templates")).JsonAsync();
        Assert.Contains("late.job_workflow.yaml", before.GetProperty("invalid").GetRawText());

        await File.WriteAllTextAsync(path, "name: Late\nsteps:\n  - id: nap\n    kind: wait\n    inputs: { seconds: 0 }\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
        var job = await Owner.CreateJobAsync("late", new { });
        Assert.Equal("done", (await Owner.WaitForJobAsync(job.Id(), "done", "failed")).GetProperty("status").GetString());
        File.Delete(path);
    }

    [Fact]
    public async Task A_query_job_runs_in_the_background_and_keeps_its_result_and_whole_answer_as_the_artifact()
    {
        var created = await Owner.CreateJobAsync("query.run", CountStocks);
        Assert.Contains(created.GetProperty("status").GetString(), new[] { "queued", "running", "done" });

        var job = await Owner.WaitForJobAsync(created.Id(), "done", "failed");

        Assert.Equal("done", job.GetProperty("status").GetString());
        var result = job.GetProperty("result");
        Assert.Equal(["symbol", "n"], result.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(5, result.GetProperty("rowCount").GetInt32());
        Assert.Equal("AAPL", result.GetProperty("rows")[0][0].GetString());
        var run = Assert.Single(job.GetProperty("runs").EnumerateArray());
        Assert.Equal("done", run.GetProperty("outcome").GetString());
        Assert.True(job.GetProperty("hasArtifact").GetBoolean());

        var csv = await Owner.GetAsync($"/api/jobs/{created.Id()}/artifact");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal(["symbol,n", "AAPL,123", "AMZN,123", "GOOG,68", "IBM,123", "MSFT,123"], lines);
        var json = await (await Owner.GetAsync($"/api/jobs/{created.Id()}/artifact?format=json")).JsonAsync();
        Assert.Equal(5, json.GetProperty("rows").GetArrayLength());
        await (await Owner.GetAsync($"/api/jobs/{created.Id()}/artifact?format=xml")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_question_becomes_sql_in_the_job_and_a_failing_query_fails_the_job_with_its_reason()
    {
        var asked = await Owner.WaitForJobAsync((await Owner.CreateJobAsync("query.run", new { datasetId = host.Stocks, question = "average price of AAPL" })).Id(), "done", "failed");
        Assert.Equal("done", asked.GetProperty("status").GetString());
        Assert.Contains("avg", asked.GetProperty("result").GetProperty("sql").GetString());
        Assert.Contains(asked.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "log" && e.GetProperty("message").GetString()!.Contains("reads as"));

        var failing = await Owner.WaitForJobAsync((await Owner.CreateJobAsync("query.run", new { datasetId = host.Stocks, sql = "select nope from nowhere" })).Id(), "done", "failed");
        Assert.Equal("failed", failing.GetProperty("status").GetString());
        Assert.Contains("nowhere", failing.GetProperty("error").GetString());
        Assert.Equal("failed", failing.GetProperty("steps")[0].GetProperty("status").GetString());
        await (await Owner.GetAsync($"/api/jobs/{failing.Id()}/artifact")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_dashboard_refresh_job_reruns_its_panels_and_keeps_one_row_per_panel_as_the_artifact()
    {
        var dashboard = (await (await Owner.PostAsJsonAsync("/api/dashboards", new { name = "Prices" })).JsonAsync(HttpStatusCode.Created)).Id();
        foreach (var sql in new[] { "select symbol, avg(price) as p from {t} group by 1", "select count(*) as n from {t}" })
            await (await Owner.PostAsJsonAsync($"/api/dashboards/{dashboard}/panels", new { title = "p", datasetId = host.Stocks, sql = sql.Replace("{t}", host.StocksTable) }))
                .JsonAsync(HttpStatusCode.Created);

        var job = await Owner.WaitForJobAsync((await Owner.CreateJobAsync("dashboard.refresh", new { dashboardId = dashboard })).Id(), "done", "failed");

        Assert.Equal("done", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("result").GetProperty("panels").GetInt32());
        Assert.Equal(0, job.GetProperty("result").GetProperty("failed").GetInt32());
        var csv = (await (await Owner.GetAsync($"/api/jobs/{job.Id()}/artifact")).Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal("panelId,rowCount,error", csv[0]);
        Assert.Equal(3, csv.Length);

        var foreign = await host.Other.Client.WaitForJobAsync((await host.Other.Client.CreateJobAsync("dashboard.refresh", new { dashboardId = dashboard })).Id(), "done", "failed");
        Assert.Equal("failed", foreign.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Inputs_are_checked_against_the_template_schema_and_nothing_is_created_on_refusal()
    {
        var before = (await (await Owner.GetAsync("/api/jobs")).JsonAsync()).GetProperty("total").GetInt64();

        var neither = await (await Owner.PostAsJsonAsync("/api/jobs", new { templateId = "query.run", inputs = new { datasetId = host.Stocks } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(neither.GetProperty("errors").EnumerateObject().Any(), neither.ToString());
        var extra = await (await Owner.PostAsJsonAsync("/api/jobs", new { templateId = "wait", inputs = new { seconds = 1, colour = "red" } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("colour", extra.GetRawText());
        var wrongType = await (await Owner.PostAsJsonAsync("/api/jobs", new { templateId = "wait", inputs = new { seconds = "soon" } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(wrongType.GetProperty("errors").TryGetProperty("inputs.seconds", out _), wrongType.ToString());
        var missing = await (await Owner.PostAsJsonAsync("/api/jobs", new { templateId = "digest", inputs = new { table = "x" } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("datasetId", missing.GetRawText());
        var unknown = await (await Owner.PostAsJsonAsync("/api/jobs", new { templateId = "nope", inputs = new { } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("templateId", out _));
        await (await Owner.PostAsJsonAsync("/api/jobs", new { templateId = "wait", inputs = new[] { 1 } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsync("/api/jobs", new StringContent("{\"templateId\":", System.Text.Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(before, (await (await Owner.GetAsync("/api/jobs")).JsonAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_workflow_runs_its_steps_in_order_waits_for_approval_and_retries_from_a_step()
    {
        var created = await Owner.CreateJobAsync("digest", new { datasetId = host.Stocks, table = host.StocksTable });

        var blocked = await Owner.WaitForJobAsync(created.Id(), "blocked", "failed");
        Assert.Equal("blocked", blocked.GetProperty("status").GetString());
        var steps = blocked.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["size"] = "done", ["pause"] = "done", ["top"] = "blocked" }, steps);
        Assert.Equal(560, blocked.GetProperty("steps")[0].GetProperty("output").GetProperty("rows")[0][0].GetInt32());
        Assert.Equal(0, blocked.GetProperty("result").GetProperty("waitedSeconds").GetDouble());
        var graph = await (await Owner.GetAsync($"/api/jobs/{created.Id()}/graph")).JsonAsync();
        Assert.Equal(["size", "pause", "top"], graph.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal([0, 1, 2], graph.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("level").GetInt32()));
        Assert.Equal(2, graph.GetProperty("edges").GetArrayLength());

        await (await Owner.PostAsync($"/api/jobs/{created.Id()}/unblock", null)).JsonAsync();
        var done = await Owner.WaitForJobAsync(created.Id(), "done", "failed");
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("result").GetProperty("rows").GetArrayLength());
        Assert.Equal(5, done.GetProperty("result").GetProperty("rowCount").GetInt32());
        await (await Owner.PostAsync($"/api/jobs/{created.Id()}/unblock", null)).ProblemAsync(HttpStatusCode.Conflict);

        var sizeFinished = done.GetProperty("steps")[0].GetProperty("endedAt").GetDateTimeOffset();
        await (await Owner.PostAsync($"/api/jobs/{created.Id()}/retry-from/pause", null)).JsonAsync();
        var retried = await Owner.WaitForJobAsync(created.Id(), "blocked", "failed");
        Assert.Equal(sizeFinished, retried.GetProperty("steps")[0].GetProperty("endedAt").GetDateTimeOffset());
        Assert.Equal("blocked", retried.GetProperty("steps")[2].GetProperty("status").GetString());
        await (await Owner.PostAsync($"/api/jobs/{created.Id()}/retry-from/nope", null)).ProblemAsync(HttpStatusCode.NotFound);

        await (await Owner.PostAsJsonAsync($"/api/jobs/{created.Id()}/redo", new { feedback = "only the top two" })).JsonAsync();
        var redone = await Owner.WaitForJobAsync(created.Id(), "blocked", "failed");
        Assert.NotEqual(sizeFinished, redone.GetProperty("steps")[0].GetProperty("endedAt").GetDateTimeOffset());
        Assert.Equal("only the top two", redone.GetProperty("feedback").GetString());
        Assert.Contains(redone.GetProperty("comments").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains("only the top two"));
        Assert.True(redone.GetProperty("runs").GetArrayLength() >= 4);
    }

    [Fact]
    public async Task A_running_job_can_be_cancelled_but_not_deleted_and_a_settled_one_archived_and_deleted()
    {
        var created = await Owner.CreateJobAsync("wait", new { seconds = 30 });
        await Owner.WaitForJobAsync(created.Id(), "running");
        await (await Owner.DeleteAsync($"/api/jobs/{created.Id()}")).ProblemAsync(HttpStatusCode.Conflict);
        await (await Owner.PostAsync($"/api/jobs/{created.Id()}/archive", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await Owner.PostAsync($"/api/jobs/{created.Id()}/redo", null)).ProblemAsync(HttpStatusCode.Conflict);

        var asked = await (await Owner.PostAsync($"/api/jobs/{created.Id()}/cancel", null)).JsonAsync();
        Assert.True(asked.GetProperty("cancelRequested").GetBoolean());
        var cancelled = await Owner.WaitForJobAsync(created.Id(), "cancelled", "done");
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal("cancelled", cancelled.GetProperty("runs")[0].GetProperty("outcome").GetString());
        await (await Owner.PostAsync($"/api/jobs/{created.Id()}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict);

        var archived = await (await Owner.PostAsync($"/api/jobs/{created.Id()}/archive", null)).JsonAsync();
        Assert.Equal("archived", archived.GetProperty("status").GetString());
        var board = await (await Owner.GetAsync("/api/jobs")).JsonAsync();
        Assert.DoesNotContain(created.Id().ToString(), board.GetRawText());
        var archivedList = await (await Owner.GetAsync("/api/jobs?status=archived")).JsonAsync();
        Assert.Contains(created.Id().ToString(), archivedList.GetRawText());
        await (await Owner.GetAsync("/api/jobs?status=sleeping")).ProblemAsync(HttpStatusCode.BadRequest);

        (await Owner.DeleteAsync($"/api/jobs/{created.Id()}")).EnsureSuccessStatusCode();
        await (await Owner.GetAsync($"/api/jobs/{created.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_job_for_later_waits_scheduled_and_is_cancelled_at_once()
    {
        var later = DateTimeOffset.UtcNow.AddHours(1);
        var created = await Owner.CreateJobAsync("wait", new { seconds = 0 }, later);
        Assert.Equal("scheduled", created.GetProperty("status").GetString());
        var status = await (await Owner.GetAsync("/api/dispatcher/status")).JsonAsync();
        Assert.True(status.GetProperty("scheduled").GetInt32() >= 1);

        var cancelled = await (await Owner.PostAsync($"/api/jobs/{created.Id()}/cancel", null)).JsonAsync();
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Empty(cancelled.GetProperty("runs").EnumerateArray());

        var soon = await Owner.CreateJobAsync("wait", new { seconds = 0 }, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal("scheduled", soon.GetProperty("status").GetString());
        var ran = await Owner.WaitForJobAsync(soon.Id(), "done");
        Assert.True(ran.GetProperty("runs")[0].GetProperty("startedAt").GetDateTimeOffset() >= soon.GetProperty("scheduledAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_stream_replays_the_log_from_the_start_and_resumes_after_the_last_event_id()
    {
        var created = await Owner.CreateJobAsync("wait", new { seconds = 1 });

        var frames = await ReadStreamAsync(created.Id(), null);

        Assert.Equal("done", frames[^1].Type);
        Assert.Contains("\"status\":\"done\"", frames[^1].Data);
        var ids = frames.Where(f => f.Id is not null).Select(f => int.Parse(f.Id!)).ToList();
        Assert.Equal(Enumerable.Range(1, ids.Count), ids);
        Assert.Contains(frames, f => f.Type == "log" && f.Data.Contains("Waiting 1 s"));
        Assert.Contains(frames, f => f.Type == "status" && f.Data.Contains("\"status\":\"running\""));

        var resumed = await ReadStreamAsync(created.Id(), 2);
        Assert.Equal(ids.Skip(2).Select(i => i.ToString()), resumed.Where(f => f.Id is not null).Select(f => f.Id));
        await (await host.Other.Client.GetAsync($"/api/jobs/{created.Id()}/stream")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_password_reset_ends_the_accounts_open_job_streams()
    {
        var person = await Person.RegisterAsync(host.Factory);
        var created = await person.Client.CreateJobAsync("wait", new { seconds = 30 });
        using var response = await person.Client.GetAsync($"/api/jobs/{created.Id()}/stream", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());

        await (await person.Client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = TestUsers.Password, newPassword = "a fresh passphrase here" }))
            .EnsureStatus(HttpStatusCode.OK);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var lines = new List<string>();
        while (await reader.ReadLineAsync(timeout.Token) is { } line) lines.Add(line);

        var error = lines.IndexOf("event: error");
        Assert.True(error >= 0, string.Join('\n', lines));
        Assert.Contains("\"status\":401", lines[error + 1]);
        await (await person.Client.PostAsync($"/api/jobs/{created.Id()}/cancel", null)).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task One_users_longJobsjobs_take_at_most_their_share_of_workers_and_others_still_run()
    {
        var hog = await Person.RegisterAsync(host.Factory);
        var other = await Person.RegisterAsync(host.Factory);
        var longJobs = new List<Guid>();
        for (var i = 0; i < 4; i++) longJobs.Add((await hog.Client.CreateJobAsync("wait", new { seconds = 60 })).Id());

        var quick = await other.Client.CreateJobAsync("wait", new { seconds = 0 });
        var done = await other.Client.WaitForJobAsync(quick.Id(), "done");

        Assert.Equal("done", done.GetProperty("status").GetString());
        var statuses = new List<string>();
        foreach (var id in longJobs) statuses.Add((await (await hog.Client.GetAsync($"/api/jobs/{id}")).JsonAsync()).GetProperty("status").GetString()!);
        Assert.True(statuses.Count(s => s == "running") <= 2, string.Join(", ", statuses));
        Assert.Contains("queued", statuses);
        foreach (var id in longJobs) await hog.Client.PostAsync($"/api/jobs/{id}/cancel", null);
    }

    private async Task<List<(string? Id, string Type, string Data)>> ReadStreamAsync(Guid jobId, int? lastEventId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/jobs/{jobId}/stream");
        if (lastEventId is { } last) request.Headers.Add("Last-Event-ID", last.ToString());
        using var response = await Owner.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return (await Sse.ReadAllAsync(response)).Select(f => (f.EventId, f.EventType, f.Data)).ToList();
    }

    [Fact]
    public async Task Only_the_owner_and_administrators_see_and_act_on_a_job()
    {
        var created = await Owner.CreateJobAsync("wait", new { seconds = 0 });
        await Owner.WaitForJobAsync(created.Id(), "done");
        var other = host.Other.Client;
        var id = created.Id();

        await (await other.GetAsync($"/api/jobs/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/jobs/{id}/graph")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/jobs/{id}/artifact")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync($"/api/jobs/{id}/comments", new { text = "hi" })).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var action in new[] { "cancel", "redo", "retry-from/main", "unblock", "archive" })
            await (await other.PostAsync($"/api/jobs/{id}/{action}", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.DeleteAsync($"/api/jobs/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(id.ToString(), (await (await other.GetAsync("/api/jobs")).JsonAsync()).GetRawText());
        await (await other.PostAsJsonAsync("/api/jobs/clear", new { })).ProblemAsync(HttpStatusCode.Forbidden);

        var comment = await (await host.Admin.PostAsJsonAsync($"/api/jobs/{id}/comments", new { text = "looks right" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("looks right", comment.GetProperty("text").GetString());
        await (await host.Admin.PostAsJsonAsync($"/api/jobs/{id}/comments", new { text = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(id.ToString(), (await (await host.Admin.GetAsync("/api/jobs")).JsonAsync()).GetRawText());
        Assert.DoesNotContain(id.ToString(), (await (await host.Admin.GetAsync("/api/jobs?mine=true")).JsonAsync()).GetRawText());
        Assert.Equal("looks right", (await (await Owner.GetAsync($"/api/jobs/{id}")).JsonAsync()).GetProperty("comments")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_job_whose_worker_died_is_requeued_and_completed_and_one_out_of_attempts_fails()
    {
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        var templates = host.Factory.Services.GetRequiredService<JobTemplates>();
        var template = templates.Find("wait")!;
        var inputs = JsonSerializer.SerializeToElement(new { seconds = 0 });
        var stale = DateTimeOffset.UtcNow.AddMinutes(-5);
        Job Abandoned(int attempts)
        {
            // What a worker that died mid-run leaves behind: running, claimed, its heartbeat long stopped.
            var job = Job.Create(template, templates.StepsFor(template, inputs), host.Owner.Id, inputs, stale);
            job.Status = JobStatus.Running;
            job.ClaimedBy = "dead-instance";
            job.HeartbeatAt = stale;
            job.Attempts = attempts;
            job.Steps[0].Status = StepStatus.Running;
            job.Runs.Add(new JobRun { Number = 1, InstanceId = "dead-instance", Reason = "created", StartedAt = stale });
            return job;
        }
        var retried = Abandoned(1);
        var exhausted = Abandoned(3);
        await using (var session = store.LightweightSession())
        {
            session.Insert(retried);
            session.Insert(exhausted);
            await session.SaveChangesAsync();
        }

        var done = await Owner.WaitForJobAsync(retried.Id, "done", "failed");
        Assert.Equal("done", done.GetProperty("status").GetString());
        var runs = done.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal("lost", runs[0].GetProperty("outcome").GetString());
        Assert.NotEqual("dead-instance", runs[1].GetProperty("instanceId").GetString());
        Assert.Contains("worker was lost", runs[1].GetProperty("reason").GetString());

        var failed = await Owner.WaitForJobAsync(exhausted.Id, "done", "failed");
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Contains("stopped heartbeating", failed.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_dispatcher_status_names_this_instance_as_leader_with_its_heartbeat()
    {
        var status = await Eventually.Until(async () => await (await Owner.GetAsync("/api/dispatcher/status")).JsonAsync(),
            s => s.GetProperty("leader").ValueKind != JsonValueKind.Null);

        var instance = Assert.Single(status.GetProperty("instances").EnumerateArray());
        Assert.True(instance.GetProperty("self").GetBoolean());
        Assert.Equal(instance.GetProperty("instanceId").GetString(), status.GetProperty("leader").GetProperty("instanceId").GetString());
        Assert.True(status.GetProperty("lastHeartbeat").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }
}
