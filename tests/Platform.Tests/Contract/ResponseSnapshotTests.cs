using System.Net.Http.Json;

namespace Platform.Tests.Contract;

/// <summary>Representative responses, volatile values scrubbed: a change in their shape shows up in review.</summary>
public sealed class ResponseSnapshotTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Register_response()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/register",
            new { email = $"snapshot-{Guid.NewGuid():N}@example.com", password = TestUsers.Password, displayName = "Snapshot" });

        Approvals.Verify("register", JsonScrubber.Scrub(await response.Content.ReadAsStringAsync(),
            "accessToken", "refreshToken", "expiresAt", "id", "email"));
    }

    [Fact]
    public async Task Validation_problem()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "nope", password = "password" });

        Approvals.Verify("validation-problem", JsonScrubber.Scrub(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Health_response()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/health");

        Approvals.Verify("health", JsonScrubber.Scrub(await response.Content.ReadAsStringAsync(),
            "latencyMs", "uptimeSeconds", "workingSetBytes", "managedHeapBytes", "totalAvailableBytes", "version"));
    }
}
