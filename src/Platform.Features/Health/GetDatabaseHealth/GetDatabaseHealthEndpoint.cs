using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Health;

public sealed class GetDatabaseHealthEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/health/db", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetDatabaseHealth(), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("GetDatabaseHealth").WithTags("Health")
            .WithSummary("The database (admin): reachable, latency, server version, name and size, or why it cannot be reached.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
