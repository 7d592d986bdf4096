using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class ResetPasswordEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/reset-password", async (ResetPasswordRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.NoContent();
            })
            .WithName("ResetPassword").WithTags("Auth").WithSummary("Choose a new password with the token from a reset email.")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
