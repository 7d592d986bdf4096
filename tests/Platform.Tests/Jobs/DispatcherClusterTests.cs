using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Jobs;

namespace Platform.Tests.Jobs;

/// <summary>Two instances of the service on one database, as behind a load balancer, each with its dispatcher.</summary>
public sealed class DispatcherClusterTests
{
    private static PlatformFactory Fast(PlatformFactory factory) => factory
        .With("Platform:Jobs:PollIntervalMs", "100")
        .With("Platform:Jobs:HeartbeatMs", "200")
        .With("Platform:Jobs:WorkerTimeoutMs", "1500");

    /// <summary>Two instances on the database and data folder of a third factory that is never started, so either may stop first.</summary>
    private static async Task<(PlatformFactory Database, PlatformFactory First, PlatformFactory Second)> ClusterAsync()
    {
        var database = await new PlatformFactory().StartAsync();
        var first = await Fast(new PlatformFactory().SharingDatabaseWith(database)).With("Platform:DataDirectory", database.DataDirectory).StartAsync();
        var second = await Fast(new PlatformFactory().SharingDatabaseWith(database)).With("Platform:DataDirectory", database.DataDirectory).StartAsync();
        _ = first.Server;
        _ = second.Server;
        return (database, first, second);
    }

    private static string InstanceOf(PlatformFactory factory) => factory.Services.GetRequiredService<JobDispatcher>().InstanceId;

