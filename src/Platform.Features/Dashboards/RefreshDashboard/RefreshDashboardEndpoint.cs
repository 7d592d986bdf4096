using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class RefreshDashboardEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/dashboards/{dashboardId:guid}/refresh", async (Guid dashboardId, RefreshDashboardRequest? request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RefreshDashboard(dashboardId, request?.Force ?? false), ct)))
            .WithName("RefreshDashboard").WithTags("Dashboards")
            .WithSummary("Re-run every panel (the query cache is used unless force), keep the results and emit panel.refreshed to the room.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
