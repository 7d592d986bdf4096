using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class ListGroupsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/organizations/{organizationId:guid}/groups", async (Guid organizationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListGroups(organizationId), ct)))
            .WithName("ListGroups").WithTags("Organization groups").WithSummary("The organisation's groups with their members.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
