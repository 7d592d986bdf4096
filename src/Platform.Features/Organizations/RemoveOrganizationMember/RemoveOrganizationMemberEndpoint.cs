using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class RemoveOrganizationMemberEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/organizations/{organizationId:guid}/members/{userId:guid}", async (Guid organizationId, Guid userId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveOrganizationMember(organizationId, userId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveOrganizationMember").WithTags("Organization members")
            .WithSummary("Remove a member (admin), or leave (yourself); the last owner cannot go.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
