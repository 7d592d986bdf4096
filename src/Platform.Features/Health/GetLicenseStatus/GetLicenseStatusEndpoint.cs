using Carter;

namespace Platform.Features.Health;

/// <param name="Tier">Always <c>open</c>: there are no tiers.</param>
/// <param name="Features">Every feature; none is held back.</param>
/// <param name="Limits">None beyond the operator's own settings.</param>
public sealed record LicenseStatus(string Tier, bool AllFeatures, IReadOnlyList<string> Features, IReadOnlyDictionary<string, long> Limits, string Detail);

public sealed class GetLicenseStatusEndpoint : ICarterModule
{
    private static readonly LicenseStatus Open = new("open", true,
        ["rooms", "datasets", "questions", "dashboards", "models", "deployments", "jobs", "schedules", "organizations", "api-keys"],
        new Dictionary<string, long>(),
        "Platform is open source with no tiers or licence keys: every feature is available, limited only by this installation's settings.");

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/license/status", () => TypedResults.Ok(Open))
            .WithName("GetLicenseStatus").WithTags("Health").WithSummary("Which features this installation offers: all of them, with no tiers or licence keys.");
}
