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
        using var anonymous = factory.CreateClient();
        using var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);

        var forAnyone = await anonymous.GetAsync("/api/health");
        var forAdmin = await admin.GetAsync("/api/health");

        // Anyone learns whether the service is up, nothing about the server.
        Approvals.Verify("health-anonymous", await forAnyone.Content.ReadAsStringAsync());
        Approvals.Verify("health", JsonScrubber.Scrub(await forAdmin.Content.ReadAsStringAsync(),
            "latencyMs", "uptimeSeconds", "workingSetBytes", "managedHeapBytes", "totalAvailableBytes", "version"));
    }
}
