using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class GetDashboardEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/dashboards/{dashboardId:guid}", async (Guid dashboardId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var dashboard = await mediator.Send(new GetDashboard(dashboardId), ct);
                http.Response.Headers.ETag = $"\"{dashboard.Version}\"";
                return TypedResults.Ok(dashboard);
            })
            .WithName("GetDashboard").WithTags("Dashboards").WithSummary("A dashboard with its panels and layout; its ETag is its version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
