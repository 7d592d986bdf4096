using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class TestOidcEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/oidc/test", async (SaveOidcSettings? settings, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TestOidc(settings), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("TestOidc").WithTags("Single sign-on")
            .WithSummary("Check a provider (the body's settings, or the saved ones): its discovery document and keys, what sign-in needs, the redirect URI to register and the claim mapping (administrators).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
