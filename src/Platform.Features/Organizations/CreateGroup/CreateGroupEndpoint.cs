using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class CreateGroupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/organizations/{organizationId:guid}/groups", async (Guid organizationId, CreateGroupRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var group = await mediator.Send(new CreateGroup(organizationId, request.Name, request.Description), ct);
                return TypedResults.Created($"/api/organizations/{organizationId}/groups/{group.Id}", group);
            })
            .WithName("CreateGroup").WithTags("Organization groups").WithSummary("A new group in the organisation (admin).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
