using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class VerifyEmailEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/verify-email", async (VerifyEmailRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.NoContent();
            })
            .WithName("VerifyEmail").WithTags("Auth").WithSummary("Confirm the account's email address with the token of the mailed link (single use).")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
}
