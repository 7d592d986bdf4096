using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed class ListInvitesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/invites", async (int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInvites(offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("ListInvites").WithTags("Sign-up").WithSummary("Invitations, newest first, with their status (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
