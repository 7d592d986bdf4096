using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class DeleteGroupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/organizations/{organizationId:guid}/groups/{groupId:guid}", async (Guid organizationId, Guid groupId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteGroup(organizationId, groupId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteGroup").WithTags("Organization groups").WithSummary("Delete a group (admin); its members stay in the organisation.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
