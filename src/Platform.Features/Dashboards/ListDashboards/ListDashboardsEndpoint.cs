using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

public sealed class ListDashboardsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/dashboards", async (Guid? roomId, Guid? organizationId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDashboards(roomId, offset ?? 0, limit ?? Paging.DefaultLimit, organizationId), ct)))
            .WithName("ListDashboards").WithTags("Dashboards").WithSummary("My dashboards and those of my rooms and organisations (or ?roomId= one room's, ?organizationId= one organisation's), newest first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
