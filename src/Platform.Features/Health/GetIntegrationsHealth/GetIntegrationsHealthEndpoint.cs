using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Health;

public sealed class GetIntegrationsHealthEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/health/integrations", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetIntegrationsHealth(), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("GetIntegrationsHealth").WithTags("Health")
            .WithSummary("Each outside service the platform talks to (admin): the language model, SMTP, the log export destination — ok, degraded, failing or not configured, with why.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
