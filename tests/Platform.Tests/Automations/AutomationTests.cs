using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Automations;

[Collection(AutomationsCollection.Name)]
public sealed class AutomationTests(AutomationsHost host)
{
    private HttpClient Owner => host.Owner.Client;
    private string Receiver => host.Receiver.BaseUrl;

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/automations", body)).JsonAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> WaitForRunAsync(HttpClient client, Guid automation, Guid run, params string[] statuses)
    {
        var found = await Eventually.Until(async () => await (await client.GetAsync($"/api/automations/{automation}/runs/{run}")).JsonAsync(),
            r => statuses.Contains(r.GetProperty("status").GetString()), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50));
        return statuses.Contains(found.GetProperty("status").GetString()) ? found : throw new TimeoutException($"Run {run} is still {found.GetProperty("status")}: {found}");
    }

    private static Dictionary<string, JsonElement> Steps(JsonElement run) =>
        run.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);

    private static async Task<HttpResponseMessage> DeliverAsync(HttpClient client, Guid automation, string? token, string body, string? signature = null, string? key = null, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/automations/webhook/{automation}{query}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Add("X-Webhook-Token", token);
        if (signature is not null) request.Headers.Add("X-Signature-256", signature);
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body))).ToLowerInvariant();

    /// <summary>A condition on the amount: large ones are posted to the receiver, small ones noted in the room.</summary>
    private object Triage(string path) => new
    {
        name = "Triage orders",
        roomId = host.Room,
        inputs = new { type = "object", properties = new { amount = new { type = "number" }, customer = new { type = "string" } }, required = new[] { "amount" } },
        triggers = new object[] { new { type = "manual" }, new { type = "webhook" } },
        graph = TriageGraph(path),
    };

    private object TriageGraph(string path) => new
        {
            nodes = new object[]
            {
                new { id = "check", kind = "condition", inputs = new { expression = "[inputs.amount] > 10" } },
                new { id = "call", kind = "http.request", inputs = new { url = $"{Receiver}{path}", body = new { amount = "{{ inputs.amount }}", who = "customer {{ inputs.customer }}", large = "{{ steps.check.output.result }}" } } },
                new { id = "note", kind = "room.message", inputs = new { roomId = host.Room.ToString(), text = "Small order from {{ inputs.customer }}" } },
                new { id = "after", kind = "wait", inputs = new { seconds = 0 } },
                new { id = "close", kind = "wait", inputs = new { seconds = 0 } },
            },
            edges = new object[]
            {
                new { from = "check", to = "call", when = true },
                new { from = "check", to = "note", when = false },
                new { from = "call", to = "after" },
                new { from = "after", to = "close" },
                new { from = "note", to = "close" },
            },
        };

    [Fact]
    public async Task A_webhook_run_takes_the_conditions_branch_calls_out_with_earlier_outputs_and_skips_the_other_branch()
    {
        var automation = await CreateAsync(Owner, Triage("/echo/orders"));
        var id = automation.Id();
        var webhook = automation.GetProperty("webhook");
        var token = webhook.GetProperty("token").GetString()!;
        Assert.StartsWith("whk_", token);
        Assert.StartsWith("whsec_", webhook.GetProperty("signingSecret").GetString());
        Assert.Equal($"/api/automations/webhook/{id}", webhook.GetProperty("path").GetString());
        var read = await (await Owner.GetAsync($"/api/automations/{id}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, read.GetProperty("webhook").GetProperty("token").ValueKind);

        using var anonymous = host.Factory.CreateClient();
        var finished = await (await DeliverAsync(anonymous, id, token, """{"amount": 50, "customer": "Ada"}""", query: "?wait=20")).JsonAsync();
        Assert.True(finished.GetProperty("finished").GetBoolean());
        var run = finished.GetProperty("run");
        Assert.Equal("done", run.GetProperty("status").GetString());
        Assert.Equal("webhook", run.GetProperty("trigger").GetString());
        Assert.Equal(1, run.GetProperty("templateVersion").GetInt32());
        Assert.Equal(host.Owner.Id, run.GetProperty("ownerId").GetGuid());
        var steps = Steps(run);
        Assert.True(steps["check"].GetProperty("output").GetProperty("result").GetBoolean());
        Assert.Equal("done", steps["call"].GetProperty("status").GetString());
        Assert.Equal("skipped", steps["note"].GetProperty("status").GetString());
        Assert.Equal("done", steps["after"].GetProperty("status").GetString());
        Assert.Equal("done", steps["close"].GetProperty("status").GetString());
        var call = steps["call"].GetProperty("output");
        Assert.Equal(200, call.GetProperty("status").GetInt32());
        var sent = JsonDocument.Parse(call.GetProperty("body").GetProperty("body").GetString()!).RootElement;
        Assert.Equal(50, sent.GetProperty("amount").GetInt32());
        Assert.Equal("customer Ada", sent.GetProperty("who").GetString());
        Assert.True(sent.GetProperty("large").GetBoolean());
        Assert.Equal("application/json; charset=utf-8", call.GetProperty("body").GetProperty("contentType").GetString());

        var small = await (await DeliverAsync(anonymous, id, token, """{"amount": 3, "customer": "Bo"}""", query: "?wait=20")).JsonAsync();
        var smallSteps = Steps(small.GetProperty("run"));
        Assert.Equal("skipped", smallSteps["call"].GetProperty("status").GetString());
        Assert.Equal("skipped", smallSteps["after"].GetProperty("status").GetString());
        Assert.Equal("done", smallSteps["note"].GetProperty("status").GetString());
        Assert.Equal("done", smallSteps["close"].GetProperty("status").GetString());
        var messages = await (await Owner.GetAsync($"/api/rooms/{host.Room}/messages")).JsonAsync();
        Assert.Contains("Small order from Bo", messages.GetRawText());

        var runs = await (await Owner.GetAsync($"/api/automations/{id}/runs")).JsonAsync();
        Assert.Equal(2, runs.GetProperty("total").GetInt32());

        // The room's stream tells its members each run's start and end.
        var runId = run.Id().ToString();
        Assert.Equal("webhook", (await host.Viewer.RoomEventAsync(host.Room, "automation.run.started", runId)).GetProperty("trigger").GetString());
        Assert.Equal("done", (await host.Viewer.RoomEventAsync(host.Room, "automation.run.finished", runId)).GetProperty("status").GetString());
        Assert.Equal(small.GetProperty("runId").GetGuid(), runs.GetProperty("items")[0].Id());
    }

    [Fact]
    public async Task A_webhook_needs_its_token_a_valid_signature_when_required_a_json_object_and_an_enabled_automation()
    {
        var body = Triage("/echo/signed");
        var automation = await CreateAsync(Owner, body);
        var id = automation.Id();
        var token = automation.GetProperty("webhook").GetProperty("token").GetString()!;
        using var anonymous = host.Factory.CreateClient();

        await (await DeliverAsync(anonymous, id, "whk_wrong", """{"amount": 1}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await DeliverAsync(anonymous, id, null, """{"amount": 1}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await DeliverAsync(anonymous, Guid.NewGuid(), token, """{"amount": 1}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await DeliverAsync(anonymous, id, token, "[1, 2]")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await DeliverAsync(anonymous, id, token, "not json")).ProblemAsync(HttpStatusCode.BadRequest);
        var refused = await (await DeliverAsync(anonymous, id, token, """{"customer": "no amount"}""")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("amount", refused.GetRawText());
        await (await DeliverAsync(anonymous, id, token, "{\"pad\": \"" + new string('x', 1024 * 1024) + "\"}")).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, (await (await Owner.GetAsync($"/api/automations/{id}/runs")).JsonAsync()).GetProperty("total").GetInt32());

        // A renewed pair replaces the old one at once; then signatures are required.
        var renewed = await (await Owner.PostAsync($"/api/automations/{id}/webhook/renew", null)).JsonAsync();
        var newToken = renewed.GetProperty("webhook").GetProperty("token").GetString()!;
        var secret = renewed.GetProperty("webhook").GetProperty("signingSecret").GetString()!;
        await (await DeliverAsync(anonymous, id, token, """{"amount": 1}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { triggers = new object[] { new { type = "webhook", requireSignature = true } } })).JsonAsync();
        const string delivery = """{"amount": 2, "customer": "Cy"}""";
        await (await DeliverAsync(anonymous, id, newToken, delivery)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await DeliverAsync(anonymous, id, newToken, delivery, Sign(secret, delivery + " "))).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await DeliverAsync(anonymous, id, newToken, delivery, "sha256=zz")).ProblemAsync(HttpStatusCode.Unauthorized);
        var accepted = await (await DeliverAsync(anonymous, id, newToken, delivery, Sign(secret, delivery))).JsonAsync(HttpStatusCode.Accepted);
        await WaitForRunAsync(Owner, id, accepted.GetProperty("runId").GetGuid(), "done");

        // The token also travels in the query; a disabled automation refuses deliveries but still runs by hand.
        await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { enabled = false })).JsonAsync();
        await (await DeliverAsync(anonymous, id, null, delivery, Sign(secret, delivery), query: $"?token={newToken}")).ProblemAsync(HttpStatusCode.Conflict);
        var manual = await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs", new { inputs = new { amount = 1 } })).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("manual", (await WaitForRunAsync(Owner, id, manual.Id(), "done")).GetProperty("trigger").GetString());

        // Without a webhook trigger the secrets are gone.
        await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { enabled = true, triggers = new object[] { new { type = "manual" } } })).JsonAsync();
        await (await DeliverAsync(anonymous, id, newToken, delivery, Sign(secret, delivery))).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.PostAsync($"/api/automations/{id}/webhook/renew", null)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_delivery_repeated_with_its_idempotency_key_or_the_bodys_key_starts_one_run()
    {
        var body = Triage("/echo/idempotent");
        var automation = await CreateAsync(Owner, body);
        var id = automation.Id();
        var token = automation.GetProperty("webhook").GetProperty("token").GetString()!;
        using var anonymous = host.Factory.CreateClient();

        var deliveries = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DeliverAsync(anonymous, id, token, """{"amount": 20}""", key: "delivery-1")));
        var answers = await Task.WhenAll(deliveries.Select(d => d.JsonAsync(HttpStatusCode.Accepted)));
        Assert.Single(answers.Select(a => a.GetProperty("runId").GetGuid()).Distinct());
        Assert.Equal(3, answers.Count(a => a.GetProperty("repeated").GetBoolean()));

        await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { triggers = new object[] { new { type = "webhook", idempotencyPath = "event.id" } } })).JsonAsync();
        var first = await (await DeliverAsync(anonymous, id, token, """{"amount": 20, "event": {"id": "evt_7"}}""")).JsonAsync(HttpStatusCode.Accepted);
        var again = await (await DeliverAsync(anonymous, id, token, """{"amount": 20, "event": {"id": "evt_7"}}""")).JsonAsync(HttpStatusCode.Accepted);
        var other = await (await DeliverAsync(anonymous, id, token, """{"amount": 20, "event": {"id": "evt_8"}}""")).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(first.GetProperty("runId").GetGuid(), again.GetProperty("runId").GetGuid());
        Assert.NotEqual(first.GetProperty("runId").GetGuid(), other.GetProperty("runId").GetGuid());
        Assert.Equal(3, (await (await Owner.GetAsync($"/api/automations/{id}/runs")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_run_waits_at_an_approval_until_resumed_and_a_running_step_is_cancelled()
    {
        var automation = await CreateAsync(Owner, new
        {
            name = "Approve then call",
            graph = new
            {
                nodes = new object[]
                {
                    new { id = "ask", kind = "approval", inputs = new { message = "Call the receiver?" } },
                    new { id = "call", kind = "http.request", inputs = new { url = $"{Receiver}/echo/approved", method = "PUT", body = "plain text" } },
                },
                edges = new object[] { new { from = "ask", to = "call" } },
            },
        });
        var id = automation.Id();
        var run = await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs", new { })).JsonAsync(HttpStatusCode.Accepted);
        var blocked = await WaitForRunAsync(Owner, id, run.Id(), "blocked");
        Assert.Equal("blocked", Steps(blocked)["ask"].GetProperty("status").GetString());
        Assert.Empty(host.Receiver.To("/echo/approved"));
        await (await Owner.PostAsync($"/api/automations/{id}/runs/{run.Id()}/retry-from/call", null)).JsonAsync();
        await WaitForRunAsync(Owner, id, run.Id(), "blocked");

        await (await Owner.PostAsync($"/api/automations/{id}/runs/{run.Id()}/resume", null)).JsonAsync();
        var done = await WaitForRunAsync(Owner, id, run.Id(), "done");
        Assert.Equal("PUT", host.Receiver.To("/echo/approved").Single().Method);
        Assert.Equal("plain text", host.Receiver.To("/echo/approved").Single().Body);
        Assert.True(Steps(done)["ask"].GetProperty("output").GetProperty("approved").GetBoolean());
        await (await Owner.PostAsync($"/api/automations/{id}/runs/{run.Id()}/resume", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await Owner.PostAsync($"/api/automations/{id}/runs/{run.Id()}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict);

        var slow = await CreateAsync(Owner, new
        {
            name = "Slow",
            graph = new { nodes = new object[] { new { id = "nap", kind = "wait", inputs = new { seconds = 60 } } }, edges = Array.Empty<object>() },
        });
        var napping = await (await Owner.PostAsJsonAsync($"/api/automations/{slow.Id()}/runs", new { })).JsonAsync(HttpStatusCode.Accepted);
        await WaitForRunAsync(Owner, slow.Id(), napping.Id(), "running");
        await (await Owner.PostAsync($"/api/automations/{slow.Id()}/runs/{napping.Id()}/cancel", null)).JsonAsync();
        var cancelled = await WaitForRunAsync(Owner, slow.Id(), napping.Id(), "cancelled");
        Assert.Equal("cancelled", Steps(cancelled)["nap"].GetProperty("status").GetString());
        await (await Owner.GetAsync($"/api/automations/{id}/runs/{napping.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Retry_from_a_step_reruns_it_and_what_follows_on_the_original_or_the_current_version()
    {
        object Graph(string path) => new
        {
            nodes = new object[]
            {
                new { id = "first", kind = "http.request", inputs = new { url = $"{Receiver}/echo/retry-first" } },
                new { id = "second", kind = "http.request", inputs = new { url = $"{Receiver}{path}", body = new { from = "{{ steps.first.output.body.path }}" } } },
            },
            edges = new object[] { new { from = "first", to = "second" } },
        };
        var automation = await CreateAsync(Owner, new { name = "Two calls", graph = Graph("/echo/retry-v1") });
        var id = automation.Id();
        var run = await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs", new { })).JsonAsync(HttpStatusCode.Accepted);
        var done = await WaitForRunAsync(Owner, id, run.Id(), "done");
        var firstEnded = Steps(done)["first"].GetProperty("endedAt").GetDateTimeOffset();

        var changed = await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { graph = Graph("/echo/retry-v2") })).JsonAsync();
        Assert.Equal(2, changed.GetProperty("version").GetInt32());

        await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs/{run.Id()}/retry-from/second", new { version = "original" })).JsonAsync();
        var original = await WaitForRunAsync(Owner, id, run.Id(), "done");
        Assert.Equal(1, original.GetProperty("templateVersion").GetInt32());
        Assert.Equal(2, host.Receiver.To("/echo/retry-v1").Count);

        await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs/{run.Id()}/retry-from/second", new { version = "current" })).JsonAsync();
        await Eventually.Until(() => Task.FromResult(host.Receiver.To("/echo/retry-v2").Count), n => n == 1);
        var current = await WaitForRunAsync(Owner, id, run.Id(), "done");
        Assert.Equal(2, current.GetProperty("templateVersion").GetInt32());
        Assert.Equal(firstEnded, Steps(current)["first"].GetProperty("endedAt").GetDateTimeOffset());
        Assert.Single(host.Receiver.To("/echo/retry-first"));
        Assert.Contains("/echo/retry-first", host.Receiver.To("/echo/retry-v2").Single().Body);

        await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs/{run.Id()}/retry-from/missing", new { })).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs/{run.Id()}/retry-from/second", new { version = "latest" })).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Calls_to_internal_addresses_are_refused_directly_and_through_a_redirect_and_answers_are_capped()
    {
        async Task<JsonElement> RunOneCallAsync(object inputs)
        {
            var automation = await CreateAsync(Owner, new { name = "One call", graph = new { nodes = new object[] { new { id = "call", kind = "http.request", inputs } }, edges = Array.Empty<object>() } });
            var run = await (await Owner.PostAsJsonAsync($"/api/automations/{automation.Id()}/runs", new { })).JsonAsync(HttpStatusCode.Accepted);
            return Steps(await WaitForRunAsync(Owner, automation.Id(), run.Id(), "failed", "done"))["call"];
        }

        foreach (var url in new[] { "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", $"http://localhost:{new Uri(Receiver).Port}/echo/x", "file:///etc/passwd" })
        {
            var step = await RunOneCallAsync(new { url });
            Assert.Equal("failed", step.GetProperty("status").GetString());
            Assert.Contains("Will not call", step.GetProperty("error").GetString());
        }
        var redirected = await RunOneCallAsync(new { url = $"{Receiver}/redirect?to=http://169.254.169.254/latest/meta-data/" });
        Assert.Contains("169.254.169.254 is an internal address", redirected.GetProperty("error").GetString());
        var followed = await RunOneCallAsync(new { url = $"{Receiver}/redirect?to={Uri.EscapeDataString(Receiver + "/echo/after-redirect")}" });
        Assert.Equal("/echo/after-redirect", followed.GetProperty("output").GetProperty("body").GetProperty("path").GetString());

        Assert.Contains("larger than 1 MB", (await RunOneCallAsync(new { url = $"{Receiver}/large" })).GetProperty("error").GetString());
        Assert.Contains("answered 503", (await RunOneCallAsync(new { url = $"{Receiver}/status/503" })).GetProperty("error").GetString());
        var tolerated = await RunOneCallAsync(new { url = $"{Receiver}/status/404", failOnErrorStatus = false });
        Assert.Equal(404, tolerated.GetProperty("output").GetProperty("status").GetInt32());
        Assert.Contains("within 1 s", (await RunOneCallAsync(new { url = $"{Receiver}/slow", timeoutSeconds = 1 })).GetProperty("error").GetString());
        Assert.Contains("'Host'", (await RunOneCallAsync(new { url = $"{Receiver}/echo/h", headers = new Dictionary<string, string> { ["Host"] = "evil" } })).GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_builder_reports_every_problem_with_its_node_or_edge_and_a_save_refuses_them()
    {
        var graph = new
        {
            nodes = new object[]
            {
                new { id = "a", kind = "wait", inputs = new { seconds = 1 } },
                new { id = "b", kind = "no.such.kind" },
                new { id = "c", kind = "http.request", inputs = new { method = "GET" } },
                new { id = "d", kind = "wait", inputs = new { seconds = "{{ steps.e.output.n }}" } },
                new { id = "e", kind = "wait", inputs = new { seconds = 0 } },
                new { id = "lonely", kind = "wait", inputs = new { seconds = 0 } },
                new { id = "cond", kind = "condition", inputs = new { expression = "[inputs.nothing] > 1 &&" } },
                new { id = "text", kind = "room.message", inputs = new { roomId = "{{ inputs.room }}", text = "{{ inputs.unknown }}" } },
            },
            edges = new object[]
            {
                new { from = "a", to = "c" }, new { from = "c", to = "a" }, new { from = "a", to = "ghost" }, new { from = "a", to = "d", when = true },
                new { from = "cond", to = "text" }, new { from = "d", to = "text" },
            },
        };
        var inputs = new { type = "object", properties = new { room = new { type = "string" } } };
        var first = await (await Owner.PostAsJsonAsync("/api/automations/builder/validate", new { graph, inputs })).JsonAsync();
        Assert.False(first.GetProperty("valid").GetBoolean());
        var problems = first.GetProperty("problems").EnumerateArray().Select(p => (Node: p.GetProperty("nodeId").GetString(), Edge: p.GetProperty("edge").ValueKind == JsonValueKind.Number ? p.GetProperty("edge").GetInt32() : (int?)null, Message: p.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(problems, p => p.Node == "b" && p.Message.Contains("Unknown kind 'no.such.kind'"));
        Assert.Contains(problems, p => p.Node == "c" && p.Message.Contains("'url' is required"));
        Assert.Contains(problems, p => p.Node == "cond" && p.Message.Contains("Not a valid expression"));
        Assert.Contains(problems, p => p.Node == "text" && p.Message.Contains("inputs.unknown"));
        Assert.Contains(problems, p => p.Edge == 2 && p.Message.Contains("'ghost'"));
        Assert.Contains(problems, p => p.Edge == 3 && p.Message.Contains("Only an edge from a condition"));

        // With the edges fixed, the structural problems show: the cycle, what only a cycle reaches, loose nodes, placeholders.
        var structural = await (await Owner.PostAsJsonAsync("/api/automations/builder/validate", new
        {
            graph = new
            {
                nodes = new object[]
                {
                    new { id = "a", kind = "wait", inputs = new { seconds = 1 } },
                    new { id = "c", kind = "wait", inputs = new { seconds = 1 } },
                    new { id = "after", kind = "wait", inputs = new { seconds = 1 } },
                    new { id = "d", kind = "wait", inputs = new { seconds = "{{ steps.e.output.n }}" } },
                    new { id = "e", kind = "wait", inputs = new { seconds = 0 } },
                    new { id = "lonely", kind = "wait", inputs = new { seconds = 0 } },
                },
                edges = new object[] { new { from = "a", to = "c" }, new { from = "c", to = "a" }, new { from = "c", to = "after" }, new { from = "d", to = "e" } },
            },
        })).JsonAsync();
        var found = structural.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("nodeId").GetString(), p.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(found, p => p.Item1 == "a" && p.Item2.Contains("cycle"));
        Assert.Contains(found, p => p.Item1 == "c" && p.Item2.Contains("cycle"));
        Assert.Contains(found, p => p.Item1 == "after" && p.Item2.Contains("unreachable"));

        var placeholders = await (await Owner.PostAsJsonAsync("/api/automations/builder/validate", new
        {
            graph = new
            {
                nodes = new object[]
                {
                    new { id = "d", kind = "wait", inputs = new { seconds = "{{ steps.e.output.n }}" } },
                    new { id = "e", kind = "wait", inputs = new { seconds = 0 } },
                    new { id = "lonely", kind = "wait", inputs = new { seconds = 0 } },
                },
                edges = new object[] { new { from = "d", to = "e" } },
            },
        })).JsonAsync();
        var placed = placeholders.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("nodeId").GetString(), p.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(placed, p => p.Item1 == "d" && p.Item2.Contains("names no step that runs before this one"));
        Assert.Contains(placed, p => p.Item1 == "lonely" && p.Item2.Contains("unreachable"));

        var refused = await (await Owner.PostAsJsonAsync("/api/automations", new { name = "Broken", graph, inputs })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("graph.nodes.b", refused.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Contains("graph.edges[2]", refused.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var valid = await (await Owner.PostAsJsonAsync("/api/automations/builder/validate", new { graph = TriageGraph("/echo/x") })).JsonAsync();
        Assert.True(valid.GetProperty("valid").GetBoolean(), valid.GetRawText());
    }

    [Fact]
    public async Task Versions_and_changes_follow_the_rules_and_bad_input_is_refused_whole()
    {
        var automation = await CreateAsync(Owner, new
        {
            name = "Versions",
            graph = new { nodes = new object[] { new { id = "nap", kind = "wait", inputs = new { seconds = 0 } } }, edges = Array.Empty<object>() },
        });
        var id = automation.Id();
        Assert.Equal(1, automation.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, automation.GetProperty("webhook").ValueKind);
        var renamed = await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { name = "Renamed", description = "every save is a version" })).JsonAsync();
        Assert.Equal(2, renamed.GetProperty("version").GetInt32());
        var withSchema = await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { inputs = new { type = "object", properties = new { n = new { type = "integer" } } } })).JsonAsync();
        Assert.Equal(3, withSchema.GetProperty("version").GetInt32());
        var withWebhook = await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { triggers = new object[] { new { type = "webhook" } } })).JsonAsync();
        Assert.StartsWith("whk_", withWebhook.GetProperty("webhook").GetProperty("token").GetString());

        // A new inputs schema is checked against the saved graph's placeholders; nothing changes when refused.
        await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new
        {
            graph = new { nodes = new object[] { new { id = "nap", kind = "wait", inputs = new { seconds = "{{ inputs.n }}" } } }, edges = Array.Empty<object>() },
        })).JsonAsync();
        await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { inputs = new { type = "object", properties = new { m = new { type = "integer" } } } })).ProblemAsync(HttpStatusCode.BadRequest);
        var kept = await (await Owner.GetAsync($"/api/automations/{id}")).JsonAsync();
        Assert.Equal(5, kept.GetProperty("version").GetInt32());
        var versions = (await (await Owner.GetAsync($"/api/automations/{id}/versions")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([5, 4, 3, 2, 1], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("Versions", versions[^1].GetProperty("name").GetString());
        Assert.Equal("webhook", versions[1].GetProperty("triggers")[0].GetProperty("type").GetString());
        Assert.Equal("{{ inputs.n }}", versions[0].GetProperty("graph").GetProperty("nodes")[0].GetProperty("inputs").GetProperty("seconds").GetString());
        var run = await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs", new { inputs = new { n = 0 } })).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(0, Steps(await WaitForRunAsync(Owner, id, run.Id(), "done"))["nap"].GetProperty("inputs").GetProperty("seconds").GetInt32());
        await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs", new { inputs = new { n = "three" } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs", new { inputs = new[] { 1 } })).ProblemAsync(HttpStatusCode.BadRequest);

        await (await Owner.PostAsJsonAsync("/api/automations", new { name = new string('x', 201), graph = new { nodes = new object[] { new { id = "a", kind = "wait", inputs = new { seconds = 0 } } }, edges = Array.Empty<object>() } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/automations", new { name = "Too big", graph = new { nodes = Enumerable.Range(0, 101).Select(i => new { id = $"n{i}", kind = "wait", inputs = new { seconds = 0 } }), edges = Array.Empty<object>() } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/automations", new { name = "No graph" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/automations", new { name = "Bad trigger", graph = new { nodes = new object[] { new { id = "a", kind = "wait", inputs = new { seconds = 0 } } }, edges = Array.Empty<object>() }, triggers = new object[] { new { type = "telepathy" } } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/automations", new { name = "Bad schema", inputs = new { type = "array" }, graph = new { nodes = new object[] { new { id = "a", kind = "wait", inputs = new { seconds = 0 } } }, edges = Array.Empty<object>() } })).ProblemAsync(HttpStatusCode.BadRequest);

        var kinds = await (await Owner.GetAsync("/api/automations/kinds")).JsonAsync();
        var ids = kinds.EnumerateArray().Select(k => k.GetProperty("id").GetString()).ToList();
        Assert.Contains("http.request", ids);
        Assert.Contains("condition", ids);
        Assert.Contains("room.message", ids);
        Assert.Contains("approval", ids);
        Assert.Contains("query.run", ids);

        await (await Owner.DeleteAsync($"/api/automations/{id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await Owner.GetAsync($"/api/automations/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        var job = await (await Owner.GetAsync($"/api/jobs/{run.Id()}")).JsonAsync();
        Assert.Equal($"automation:{id}", job.GetProperty("templateId").GetString());
    }

    [Fact]
    public async Task Events_start_the_automations_that_wait_for_them_and_an_automations_own_doing_starts_none()
    {
        var onDataset = await CreateAsync(Owner, new
        {
            name = "On a new dataset",
            triggers = new object[] { new { type = "event", @event = "dataset.ready" } },
            graph = new
            {
                nodes = new object[] { new { id = "tell", kind = "http.request", inputs = new { url = $"{Receiver}/echo/dataset-ready", body = new { name = "{{ inputs.event.data.name }}", rows = "{{ inputs.event.data.rowCount }}" } } } },
                edges = Array.Empty<object>(),
            },
        });
        await (await Owner.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        var runs = await Eventually.Until(async () => (await (await Owner.GetAsync($"/api/automations/{onDataset.Id()}/runs")).JsonAsync()).GetProperty("items"),
            r => r.GetArrayLength() == 1);
        var run = await WaitForRunAsync(Owner, onDataset.Id(), runs[0].Id(), "done");
        Assert.Equal("event:dataset.ready", run.GetProperty("trigger").GetString());
        var told = JsonDocument.Parse(host.Receiver.To("/echo/dataset-ready").Single().Body).RootElement;
        Assert.Equal("stocks", told.GetProperty("name").GetString());
        Assert.True(told.GetProperty("rows").GetInt32() > 0);

        // A room automation answers messages matching its pattern; its own reply matches too but starts nothing.
        var onDeploy = await CreateAsync(Owner, new
        {
            name = "On deploy",
            roomId = host.Room,
            triggers = new object[] { new { type = "event", @event = "room.message", pattern = "^deploy" } },
            graph = new
            {
                nodes = new object[] { new { id = "reply", kind = "room.message", inputs = new { roomId = host.Room.ToString(), text = "deploy noted: {{ inputs.event.data.content }}" } } },
                edges = Array.Empty<object>(),
            },
        });
        await (await host.Editor.Client.PostAsJsonAsync($"/api/rooms/{host.Room}/messages", new { content = "hello there" })).JsonAsync(HttpStatusCode.Created);
        await (await host.Editor.Client.PostAsJsonAsync($"/api/rooms/{host.Room}/messages", new { content = "deploy v2" })).JsonAsync(HttpStatusCode.Created);
        var replies = await Eventually.Until(async () => (await (await Owner.GetAsync($"/api/automations/{onDeploy.Id()}/runs")).JsonAsync()).GetProperty("items"),
            r => r.GetArrayLength() == 1 && r[0].GetProperty("status").GetString() == "done");
        await Eventually.Until(async () => (await (await Owner.GetAsync($"/api/rooms/{host.Room}/messages")).JsonAsync()).GetRawText(), m => m.Contains("deploy noted: deploy v2"));
        await Task.Delay(500);
        Assert.Equal(1, (await (await Owner.GetAsync($"/api/automations/{onDeploy.Id()}/runs")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal("event:room.message", replies[0].GetProperty("trigger").GetString());

        await (await Owner.PostAsJsonAsync("/api/automations", new { name = "Bad event", triggers = new object[] { new { type = "event", @event = "moon.landed" } }, graph = TriageGraph("/echo/x") }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/automations", new { name = "Bad pattern", triggers = new object[] { new { type = "event", @event = "room.message", pattern = "([" } }, graph = TriageGraph("/echo/x") }))
            .ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_schedule_trigger_runs_the_automation_on_its_cron_until_it_is_disabled()
    {
        var automation = await CreateAsync(Owner, new
        {
            name = "Every second",
            triggers = new object[] { new { type = "schedule", cron = "* * * * * *", inputs = new { seconds = 0 } } },
            inputs = new { type = "object", properties = new { seconds = new { type = "number" } } },
            graph = new { nodes = new object[] { new { id = "nap", kind = "wait", inputs = new { seconds = "{{ inputs.seconds }}" } } }, edges = Array.Empty<object>() },
        });
        var id = automation.Id();
        var schedules = (await (await Owner.GetAsync("/api/schedules")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(s => s.GetProperty("templateId").GetString() == $"automation:{id}").ToList();
        Assert.Single(schedules);
        var runs = await Eventually.Until(async () => (await (await Owner.GetAsync($"/api/automations/{id}/runs?status=done")).JsonAsync()),
            r => r.GetProperty("total").GetInt32() >= 2, TimeSpan.FromSeconds(30));
        Assert.All(runs.GetProperty("items").EnumerateArray(), r => Assert.Equal("schedule", r.GetProperty("trigger").GetString()));

        await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { enabled = false })).JsonAsync();
        await Task.Delay(1200);
        var stopped = (await (await Owner.GetAsync($"/api/automations/{id}/runs")).JsonAsync()).GetProperty("total").GetInt32();
        await Task.Delay(1200);
        Assert.Equal(stopped, (await (await Owner.GetAsync($"/api/automations/{id}/runs")).JsonAsync()).GetProperty("total").GetInt32());

        await (await Owner.PostAsJsonAsync("/api/automations", new { name = "Bad cron", triggers = new object[] { new { type = "schedule", cron = "every day" } }, graph = TriageGraph("/echo/x") }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PatchAsJsonAsync($"/api/automations/{id}", new { enabled = true, triggers = new object[] { new { type = "schedule", cron = "0 7 * * *", inputs = new { seconds = "soon" } } } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.DeleteAsync($"/api/automations/{id}")).EnsureStatus(HttpStatusCode.NoContent);
        Assert.DoesNotContain($"automation:{id}", (await (await Owner.GetAsync("/api/schedules")).JsonAsync()).GetRawText());
    }

    [Fact]
    public async Task An_assistant_step_answers_over_the_owners_dataset_and_a_later_step_uses_its_answer()
    {
        var stocks = (await (await Owner.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        var automation = await CreateAsync(Owner, new
        {
            name = "Ask and forward",
            graph = new
            {
                nodes = new object[]
                {
                    new { id = "ask", kind = "assistant.ask", inputs = new { question = "how many rows are there?", datasetIds = new[] { stocks.ToString() } } },
                    new { id = "forward", kind = "http.request", inputs = new { url = $"{Receiver}/echo/answer", body = new { answer = "{{ steps.ask.output.answer }}" } } },
                },
                edges = new object[] { new { from = "ask", to = "forward" } },
            },
        });
        var run = await (await Owner.PostAsJsonAsync($"/api/automations/{automation.Id()}/runs", new { })).JsonAsync(HttpStatusCode.Accepted);
        var done = await WaitForRunAsync(Owner, automation.Id(), run.Id(), "done", "failed");
        Assert.Equal("done", done.GetProperty("status").GetString());
        var answer = Steps(done)["ask"].GetProperty("output").GetProperty("answer").GetString()!;
        Assert.Contains("560", answer);
        Assert.Contains("560", host.Receiver.To("/echo/answer").Single().Body);
        var conversation = Steps(done)["ask"].GetProperty("output").GetProperty("conversationId").GetGuid();
        await (await Owner.GetAsync($"/api/conversations/{conversation}")).JsonAsync();
    }

    [Fact]
    public async Task Outsiders_get_404_room_viewers_read_room_editors_run_and_manage()
    {
        var automation = await CreateAsync(Owner, Triage("/echo/access"));
        var id = automation.Id();
        var run = await (await Owner.PostAsJsonAsync($"/api/automations/{id}/runs", new { inputs = new { amount = 1, customer = "Di" } })).JsonAsync(HttpStatusCode.Accepted);
        var outsider = host.Outsider.Client;
        var viewer = host.Viewer.Client;
        var editor = host.Editor.Client;

        foreach (var response in new[]
        {
            await outsider.GetAsync($"/api/automations/{id}"), await outsider.GetAsync($"/api/automations/{id}/runs"),
            await outsider.GetAsync($"/api/automations/{id}/runs/{run.Id()}"), await outsider.PatchAsJsonAsync($"/api/automations/{id}", new { name = "x" }),
            await outsider.GetAsync($"/api/automations/{id}/versions"),
            await outsider.PostAsJsonAsync($"/api/automations/{id}/runs", new { }), await outsider.PostAsync($"/api/automations/{id}/runs/{run.Id()}/cancel", null),
            await outsider.PostAsync($"/api/automations/{id}/webhook/renew", null), await outsider.DeleteAsync($"/api/automations/{id}"),
            await outsider.PostAsJsonAsync("/api/automations", new { name = "In their room", roomId = host.Room, graph = new { nodes = new object[] { new { id = "a", kind = "wait", inputs = new { seconds = 0 } } }, edges = Array.Empty<object>() } }),
        })
            await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(id.ToString(), (await (await outsider.GetAsync("/api/automations")).JsonAsync()).GetRawText());

        await (await viewer.GetAsync($"/api/automations/{id}")).JsonAsync();
        await (await viewer.GetAsync($"/api/automations/{id}/runs/{run.Id()}")).JsonAsync();
        await (await viewer.GetAsync($"/api/automations/{id}/versions")).JsonAsync();
        Assert.Contains(id.ToString(), (await (await viewer.GetAsync($"/api/automations?roomId={host.Room}")).JsonAsync()).GetRawText());
        foreach (var response in new[]
        {
            await viewer.PatchAsJsonAsync($"/api/automations/{id}", new { name = "x" }), await viewer.PostAsJsonAsync($"/api/automations/{id}/runs", new { inputs = new { amount = 1 } }),
            await viewer.PostAsync($"/api/automations/{id}/runs/{run.Id()}/cancel", null), await viewer.PostAsync($"/api/automations/{id}/runs/{run.Id()}/resume", null),
            await viewer.PostAsync($"/api/automations/{id}/runs/{run.Id()}/retry-from/check", null), await viewer.PostAsync($"/api/automations/{id}/webhook/renew", null),
            await viewer.DeleteAsync($"/api/automations/{id}"),
        })
            await response.ProblemAsync(HttpStatusCode.Forbidden);

        // An editor's run acts for the editor.
        var editorRun = await (await editor.PostAsJsonAsync($"/api/automations/{id}/runs", new { inputs = new { amount = 2, customer = "Ed" } })).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(host.Editor.Id, editorRun.GetProperty("ownerId").GetGuid());
        await WaitForRunAsync(editor, id, editorRun.Id(), "done");
        await (await editor.PatchAsJsonAsync($"/api/automations/{id}", new { description = "edited by the editor" })).JsonAsync();
    }
}
