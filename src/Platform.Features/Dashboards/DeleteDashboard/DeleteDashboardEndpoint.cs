using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class DeleteDashboardEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/dashboards/{dashboardId:guid}", async (Guid dashboardId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteDashboard(dashboardId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteDashboard").WithTags("Dashboards").WithSummary("Delete a dashboard and its panels (its owner, or the room's editors).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
