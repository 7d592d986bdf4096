using Carter;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Features.Identity;

public sealed class RegisterEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/register", async Task<Results<Created<AuthResponse>, Accepted<PendingVerificationResponse>>> (RegisterRequest request, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(request, ct) switch
                {
                    { Auth: { } auth } => TypedResults.Created("/api/auth/me", auth),
                    var registration => TypedResults.Accepted((string?)null, registration.Pending),
                })
            .WithName("Register").WithTags("Auth")
            .WithSummary("Create an account, mail a link that confirms the address, and sign in (202 without tokens where confirmed addresses are required).")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
