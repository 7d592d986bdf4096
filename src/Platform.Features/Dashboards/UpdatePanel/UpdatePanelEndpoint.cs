using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class UpdatePanelEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/dashboards/{dashboardId:guid}/panels/{panelId:guid}", async (Guid dashboardId, Guid panelId, UpdatePanelRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdatePanel(dashboardId, panelId, request), ct)))
            .WithName("UpdatePanel").WithTags("Dashboards").WithSummary("Edit a panel's title, SQL, question or visualization; new SQL is checked and run first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
