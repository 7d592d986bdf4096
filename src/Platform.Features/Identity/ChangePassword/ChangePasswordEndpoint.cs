using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class ChangePasswordEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/change-password", async (ChangePasswordRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("ChangePassword").WithTags("Auth").WithSummary("Change the password; other sessions are signed out and a new pair is returned.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AllowedBeforePasswordChange();
}
