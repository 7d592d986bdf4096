using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class CreateDashboardEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/dashboards", async (CreateDashboard request, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var dashboard = await mediator.Send(request, ct);
                http.Response.Headers.ETag = $"\"{dashboard.Version}\"";
                return TypedResults.Created($"/api/dashboards/{dashboard.Id}", dashboard);
            })
            .WithName("CreateDashboard").WithTags("Dashboards").WithSummary("Create a dashboard, personal or in a room (editor or owner).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
