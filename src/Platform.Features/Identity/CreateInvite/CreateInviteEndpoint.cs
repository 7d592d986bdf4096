using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class CreateInviteEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/admin/invites", async (CreateInvite request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/admin/invites/{created.Invite.Id}", created);
            })
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("CreateInvite").WithTags("Sign-up")
            .WithSummary("Mail a single-use invitation to create an account with a role (admin); registering through it works in every sign-up mode.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
}
