using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class AddPanelEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/dashboards/{dashboardId:guid}/panels", async (Guid dashboardId, AddPanelRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var panel = await mediator.Send(new AddPanel(dashboardId, request), ct);
                return TypedResults.Created($"/api/dashboards/{dashboardId}/panels/{panel.Id}", panel);
            })
            .WithName("AddPanel").WithTags("Dashboards")
            .WithSummary("Pin a question, SQL or saved query as a panel; the chart is inferred from the result unless given.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
