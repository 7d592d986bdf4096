using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class ResendVerificationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/resend-verification", async (ResendVerificationRequest? request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request ?? new ResendVerificationRequest(), ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithName("ResendVerification").WithTags("Auth")
            .WithSummary("Mail the verification link again (to the signed-in caller, or to an email given); the same answer whether or not the account exists.")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
}
