using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class AddOrganizationMemberEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/organizations/{organizationId:guid}/members", async (Guid organizationId, AddOrganizationMemberRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var member = await mediator.Send(new AddOrganizationMember(organizationId, request.Email, request.Role), ct);
                return TypedResults.Created($"/api/organizations/{organizationId}/members/{member.UserId}", member);
            })
            .WithName("AddOrganizationMember").WithTags("Organization members")
            .WithSummary("Add someone with an account by address (admin; owners add owners).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
