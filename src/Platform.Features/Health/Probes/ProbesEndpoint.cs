using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Features.Health;

/// <summary>What an orchestrator asks: is the process alive (restart it if not), is it ready for traffic (route none to it while not).</summary>
public sealed record ProbeResponse(string Status);

public sealed class ProbesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok(new ProbeResponse("alive")))
            .AllowAnonymous()
            .WithName("Live").WithTags("Health").WithSummary("Liveness: the process answers (for an orchestrator's restart decision).");
        app.MapGet("/health/ready", async Task<Results<Ok<ProbeResponse>, JsonHttpResult<ProbeResponse>>> (HealthCheckService health, CancellationToken ct) =>
                (await health.CheckHealthAsync(c => c.Tags.Contains(DatabaseHealthCheck.ReadyTag), ct)).Status == HealthStatus.Healthy
                    ? TypedResults.Ok(new ProbeResponse("ready"))
                    : TypedResults.Json(new ProbeResponse("not ready"), statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .WithName("Ready").WithTags("Health").WithSummary("Readiness: 200 while PostgreSQL answers, 503 while it does not.")
            .Produces<ProbeResponse>(StatusCodes.Status503ServiceUnavailable);
    }
}
