using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class CompleteOidcLoginEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/oidc/callback", async (string? code, string? state, string? error, string? error_description, IMediator mediator, CancellationToken ct) =>
                Results.Redirect(await mediator.Send(new CompleteOidcLogin(code, state, error, error_description), ct)))
            .WithName("CompleteOidcLogin").WithTags("Single sign-on")
            .WithSummary("Where the provider sends the browser back: signs the person in and redirects to the web app with a one-time ?code= (or ?error=), to trade at POST /api/auth/oidc/exchange.")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .Produces(StatusCodes.Status302Found).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
