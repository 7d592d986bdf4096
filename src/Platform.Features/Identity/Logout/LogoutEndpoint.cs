using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class LogoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/logout", async (LogoutRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.NoContent();
            })
            .WithName("Logout").WithTags("Auth").WithSummary("Revoke the refresh token and every token rotated from the same sign-in.")
            .AllowAnonymous().ProducesValidationProblem();
}