    private static async Task<List<JsonElement>> ScheduleJobsAsync(HttpClient client, Guid schedule) =>
        (await (await client.GetAsync($"/api/schedules/{schedule}/jobs?limit=100")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task A_seconds_schedule_fires_every_slot_once_across_two_instances_and_a_change_of_leader()
    {
        var (database, first, second) = await ClusterAsync();
        await using var _ = database;
        await using var __ = first;
        await using var ___ = second;
        var owner = await Person.RegisterAsync(first);
        var clients = new Dictionary<PlatformFactory, HttpClient> { [first] = owner.Client, [second] = second.CreateClient(owner.Auth.AccessToken) };
        var schedule = (await (await owner.Client.PostAsJsonAsync("/api/schedules",
            new { name = "every second", templateId = "wait", inputs = new { seconds = 0 }, cron = "* * * * * *", timezone = "UTC" })).JsonAsync(HttpStatusCode.Created)).Id();

        Task<int> UntilAsync(HttpClient client, int jobs) =>
            Eventually.Until(async () => (await ScheduleJobsAsync(client, schedule)).Count, count => count >= jobs);
        var before = await UntilAsync(clients[second], 3);
        var status = await (await clients[second].GetAsync("/api/dispatcher/status")).JsonAsync();
        Assert.Equal(2, status.GetProperty("instances").GetArrayLength());
        var (leader, follower) = status.GetProperty("leader").GetProperty("instanceId").GetString() == InstanceOf(first) ? (first, second) : (second, first);

        await leader.DisposeAsync();
        var client = clients[follower];
        await UntilAsync(client, before + 3);
        await (await client.PostAsync($"/api/schedules/{schedule}/disable", null)).JsonAsync();
        await Task.Delay(500);
        var jobs = await ScheduleJobsAsync(client, schedule);
        var after = await (await client.GetAsync("/api/dispatcher/status")).JsonAsync();

        Assert.Equal(InstanceOf(follower), after.GetProperty("leader").GetProperty("instanceId").GetString());
        var slots = jobs.Select(j => (At: j.GetProperty("scheduledFor").GetDateTimeOffset(), Missed: j.GetProperty("missedSlots").GetInt32())).OrderBy(s => s.At).ToList();
        Assert.True(slots.Count >= before + 3, $"{slots.Count} jobs");
        Assert.Equal(slots.Count, slots.Select(s => s.At).Distinct().Count());
        for (var i = 1; i < slots.Count; i++)
            Assert.Equal(TimeSpan.FromSeconds(1 + slots[i].Missed), slots[i].At - slots[i - 1].At);
        Assert.Contains(jobs, j => j.GetProperty("status").GetString() == "done");
    }

    [Fact]
    public async Task A_job_whose_instance_stops_mid_run_is_finished_by_the_other()
    {
        var (database, first, second) = await ClusterAsync();
        await using var _ = database;
        await using var __ = first;
        await using var ___ = second;
        var owner = await Person.RegisterAsync(first);
        var id = (await (await owner.Client.PostAsJsonAsync("/api/jobs", new { templateId = "wait", inputs = new { seconds = 2 } })).JsonAsync(HttpStatusCode.Created)).Id();

        var running = await owner.Client.WaitForJobAsync(id, "running");
        var claimedBy = running.GetProperty("claimedBy").GetString()!;
        var (stopping, remaining) = claimedBy == InstanceOf(first) ? (first, second) : (second, first);
        var remainingInstance = InstanceOf(remaining);
        await stopping.DisposeAsync();
        var done = await remaining.CreateClient(owner.Auth.AccessToken).WaitForJobAsync(id, "done", "failed");

        AssertFinishedElsewhere(done, claimedBy, remainingInstance);
    }

    private static void AssertFinishedElsewhere(JsonElement job, string stoppedInstance, string remainingInstance)
    {
        Assert.Equal("done", job.GetProperty("status").GetString());
        var runs = job.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(stoppedInstance, runs[0].GetProperty("instanceId").GetString());
        Assert.Equal("interrupted", runs[0].GetProperty("outcome").GetString());
        Assert.Equal(remainingInstance, runs[1].GetProperty("instanceId").GetString());
        Assert.Equal("done", runs[1].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Slots_missed_while_no_instance_ran_become_one_catch_up_run_or_are_skipped_as_configured()
    {
        await using var catchingUp = await Fast(new PlatformFactory()).StartAsync();
        await using var skipping = await Fast(new PlatformFactory()).With("Platform:Jobs:MissedRuns", "skip").With("Platform:Jobs:MisfireGraceMs", "2000").StartAsync();

        foreach (var (factory, expectJob) in new[] { (catchingUp, true), (skipping, false) })
        {
            var owner = await Person.RegisterAsync(factory);
            var schedule = (await (await owner.Client.PostAsJsonAsync("/api/schedules",
                new { name = "hourly", templateId = "wait", inputs = new { seconds = 0 }, cron = "0 * * * *", timezone = "UTC" })).JsonAsync(HttpStatusCode.Created)).Id();
            // As after ten hours with no instance running: the next slot is long past.
            var store = factory.Services.GetRequiredService<IDocumentStore>();
            var lastSlot = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, DateTimeOffset.UtcNow.Day, DateTimeOffset.UtcNow.Hour, 0, 0, TimeSpan.Zero);
            await using (var session = store.LightweightSession())
            {
                var doc = (await session.LoadAsync<Schedule>(schedule))!;
                doc.NextRunAt = lastSlot.AddHours(-9);
                session.Update(doc);
                await session.SaveChangesAsync();
            }
            factory.Services.GetRequiredService<JobDispatcher>().SchedulesChanged();

            var shown = await Eventually.Until(async () => await (await owner.Client.GetAsync($"/api/schedules/{schedule}")).JsonAsync(),
                s => s.GetProperty("nextRunAt").GetDateTimeOffset() >= DateTimeOffset.UtcNow, TimeSpan.FromSeconds(20));

            Assert.Equal(lastSlot.AddHours(1), shown.GetProperty("nextRunAt").GetDateTimeOffset());
            var jobs = await ScheduleJobsAsync(owner.Client, schedule);
            if (expectJob)
            {
                var job = Assert.Single(jobs);
                Assert.Equal(lastSlot, job.GetProperty("scheduledFor").GetDateTimeOffset());
                Assert.Equal(9, job.GetProperty("missedSlots").GetInt32());
            }
            else Assert.Empty(jobs);
        }
    }

    [Fact]
    public async Task Two_instances_claiming_at_once_run_every_job_exactly_once()
    {
        var (database, first, second) = await ClusterAsync();
        await using var _ = database;
        await using var __ = first;
        await using var ___ = second;
        var owners = new[] { await Person.RegisterAsync(first), await Person.RegisterAsync(first), await Person.RegisterAsync(first) };
        var clients = owners.SelectMany(o => new[] { o.Client, second.CreateClient(o.Auth.AccessToken) }).ToArray();
        var jobs = await Task.WhenAll(Enumerable.Range(0, 36).Select(async i =>
            (await (await clients[i % clients.Length].PostAsJsonAsync("/api/jobs", new { templateId = "wait", inputs = new { seconds = 0 } })).JsonAsync(HttpStatusCode.Created)).Id()));

        var instances = new HashSet<string>();
        foreach (var (id, i) in jobs.Select((id, i) => (id, i)))
        {
            var done = await clients[i % clients.Length].WaitForJobAsync(id, "done", "failed");
            Assert.Equal("done", done.GetProperty("status").GetString());
            var run = Assert.Single(done.GetProperty("runs").EnumerateArray());
            instances.Add(run.GetProperty("instanceId").GetString()!);
        }
        Assert.Subset(new HashSet<string> { InstanceOf(first), InstanceOf(second) }, instances);
    }
}
