using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class UpdateDashboardEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/dashboards/{dashboardId:guid}", async (Guid dashboardId, UpdateDashboardRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateDashboard(dashboardId, request.Name), ct)))
            .WithName("UpdateDashboard").WithTags("Dashboards").WithSummary("Rename a dashboard (its owner, or the room's editors).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
