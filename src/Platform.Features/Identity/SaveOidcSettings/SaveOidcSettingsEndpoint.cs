using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class SaveOidcSettingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/settings/oidc", async (SaveOidcSettings request, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(request, ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("SaveOidcSettings").WithTags("Single sign-on")
            .WithSummary("Set up the OpenID Connect provider (administrators): a preset (google, microsoft) or any issuer, the client, scopes, claims and group mappings.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
