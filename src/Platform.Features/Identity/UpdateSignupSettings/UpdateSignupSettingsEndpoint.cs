using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class UpdateSignupSettingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/admin/signup-settings", async (UpdateSignupSettings request, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(request, ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("UpdateSignupSettings").WithTags("Sign-up")
            .WithSummary("Set sign-up to open (optionally to listed domains), invite, waitlist or closed (admin). Invitations work in every mode.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
