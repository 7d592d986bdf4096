using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class SetupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/setup", async (SetupRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created("/api/auth/me", await mediator.Send(request, ct)))
            .WithName("Setup").WithTags("Auth").WithSummary("Create the administrator (super_admin) with the setup token from the service log; refused once one exists.")
            .AllowAnonymous().RequireRateLimiting(IdentityRegistration.SignInPolicy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
