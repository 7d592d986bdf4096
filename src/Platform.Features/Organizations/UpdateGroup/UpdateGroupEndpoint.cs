using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class UpdateGroupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/organizations/{organizationId:guid}/groups/{groupId:guid}",
                async (Guid organizationId, Guid groupId, UpdateGroupRequest request, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new UpdateGroup(organizationId, groupId, request.Name, request.Description), ct)))
            .WithName("UpdateGroup").WithTags("Organization groups").WithSummary("Rename or re-describe a group (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
