using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class GetPredictionLogsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/deployments/{deploymentId:guid}/logs", async (Guid deploymentId, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPredictionLogs(deploymentId, limit ?? 100), ct)))
            .WithName("GetPredictionLogs").WithTags("Deployments").WithSummary("Recent prediction requests, newest first: time, rows, latency, status, and the inputs kept for drift.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
