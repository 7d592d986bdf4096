using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed class ListOrganizationMembersEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/organizations/{organizationId:guid}/members", async (Guid organizationId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListOrganizationMembers(organizationId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListOrganizationMembers").WithTags("Organization members").WithSummary("Members with their roles and groups.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
