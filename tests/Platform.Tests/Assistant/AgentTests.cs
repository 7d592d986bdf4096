using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Features.Assistant;

namespace Platform.Tests.Assistant;

/// <summary>Agents: drafts and immutable published versions, who reads and changes them, the marketplace, presets, and agents answering turns.</summary>
[Collection(AssistantCollection.Name)]
public sealed class AgentTests(AssistantSamples samples)
{
    private HttpClient Owner => samples.Owner.Client;

    private async Task<JsonElement> CreateAsync(HttpClient client, object body) => await (await client.PostAsJsonAsync("/api/agents", body)).JsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task An_agent_is_a_draft_until_published_its_versions_never_change_and_conversations_pin_the_one_they_began_with()
    {
        var agent = await CreateAsync(Owner, new
        {
            name = "Stock analyst", instructions = "Answer about stock prices.", tools = new[] { "list_datasets", "ask_data" },
            datasetIds = new[] { samples.Datasets["stocks"] }, visibility = "public",
        });
        var id = agent.Id();
        Assert.Equal(JsonValueKind.Null, agent.GetProperty("publishedVersion").ValueKind);
        var other = await Person.RegisterAsync(samples.Factory);
        using var anonymous = samples.Factory.CreateClient();

        await (await other.Client.GetAsync($"/api/agents/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(id.ToString(), await anonymous.GetStringAsync("/api/marketplace/agents"));

        var published = await (await Owner.PostAsync($"/api/agents/{id}/publish", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        var market = await (await anonymous.GetAsync("/api/marketplace/agents")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(id, market.GetProperty("items").EnumerateArray().Select(a => a.Id()));
        Assert.Equal(3, market.GetProperty("items").EnumerateArray().Count(a => a.GetProperty("preset").GetBoolean()));
        await (await other.Client.GetAsync($"/api/agents/{id}")).EnsureStatus(HttpStatusCode.OK);
        await (await other.Client.PatchAsJsonAsync($"/api/agents/{id}", new { name = "Mine now" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await other.Client.PostAsync($"/api/agents/{id}/publish", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await other.Client.DeleteAsync($"/api/agents/{id}")).ProblemAsync(HttpStatusCode.Forbidden);

        await (await Owner.PatchAsJsonAsync($"/api/agents/{id}", new { instructions = "A changed draft." })).EnsureStatus(HttpStatusCode.OK);
        var theirs = await (await other.Client.PostAsJsonAsync("/api/conversations", new { agentId = id })).JsonAsync(HttpStatusCode.Created);
        var mine = await (await Owner.PostAsJsonAsync("/api/conversations", new { agentId = id })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, theirs.GetProperty("agentVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("agentVersion").ValueKind);
        Assert.Equal([samples.Datasets["stocks"]], mine.GetProperty("datasetIds").EnumerateArray().Select(d => d.GetGuid()));
        Assert.Equal(2, (await (await Owner.PostAsync($"/api/agents/{id}/publish", null)).JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32());

        var tools = await (await other.Client.GetAsync($"/api/agents/{id}/tools")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["ask_data", "list_datasets"], tools.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var copy = await (await other.Client.PostAsync($"/api/agents/{id}/duplicate", null)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("Stock analyst (copy)", other.Id, "private"), (copy.GetProperty("name").GetString(), copy.GetProperty("ownerId").GetGuid(), copy.GetProperty("visibility").GetString()));
        Assert.Empty(copy.GetProperty("datasetIds").EnumerateArray());
        Assert.Equal("A changed draft.", copy.GetProperty("instructions").GetString());

        await (await Owner.DeleteAsync($"/api/agents/{id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await other.Client.GetAsync($"/api/agents/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.GetAsync($"/api/conversations/{mine.Id()}")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Presets_ship_with_the_platform_anyone_uses_and_duplicates_them_nobody_changes_them()
    {
        var person = await Person.RegisterAsync(samples.Factory);
        var listed = await (await person.Client.GetAsync("/api/agents")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Dashboard builder", "Data analyst", "Model trainer"],
            listed.GetProperty("items").EnumerateArray().Where(a => a.GetProperty("preset").GetBoolean()).Select(a => a.GetProperty("name").GetString()).Order());

        await (await person.Client.PatchAsJsonAsync($"/api/agents/{PresetAgents.DataAnalyst}", new { name = "Mine" })).ProblemAsync(HttpStatusCode.Forbidden);
        using var admin = samples.Factory.CreateClient((await samples.Factory.AdminAsync()).AccessToken);
        await (await admin.DeleteAsync($"/api/agents/{PresetAgents.DataAnalyst}")).ProblemAsync(HttpStatusCode.Forbidden);
        var copy = await (await person.Client.PostAsync($"/api/agents/{PresetAgents.ModelTrainer}/duplicate", null)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["train_model"], copy.GetProperty("approvalRequired").EnumerateArray().Select(t => t.GetString()));
        await (await person.Client.PatchAsJsonAsync($"/api/agents/{copy.Id()}", new { approvalRequired = Array.Empty<string>() })).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Organisation_agents_are_read_by_members_changed_by_admins_and_hidden_from_outsiders()
    {
        var owner = await Person.RegisterAsync(samples.Factory);
        var member = await Person.RegisterAsync(samples.Factory);
        var outsider = await Person.RegisterAsync(samples.Factory);
        var organization = (await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = "Acme" })).JsonAsync(HttpStatusCode.Created)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = member.Email, role = "member" })).EnsureStatus(HttpStatusCode.Created);

        var agent = (await CreateAsync(owner.Client, new { name = "Acme helper", organizationId = organization })).Id();

        var theirs = await (await member.Client.GetAsync($"/api/agents?organizationId={organization}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([agent], theirs.GetProperty("items").EnumerateArray().Select(a => a.Id()));
        await (await member.Client.PatchAsJsonAsync($"/api/agents/{agent}", new { name = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.Client.GetAsync($"/api/agents/{agent}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.GetAsync($"/api/agents/{agent}/tools")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsync($"/api/agents/{agent}/duplicate", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsJsonAsync("/api/chat", new { message = "hi", agentId = agent })).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PostAsJsonAsync("/api/agents", new { name = "Sneaky", organizationId = organization })).ProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.DeleteAsync($"/api/organizations/{organization}")).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bad_agent_settings_are_400s()
    {
        await (await Owner.PostAsJsonAsync("/api/agents", new { name = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/agents", new { name = "x", tools = new[] { "rm_rf" } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/agents", new { name = "x", approvalRequired = new[] { "nope" } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/agents", new { name = "x", instructions = new string('x', 20_001) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.PostAsJsonAsync("/api/agents", new { name = "x", datasetIds = new[] { Guid.NewGuid() } })).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.GetAsync("/api/agents?limit=0")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_agent_answers_with_its_own_tools_only()
    {
        var agent = (await CreateAsync(Owner, new { name = "Lister", tools = new[] { "list_datasets" }, datasetIds = new[] { samples.Datasets["stocks"] } })).Id();

        var frames = await Owner.ChatAsync(new { message = "average price by symbol", agentId = agent });

        var result = frames.Single("tool.result").Data;
        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Equal("'ask_data' is not one of Lister's tools.", result.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_tool_needing_approval_waits_for_the_persons_yes_or_no()
    {
        async Task<List<TurnFrame>> ChatAndDecideAsync(bool approve)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat")
                { Content = JsonContent.Create(new { message = "predict weather from the weather data", agentId = PresetAgents.ModelTrainer }) };
            using var response = await Owner.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var frames = new List<TurnFrame>();
            await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(timeout.Token)).EnumerateAsync(timeout.Token))
            {
                var frame = new TurnFrame(item.EventId!, item.EventType, JsonDocument.Parse(item.Data).RootElement);
                frames.Add(frame);
                if (frame.Event != "approval.required") continue;
                var messageId = frame.Data.GetProperty("messageId").GetGuid();
                await (await Owner.PostAsJsonAsync($"/api/chat/{messageId}/approvals", new { callId = "call_9", approve = true })).ProblemAsync(HttpStatusCode.Conflict);
                await (await Owner.PostAsJsonAsync($"/api/chat/{messageId}/dlp-decision", new { decision = "allow" })).ProblemAsync(HttpStatusCode.Conflict);
                await (await Owner.PostAsJsonAsync($"/api/chat/{messageId}/approvals", new { callId = frame.CallId, approve })).EnsureStatus(HttpStatusCode.Accepted);
            }
            return frames;
        }

        var denied = await ChatAndDecideAsync(approve: false);
        Assert.Equal("train_model", denied.Single("approval.required").Data.GetProperty("name").GetString());
        Assert.False(denied.Single("approval.decided").Data.GetProperty("approved").GetBoolean());
        Assert.Equal("The call was not approved.", denied.Single("tool.result").Data.GetProperty("summary").GetString());

        var approved = await ChatAndDecideAsync(approve: true);
        Assert.True(approved.Single("tool.result").Data.GetProperty("ok").GetBoolean());
        Assert.Equal("model", approved.Single("artifact").Data.GetProperty("kind").GetString());
    }
}
