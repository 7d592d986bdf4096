using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class GetDeploymentStatsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/deployments/{deploymentId:guid}/stats", async (Guid deploymentId, int? hours, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDeploymentStats(deploymentId, hours ?? 24), ct)))
            .WithName("GetDeploymentStats").WithTags("Deployments").WithSummary("Requests, rows, errors and latency percentiles per hour over the last ?hours= (24).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
