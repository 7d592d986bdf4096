using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class ExportDashboardEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/dashboards/{dashboardId:guid}/export", async (Guid dashboardId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var definition = await mediator.Send(new ExportDashboard(dashboardId), ct);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"dashboard-{dashboardId:N}.json\"";
                return TypedResults.Ok(definition);
            })
            .WithName("ExportDashboard").WithTags("Dashboards").WithSummary("The dashboard's definition as JSON: panels (SQL, question, visualization) and layout.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
