using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Tests.Jobs;

public sealed class ScheduleTests(JobsHost host) : IClassFixture<JobsHost>
{
    private HttpClient Owner => host.Owner.Client;

    private async Task<JsonElement> CreateAsync(HttpClient client, string cron, object? inputs = null, string timezone = "UTC", bool enabled = true) =>
        await (await client.PostAsJsonAsync("/api/schedules", new { name = "nap", templateId = "wait", inputs = inputs ?? new { seconds = 0 }, cron, timezone, enabled }))
            .JsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task A_schedule_gets_its_next_run_in_its_zone_and_is_edited_paused_and_resumed()
    {
        var created = await CreateAsync(Owner, "0 9 * * *", timezone: "Asia/Tokyo");
        var next = created.GetProperty("nextRunAt").GetDateTimeOffset();
        Assert.Equal(0, next.Minute);
        Assert.Equal(0, next.UtcDateTime.Hour); // 09:00 in Tokyo is midnight UTC
        Assert.True(next > DateTimeOffset.UtcNow && next <= DateTimeOffset.UtcNow.AddDays(1));
        var id = created.Id();

        var edited = await (await Owner.PatchAsJsonAsync($"/api/schedules/{id}", new { cron = "30 9 * * 1", name = "Monday nap" })).JsonAsync();
        Assert.Equal("Monday nap", edited.GetProperty("name").GetString());
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTime(edited.GetProperty("nextRunAt").GetDateTimeOffset(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).DayOfWeek);
        await (await Owner.PatchAsJsonAsync($"/api/schedules/{id}", new { cron = "0 25 * * *" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PatchAsJsonAsync($"/api/schedules/{id}", new { inputs = new { seconds = "x" } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("30 9 * * 1", (await (await Owner.GetAsync($"/api/schedules/{id}")).JsonAsync()).GetProperty("cron").GetString());

        var paused = await (await Owner.PostAsync($"/api/schedules/{id}/disable", null)).JsonAsync();
        Assert.False(paused.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, paused.GetProperty("nextRunAt").ValueKind);
        var resumed = await (await Owner.PostAsync($"/api/schedules/{id}/enable", null)).JsonAsync();
        Assert.True(resumed.GetProperty("nextRunAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);

        var mine = await (await Owner.GetAsync("/api/schedules?mine=true")).JsonAsync();
        Assert.Contains(id.ToString(), mine.GetRawText());
    }

    [Fact]
    public async Task Rules_zones_templates_and_inputs_that_do_not_fit_are_refused_and_nothing_is_kept()
    {
        async Task Refused(object body, string field)
        {
            var problem = await (await Owner.PostAsJsonAsync("/api/schedules", body)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith(field)), problem.ToString());
        }
        await Refused(new { name = "x", templateId = "wait", inputs = new { seconds = 1 }, cron = "every day", timezone = "UTC" }, "cron");
        await Refused(new { name = "x", templateId = "wait", inputs = new { seconds = 1 }, cron = "0 9 * * *", timezone = "Nowhere/City" }, "timezone");
        await Refused(new { name = "x", templateId = "nope", inputs = new { }, cron = "0 9 * * *", timezone = "UTC" }, "templateId");
        await Refused(new { name = "x", templateId = "wait", inputs = new { }, cron = "0 9 * * *", timezone = "UTC" }, "inputs");
        await Refused(new { name = "x", templateId = "wait", inputs = new { seconds = 1 }, cron = "0 0 30 2 *", timezone = "UTC" }, "cron");
        await Refused(new { name = "", templateId = "wait", inputs = new { seconds = 1 }, cron = "0 9 * * *" }, "name");

        Assert.Equal(0, (await (await host.Other.Client.GetAsync("/api/schedules")).JsonAsync()).GetProperty("total").GetInt64());
        var before = (await (await Owner.GetAsync("/api/schedules")).JsonAsync()).GetProperty("total").GetInt64();
        await Refused(new { name = "x", templateId = "wait", inputs = new { seconds = 1 }, cron = "61 * * * *" }, "cron");
        Assert.Equal(before, (await (await Owner.GetAsync("/api/schedules")).JsonAsync()).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Run_now_spawns_a_job_outside_the_slots_and_deleting_the_schedule_keeps_its_jobs()
    {
        var schedule = await CreateAsync(Owner, "0 0 1 1 *");
        var run = await (await Owner.PostAsync($"/api/schedules/{schedule.Id()}/run-now", null)).JsonAsync(HttpStatusCode.Accepted);
        var jobId = run.GetProperty("jobId").GetGuid();

        var job = await Owner.WaitForJobAsync(jobId, "done");
        Assert.Equal(schedule.Id(), job.GetProperty("scheduleId").GetGuid());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("scheduledFor").ValueKind);
        Assert.Equal("run now", job.GetProperty("runs")[0].GetProperty("reason").GetString());
        var jobs = await (await Owner.GetAsync($"/api/schedules/{schedule.Id()}/jobs")).JsonAsync();
        Assert.Equal(jobId, Assert.Single(jobs.GetProperty("items").EnumerateArray()).Id());

        (await Owner.DeleteAsync($"/api/schedules/{schedule.Id()}")).EnsureSuccessStatusCode();
        await (await Owner.GetAsync($"/api/schedules/{schedule.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.GetAsync($"/api/jobs/{jobId}")).JsonAsync();
    }

    [Fact]
    public async Task Only_the_owner_and_administrators_see_and_change_a_schedule()
    {
        var schedule = await CreateAsync(Owner, "0 9 * * *", enabled: false);
        var id = schedule.Id();
        var other = host.Other.Client;

        await (await other.GetAsync($"/api/schedules/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/schedules/{id}/jobs")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.PatchAsJsonAsync($"/api/schedules/{id}", new { name = "mine now" })).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var action in new[] { "enable", "disable", "run-now" })
            await (await other.PostAsync($"/api/schedules/{id}/{action}", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.DeleteAsync($"/api/schedules/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(id.ToString(), (await (await other.GetAsync("/api/schedules")).JsonAsync()).GetRawText());

        Assert.Contains(id.ToString(), (await (await host.Admin.GetAsync("/api/schedules")).JsonAsync()).GetRawText());
        Assert.DoesNotContain(id.ToString(), (await (await host.Admin.GetAsync("/api/schedules?mine=true")).JsonAsync()).GetRawText());
        await (await host.Admin.PatchAsJsonAsync($"/api/schedules/{id}", new { name = "checked" })).JsonAsync();
    }

    [Fact]
    public async Task A_seconds_schedule_fires_each_slot_as_one_job_recording_the_slot()
    {
        var schedule = await CreateAsync(Owner, "* * * * * *");
        var edits = 0;
        // Edits racing the slots being fired: neither may undo the other's write.
        await Eventually.Until(async () =>
            {
                await (await Owner.PatchAsJsonAsync($"/api/schedules/{schedule.Id()}", new { name = $"edit {++edits}" })).JsonAsync();
                return await (await Owner.GetAsync($"/api/schedules/{schedule.Id()}/jobs?limit=100")).JsonAsync();
            },
            jobs => jobs.GetProperty("total").GetInt64() >= 3, every: TimeSpan.FromMilliseconds(100));
        await (await Owner.PostAsync($"/api/schedules/{schedule.Id()}/disable", null)).JsonAsync();
        await Task.Delay(500); // a slot being fired as it was disabled lands
        var jobs = await (await Owner.GetAsync($"/api/schedules/{schedule.Id()}/jobs?limit=100")).JsonAsync();

        var slots = jobs.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("scheduledFor").GetDateTimeOffset()).Order().ToList();
        Assert.True(slots.Count >= 3, jobs.ToString());
        Assert.All(slots, s => Assert.Equal(0, s.Millisecond));
        Assert.Equal(slots.Count, slots.Distinct().Count());
        var shown = await (await Owner.GetAsync($"/api/schedules/{schedule.Id()}")).JsonAsync();
        Assert.Equal(slots[^1], shown.GetProperty("lastRunAt").GetDateTimeOffset());
        Assert.Equal($"edit {edits}", shown.GetProperty("name").GetString());
    }
}
