using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class ForgotPasswordEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/forgot-password", async (ForgotPasswordRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithName("ForgotPassword").WithTags("Auth").WithSummary("Mail a password reset link if the account exists (same answer either way).")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
}
