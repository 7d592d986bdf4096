using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class RefreshEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/refresh", async (RefreshRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("RefreshToken").WithTags("Auth").WithSummary("Exchange a refresh token for a new pair; the old token is spent.")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
