using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Platform.Tests.Assistant;

/// <summary>The MCP server, through the SDK's own client over streamable HTTP: the same tools, the caller's own access.</summary>
[Collection(AssistantCollection.Name)]
public sealed class McpTests(AssistantSamples samples)
{
    private async Task<McpClient> ConnectAsync(string bearer)
    {
        var http = samples.Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, "/api/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            http, loggerFactory: null, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport);
    }

    private static JsonElement Result(CallToolResult result) => JsonDocument.Parse(Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text).RootElement;

    [Fact]
    public async Task An_mcp_client_lists_the_tools_and_calls_them_as_the_person_signed_in()
    {
        await using var client = await ConnectAsync(samples.Owner.Auth.AccessToken);

        var tools = await client.ListToolsAsync();
        Assert.Contains("ask_data", tools.Select(t => t.Name));
        Assert.Contains("question", tools.Single(t => t.Name == "ask_data").JsonSchema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));

        var answered = await client.CallToolAsync("ask_data", new Dictionary<string, object?> { ["question"] = "average price by symbol", ["dataset"] = "stocks" });
        Assert.NotEqual(true, answered.IsError);
        var result = Result(answered);
        Assert.Equal(5, result.GetProperty("rowCount").GetInt32());
        Assert.Contains("GOOG (415.87)", result.GetProperty("summary").GetString());

        var refused = await client.CallToolAsync("run_sql", new Dictionary<string, object?> { ["sql"] = "drop table users", ["dataset"] = "stocks" });
        Assert.True(refused.IsError);
        Assert.False(Result(refused).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task A_model_trained_in_a_conversation_predicts_for_rows_sent_over_mcp()
    {
        var trained = await samples.Owner.Client.ChatAsync(new { message = "predict weather from the weather data" });
        var model = trained.Single("artifact").Data.GetProperty("content").GetProperty("id").GetGuid();
        await using var client = await ConnectAsync(samples.Owner.Auth.AccessToken);

        var predicted = await client.CallToolAsync("predict", new Dictionary<string, object?>
        {
            ["model"] = model.ToString(),
            ["rows"] = new[] { new Dictionary<string, object?> { ["precipitation"] = 20.5, ["temp_max"] = 8.0, ["location"] = "Seattle" }, new Dictionary<string, object?> { ["precipitation"] = 0.0, ["temp_max"] = 30.0 } },
        });

        Assert.NotEqual(true, predicted.IsError);
        var result = Result(predicted);
        Assert.Equal(2, result.GetProperty("rowCount").GetInt32());
        Assert.All(result.GetProperty("result").GetProperty("predictions").EnumerateArray(), p => Assert.Contains(p.GetProperty("label").GetString(), new[] { "sun", "rain", "fog", "snow", "drizzle" }));
        var wrong = await client.CallToolAsync("predict", new Dictionary<string, object?> { ["model"] = model.ToString(), ["rows"] = new[] { new Dictionary<string, object?> { ["altitude"] = 3 } } });
        Assert.True(wrong.IsError);
        Assert.Contains("not an input", Result(wrong).GetProperty("summary").GetString());
        var stranger = await Person.RegisterAsync(samples.Factory);
        await using var theirs = await ConnectAsync(stranger.Auth.AccessToken);
        var hidden = await theirs.CallToolAsync("predict", new Dictionary<string, object?> { ["model"] = model.ToString(), ["rows"] = new[] { new Dictionary<string, object?> { ["wind"] = 3 } } });
        Assert.Contains("not found", Result(hidden).GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_personal_api_key_signs_in_and_each_person_sees_only_their_own_data()
    {
        var stranger = await Person.RegisterAsync(samples.Factory);
        var key = await (await stranger.Client.PostAsJsonAsync("/api/api-keys", new { name = "mcp", scopes = new[] { "read", "write", "query" } })).JsonAsync(HttpStatusCode.Created);
        await using var client = await ConnectAsync(key.GetProperty("key").GetString()!);

        var listed = Result(await client.CallToolAsync("list_datasets", new Dictionary<string, object?>()));
        Assert.Equal(0, listed.GetProperty("rowCount").GetInt32());
        var theirs = await client.CallToolAsync("describe_dataset", new Dictionary<string, object?> { ["dataset"] = samples.Datasets["stocks"].ToString() });
        Assert.True(theirs.IsError);
        Assert.Contains("not found", Result(theirs).GetProperty("summary").GetString());

        using var anonymous = samples.Factory.CreateClient();
        var unsigned = await anonymous.PostAsJsonAsync("/api/mcp", new { jsonrpc = "2.0", id = 1, method = "tools/list" });
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }
}
