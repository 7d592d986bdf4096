using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class DeleteOidcSettingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/settings/oidc", async (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteOidcSettings(), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("DeleteOidcSettings").WithTags("Single sign-on")
            .WithSummary("Remove the saved OpenID Connect provider (administrators).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
