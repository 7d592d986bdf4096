using System.Text.Json;

namespace Platform.Tests.Contract;

public sealed class OpenApiContractTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<JsonElement> Document()
    {
        using var client = factory.CreateClient();
        return await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
    }

    [Fact]
    public async Task The_contract_matches_its_approved_snapshot()
    {
        using var client = factory.CreateClient();
        var json = await client.GetStringAsync("/openapi/v1.json");

        Approvals.Verify("openapi", JsonScrubber.Scrub(json));
    }

    [Fact]
    public async Task Every_operation_has_a_unique_id_a_tag_and_a_summary()
    {
        var operations = (await Document()).GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Route: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, o =>
        {
            Assert.True(o.Operation.TryGetProperty("operationId", out _), $"{o.Route} has no operationId");
            Assert.True(o.Operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0, $"{o.Route} has no tag");
            Assert.True(o.Operation.TryGetProperty("summary", out _), $"{o.Route} has no summary");
        });
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task The_contract_names_no_servers_and_declares_bearer_auth()
    {
        var document = await Document();

        Assert.False(document.TryGetProperty("servers", out var servers) && servers.GetArrayLength() > 0);
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task The_docs_page_is_served_without_network_access()
    {
        using var client = factory.CreateClient();

        var page = await client.GetAsync("/docs/");

        await page.EnsureStatus(System.Net.HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("\"openapi/v1.json\"", html);
        Assert.DoesNotMatch("src=\"https?://", html);
        var script = await client.GetAsync("/docs/scalar.js");
        await script.EnsureStatus(System.Net.HttpStatusCode.OK);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }
}
