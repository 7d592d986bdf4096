using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class ExchangeOidcCodeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/oidc/exchange", async (ExchangeOidcCode request, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("ExchangeOidcCode").WithTags("Single sign-on")
            .WithSummary("Trade the one-time code single sign-on brought back for an access and refresh token pair (once, within 60 s).")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
