using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class GetOidcSettingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/settings/oidc", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetOidcSettings(), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("GetOidcSettings").WithTags("Single sign-on")
            .WithSummary("The OpenID Connect provider people sign in with (administrators): saved at run time, from configuration, or none; the client secret masked.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
