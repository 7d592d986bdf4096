using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class JoinWaitlistEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/pending-signup", async (JoinWaitlist request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, await mediator.Send(request, ct)))
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .WithName("JoinWaitlist").WithTags("Sign-up").WithSummary("Ask to join while sign-up goes through the waitlist; an approval mails an invitation.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
