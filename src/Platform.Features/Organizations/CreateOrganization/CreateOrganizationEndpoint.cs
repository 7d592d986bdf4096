using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class CreateOrganizationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/organizations", async (CreateOrganization request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/organizations/{created.Id}", created);
            })
            .WithName("CreateOrganization").WithTags("Organizations").WithSummary("A new organisation, with me as its owner.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
}
