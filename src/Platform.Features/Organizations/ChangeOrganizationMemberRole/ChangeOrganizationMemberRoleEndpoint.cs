using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class ChangeOrganizationMemberRoleEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/organizations/{organizationId:guid}/members/{userId:guid}",
                async (Guid organizationId, Guid userId, ChangeOrganizationMemberRoleRequest request, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new ChangeOrganizationMemberRole(organizationId, userId, request.Role), ct)))
            .WithName("ChangeOrganizationMemberRole").WithTags("Organization members")
            .WithSummary("Change a member's role (admin; owners make or unmake owners; the last owner stays).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
