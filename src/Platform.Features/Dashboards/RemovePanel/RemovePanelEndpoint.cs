using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class RemovePanelEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/dashboards/{dashboardId:guid}/panels/{panelId:guid}", async (Guid dashboardId, Guid panelId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemovePanel(dashboardId, panelId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemovePanel").WithTags("Dashboards").WithSummary("Remove a panel and its place in the layout.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
