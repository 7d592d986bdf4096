using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class StartOidcLoginEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/oidc/login", async (string? provider, string? returnUrl, IMediator mediator, CancellationToken ct) =>
                Results.Redirect(await mediator.Send(new StartOidcLogin(provider, returnUrl), ct)))
            .WithName("StartOidcLogin").WithTags("Single sign-on")
            .WithSummary("Start single sign-on: redirects the browser to the provider (authorization code with PKCE); it comes back to /api/oidc/callback.")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .Produces(StatusCodes.Status302Found).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status502BadGateway);
}
