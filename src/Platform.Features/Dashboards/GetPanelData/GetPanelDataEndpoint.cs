using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class GetPanelDataEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/dashboards/{dashboardId:guid}/panels/{panelId:guid}/data", async (Guid dashboardId, Guid panelId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPanelData(dashboardId, panelId), ct)))
            .WithName("GetPanelData").WithTags("Dashboards")
            .WithSummary("A panel's rows and a complete Vega-Lite v5 spec with them inlined, ready for vega-embed.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
