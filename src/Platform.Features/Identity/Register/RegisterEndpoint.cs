using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class RegisterEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/register", async (RegisterRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created("/api/auth/me", await mediator.Send(request, ct)))
            .WithName("Register").WithTags("Auth").WithSummary("Create an account and sign in.")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
