using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class SetupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/setup", async (SetupRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created("/api/auth/me", await mediator.Send(request, ct)))
            .WithName("Setup").WithTags("Auth").WithSummary("Create the first user (super_admin); refused once any user exists.")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
