using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class GetInviteEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/invite/{token}", async (string token, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetInvite(token), ct)))
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .WithName("GetInvite").WithTags("Sign-up").WithSummary("The address and role an invitation link is for (register with its token as inviteToken).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
