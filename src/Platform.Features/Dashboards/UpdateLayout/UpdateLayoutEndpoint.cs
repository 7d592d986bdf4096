using Carter;
using Mediator;
using Microsoft.Net.Http.Headers;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

public sealed class UpdateLayoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/dashboards/{dashboardId:guid}/layout", async (Guid dashboardId, UpdateLayoutRequest request, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                int? ifMatch = null;
                if (http.Request.Headers.IfMatch is { Count: > 0 } header)
                    ifMatch = EntityTagHeaderValue.TryParse(header.ToString(), out var tag) && int.TryParse(tag.Tag.ToString().Trim('"'), out var version)
                        ? version
                        : throw new ProblemException(StatusCodes.Status400BadRequest, "Invalid If-Match", "If-Match must be the ETag of the dashboard, e.g. \"3\".");
                var dashboard = await mediator.Send(new UpdateLayout(dashboardId, request, ifMatch), ct);
                http.Response.Headers.ETag = $"\"{dashboard.Version}\"";
                return TypedResults.Ok(dashboard);
            })
            .WithName("UpdateLayout").WithTags("Dashboards")
            .WithSummary("Replace the layout, guarded by the version (If-Match or 'version'): a stale write gets 412 or 409.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
