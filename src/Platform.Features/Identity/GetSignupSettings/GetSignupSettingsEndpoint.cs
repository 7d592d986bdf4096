using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class GetSignupSettingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/signup-settings", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetSignupSettings(), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("GetSignupSettings").WithTags("Sign-up").WithSummary("Who may create an account by themselves (admin).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
