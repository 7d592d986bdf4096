using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed class ListOrganizationsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/organizations", async (bool? all, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListOrganizations(all ?? false, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListOrganizations").WithTags("Organizations").WithSummary("My organisations by name; ?all=true: every one (administrators).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
