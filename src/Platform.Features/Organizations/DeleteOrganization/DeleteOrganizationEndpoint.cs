using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class DeleteOrganizationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/organizations/{organizationId:guid}", async (Guid organizationId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteOrganization(organizationId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteOrganization").WithTags("Organizations").WithSummary("Delete an organisation (owner); 409 while rooms still belong to it.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
