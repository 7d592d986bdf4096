using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class AddGroupMemberEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/organizations/{organizationId:guid}/groups/{groupId:guid}/members",
                async (Guid organizationId, Guid groupId, AddGroupMemberRequest request, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new AddGroupMember(organizationId, groupId, request.UserId), ct)))
            .WithName("AddGroupMember").WithTags("Organization groups").WithSummary("Put a member of the organisation in the group (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
