using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class UpdateOrganizationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/organizations/{organizationId:guid}", async (Guid organizationId, UpdateOrganizationRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateOrganization(organizationId, request.Name, request.Description), ct)))
            .WithName("UpdateOrganization").WithTags("Organizations").WithSummary("Rename or re-describe an organisation (admin or owner).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
