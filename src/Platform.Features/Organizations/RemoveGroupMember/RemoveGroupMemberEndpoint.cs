using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class RemoveGroupMemberEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/organizations/{organizationId:guid}/groups/{groupId:guid}/members/{userId:guid}",
                async (Guid organizationId, Guid groupId, Guid userId, IMediator mediator, CancellationToken ct) =>
                {
                    await mediator.Send(new RemoveGroupMember(organizationId, groupId, userId), ct);
                    return TypedResults.NoContent();
                })
            .WithName("RemoveGroupMember").WithTags("Organization groups").WithSummary("Take someone out of the group (admin).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
