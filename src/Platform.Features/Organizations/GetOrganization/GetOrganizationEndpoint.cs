using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class GetOrganizationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/organizations/{organizationId:guid}", async (Guid organizationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOrganization(organizationId), ct)))
            .WithName("GetOrganization").WithTags("Organizations").WithSummary("An organisation I belong to, with its groups and my role.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
