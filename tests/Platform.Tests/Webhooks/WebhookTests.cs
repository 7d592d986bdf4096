using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Tests.Automations;
using Platform.Tests.Datasets;

namespace Platform.Tests.Webhooks;

[Collection(AutomationsCollection.Name)]
public sealed class WebhookTests(AutomationsHost host)
{
    private HttpClient Owner => host.Owner.Client;
    private string Receiver => host.Receiver.BaseUrl;

    private async Task<JsonElement> CreateAsync(string path, params string[] eventTypes) =>
        await (await Owner.PostAsJsonAsync("/api/webhooks", new { url = Receiver + path, eventTypes, roomId = host.Room })).JsonAsync(HttpStatusCode.Created);

    private Task PostMessageAsync(string text) =>
        Owner.PostAsJsonAsync($"/api/rooms/{host.Room}/messages", new { content = text }).ContinueWith(t => t.Result.JsonAsync(HttpStatusCode.Created)).Unwrap();

    private async Task<List<JsonElement>> DeliveriesAsync(Guid webhook) =>
        (await (await Owner.GetAsync($"/api/webhooks/{webhook}/deliveries")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

    private async Task<JsonElement> DeliveryOnceAsync(Guid webhook, params string[] statuses) =>
        (await Eventually.Until(() => DeliveriesAsync(webhook), d => d.Count > 0 && statuses.Contains(d[0].GetProperty("status").GetString()),
            TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50)))[0];

    [Fact]
    public async Task An_event_is_delivered_signed_the_standard_webhooks_way_with_the_secret_shown_once()
    {
        var webhook = await CreateAsync("/echo/signed-hook", "room.message");
        var secret = webhook.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(JsonValueKind.Null, (await (await Owner.GetAsync($"/api/webhooks/{webhook.Id()}")).JsonAsync()).GetProperty("secret").ValueKind);

        await PostMessageAsync("hello hooks");
        var delivered = await DeliveryOnceAsync(webhook.Id(), "delivered");
        var received = host.Receiver.To("/echo/signed-hook").Single();
        var id = received.Headers["webhook-id"];
        var timestamp = received.Headers["webhook-timestamp"];
        Assert.Equal(delivered.GetProperty("messageId").GetString(), id);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret["whsec_".Length..]), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{received.Body}")));
        Assert.Equal(expected, received.Headers["webhook-signature"]);
        Assert.InRange(long.Parse(timestamp), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("room.message", body.GetProperty("type").GetString());
        Assert.Equal("hello hooks", body.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(200, delivered.GetProperty("attempts")[0].GetProperty("statusCode").GetInt32());
        Assert.Equal(received.Body, delivered.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_with_growing_pauses_then_the_delivery_fails_and_the_webhook_is_disabled()
    {
        var flaky = await CreateAsync("/flaky/retry/2", "room.message");
        await PostMessageAsync("retried until it arrives");
        var delivered = await DeliveryOnceAsync(flaky.Id(), "delivered");
        var attempts = delivered.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal([500, 500, 200], attempts.Select(a => a.GetProperty("statusCode").GetInt32()));
        var pauses = attempts.Zip(attempts.Skip(1), (a, b) => b.GetProperty("at").GetDateTimeOffset() - a.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.True(pauses[0] >= TimeSpan.FromMilliseconds(180) && pauses[1] >= TimeSpan.FromMilliseconds(380), string.Join(", ", pauses));
        Assert.All(host.Receiver.To("/flaky/retry/2"), r => Assert.Equal(delivered.GetProperty("messageId").GetString(), r.Headers["webhook-id"]));

        var broken = await CreateAsync("/status/500", "room.message");
        await PostMessageAsync("first that fails");
        var failed = await DeliveryOnceAsync(broken.Id(), "failed");
        Assert.Equal(3, failed.GetProperty("attempts").GetArrayLength());
        Assert.Contains("Answered 500", failed.GetProperty("attempts")[2].GetProperty("error").GetString());
        Assert.True((await (await Owner.GetAsync($"/api/webhooks/{broken.Id()}")).JsonAsync()).GetProperty("enabled").GetBoolean());
        await PostMessageAsync("second that fails");
        var disabled = await Eventually.Until(async () => await (await Owner.GetAsync($"/api/webhooks/{broken.Id()}")).JsonAsync(),
            w => !w.GetProperty("enabled").GetBoolean(), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50));
        Assert.Contains("2 deliveries in a row", disabled.GetProperty("disabledReason").GetString());
        await PostMessageAsync("not delivered while disabled");
        await Task.Delay(300);
        Assert.Equal(2, (await DeliveriesAsync(broken.Id())).Count);
        await (await Owner.PostAsync($"/api/webhooks/{broken.Id()}/deliveries/{failed.Id()}/redeliver", null)).ProblemAsync(HttpStatusCode.Conflict);

        var enabled = await (await Owner.PatchAsJsonAsync($"/api/webhooks/{broken.Id()}", new { enabled = true, url = Receiver + "/echo/fixed" })).JsonAsync();
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("disabledReason").ValueKind);
        Assert.Equal(0, enabled.GetProperty("consecutiveFailures").GetInt32());
        var again = await (await Owner.PostAsync($"/api/webhooks/{broken.Id()}/deliveries/{failed.Id()}/redeliver", null)).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("pending", again.GetProperty("status").GetString());
        var redelivered = await Eventually.Until(async () => (await DeliveriesAsync(broken.Id())).Single(d => d.Id() == failed.Id()),
            d => d.GetProperty("status").GetString() == "delivered", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50));
        Assert.Equal(4, redelivered.GetProperty("attempts").GetArrayLength());
        Assert.Equal(failed.GetProperty("messageId").GetString(), host.Receiver.To("/echo/fixed").Single().Headers["webhook-id"]);
        await (await Owner.PostAsync($"/api/webhooks/{broken.Id()}/deliveries/{failed.Id()}/redeliver", null)).JsonAsync(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_restart_between_attempts_loses_nothing_and_delivers_once()
    {
        var receiver = host.Receiver;
        var factory = await new PlatformFactory()
            .With("Platform:Automations:AllowedHosts:0", "127.0.0.1")
            .With("Platform:Webhooks:PollIntervalMs", "100")
            .With("Platform:Webhooks:RetryBaseMs", "3000")
            .StartAsync();
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        var webhook = await (await owner.Client.PostAsJsonAsync("/api/webhooks", new { url = receiver.BaseUrl + "/flaky/restart/1", eventTypes = new[] { "*" }, roomId = room }))
            .JsonAsync(HttpStatusCode.Created);
        await (await owner.Client.PostAsJsonAsync($"/api/rooms/{room}/messages", new { content = "across a restart" })).JsonAsync(HttpStatusCode.Created);
        await Eventually.Until(async () => (await (await owner.Client.GetAsync($"/api/webhooks/{webhook.Id()}/deliveries")).JsonAsync()).GetProperty("items"),
            d => d.GetArrayLength() == 1 && d[0].GetProperty("attempts").GetArrayLength() == 1);
        Assert.Single(receiver.To("/flaky/restart/1"));

        await using var restarted = await factory.RestartAsync(() => Task.CompletedTask);
        var client = restarted.CreateClient(owner.Auth.AccessToken);
        var delivered = await Eventually.Until(async () => (await (await client.GetAsync($"/api/webhooks/{webhook.Id()}/deliveries")).JsonAsync()).GetProperty("items")[0],
            d => d.GetProperty("status").GetString() == "delivered", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));
        Assert.Equal(2, delivered.GetProperty("attempts").GetArrayLength());
        Assert.Equal(2, receiver.To("/flaky/restart/1").Count);
        await Task.Delay(500);
        Assert.Equal(2, receiver.To("/flaky/restart/1").Count);
    }

    [Fact]
    public async Task Datasets_and_jobs_reach_their_owners_webhooks_and_the_test_send_reports_how_it_went()
    {
        var personal = await (await Owner.PostAsJsonAsync("/api/webhooks", new { url = Receiver + "/echo/personal", eventTypes = new[] { "dataset.ready", "job.done" } }))
            .JsonAsync(HttpStatusCode.Created);
        await (await Owner.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        await (await Owner.PostAsJsonAsync("/api/jobs", new { templateId = "wait", inputs = new { seconds = 0 } })).JsonAsync(HttpStatusCode.Created);
        await Eventually.Until(() => Task.FromResult(host.Receiver.To("/echo/personal").Count), n => n >= 2);
        var types = host.Receiver.To("/echo/personal").Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("type").GetString()).ToList();
        Assert.Contains("dataset.ready", types);
        Assert.Contains("job.done", types);

        var test = await (await Owner.PostAsync($"/api/webhooks/{personal.Id()}/test", null)).JsonAsync();
        Assert.Equal("delivered", test.GetProperty("status").GetString());
        Assert.Equal("webhook.test", test.GetProperty("eventType").GetString());
        var failing = await CreateAsync("/status/503", "room.message");
        var failedTest = await (await Owner.PostAsync($"/api/webhooks/{failing.Id()}/test", null)).JsonAsync();
        Assert.Equal("failed", failedTest.GetProperty("status").GetString());
        Assert.Contains("Answered 503", failedTest.GetProperty("attempts")[0].GetProperty("error").GetString());
        var redirected = await CreateAsync($"/redirect?to={Uri.EscapeDataString(Receiver + "/echo/after")}", "room.message");
        Assert.Contains("Answered 302", (await (await Owner.PostAsync($"/api/webhooks/{redirected.Id()}/test", null)).JsonAsync())
            .GetProperty("attempts")[0].GetProperty("error").GetString());
    }

    [Fact]
    public async Task Internal_addresses_bad_input_and_other_peoples_webhooks_are_refused()
    {
        foreach (var url in new[] { "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/hook", "http://localhost:9/hook", "ftp://example.com/", "not a url" })
            await (await Owner.PostAsJsonAsync("/api/webhooks", new { url, eventTypes = new[] { "*" } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/webhooks", new { url = Receiver + "/echo/x", eventTypes = new[] { "dataset.exploded" } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/webhooks", new { url = Receiver + "/echo/x", eventTypes = Array.Empty<string>() })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/webhooks", new { url = Receiver + "/" + new string('x', 2100), eventTypes = new[] { "*" } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/webhooks", new { url = Receiver + "/echo/x", eventTypes = Enumerable.Repeat("*", 21) })).ProblemAsync(HttpStatusCode.BadRequest);

        var webhook = await CreateAsync("/echo/private", "room.message");
        await (await Owner.PatchAsJsonAsync($"/api/webhooks/{webhook.Id()}", new { url = "http://192.168.0.1/" })).ProblemAsync(HttpStatusCode.BadRequest);
        var outsider = host.Outsider.Client;
        var viewer = host.Viewer.Client;
        foreach (var response in new[]
        {
            await outsider.GetAsync($"/api/webhooks/{webhook.Id()}"), await outsider.PatchAsJsonAsync($"/api/webhooks/{webhook.Id()}", new { description = "x" }),
            await outsider.DeleteAsync($"/api/webhooks/{webhook.Id()}"), await outsider.PostAsync($"/api/webhooks/{webhook.Id()}/test", null),
            await outsider.GetAsync($"/api/webhooks/{webhook.Id()}/deliveries"), await outsider.PostAsync($"/api/webhooks/{webhook.Id()}/deliveries/{Guid.NewGuid()}/redeliver", null),
            await outsider.PostAsJsonAsync("/api/webhooks", new { url = Receiver + "/echo/x", eventTypes = new[] { "*" }, roomId = host.Room }),
        })
            await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(webhook.Id().ToString(), (await (await outsider.GetAsync("/api/webhooks")).JsonAsync()).GetRawText());
        await (await viewer.GetAsync($"/api/webhooks/{webhook.Id()}")).JsonAsync();
        await (await viewer.GetAsync($"/api/webhooks/{webhook.Id()}/deliveries")).JsonAsync();
        foreach (var response in new[]
        {
            await viewer.PatchAsJsonAsync($"/api/webhooks/{webhook.Id()}", new { description = "x" }), await viewer.DeleteAsync($"/api/webhooks/{webhook.Id()}"),
            await viewer.PostAsync($"/api/webhooks/{webhook.Id()}/test", null),
        })
            await response.ProblemAsync(HttpStatusCode.Forbidden);
        await (await Owner.PostAsync($"/api/webhooks/{webhook.Id()}/deliveries/{Guid.NewGuid()}/redeliver", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.GetAsync($"/api/webhooks/{webhook.Id()}/deliveries?status=lost")).ProblemAsync(HttpStatusCode.BadRequest);

        await (await Owner.DeleteAsync($"/api/webhooks/{webhook.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await Owner.GetAsync($"/api/webhooks/{webhook.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
