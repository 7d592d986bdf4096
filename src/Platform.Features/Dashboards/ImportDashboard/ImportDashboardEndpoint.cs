using Carter;
using Mediator;

namespace Platform.Features.Dashboards;

public sealed class ImportDashboardEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/dashboards/import", async (ImportDashboard request, IMediator mediator, CancellationToken ct) =>
            {
                var dashboard = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/dashboards/{dashboard.Id}", dashboard);
            })
            .WithName("ImportDashboard").WithTags("Dashboards").WithSummary("Create a dashboard from an exported definition; every panel's SQL is checked and run first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
