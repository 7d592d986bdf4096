using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class RevokeInviteEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/admin/invites/{inviteId:guid}", async (Guid inviteId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeInvite(inviteId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("RevokeInvite").WithTags("Sign-up").WithSummary("Withdraw an unused invitation (admin).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
