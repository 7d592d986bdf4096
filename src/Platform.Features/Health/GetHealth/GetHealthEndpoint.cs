using Carter;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Features.Health;

public sealed class GetHealthEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> (IMediator mediator, CancellationToken ct) =>
            {
                var health = await mediator.Send(new GetHealth(), ct);
                return health.Status == "ok" ? TypedResults.Ok(health) : TypedResults.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("GetHealth").WithTags("Health").WithSummary("Service status; for administrators also version, database reachability, uptime and memory.")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable)
            .AllowAnonymous();
}
