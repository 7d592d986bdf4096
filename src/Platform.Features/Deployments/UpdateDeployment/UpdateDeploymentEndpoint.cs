using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class UpdateDeploymentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/deployments/{deploymentId:guid}", async (Guid deploymentId, UpdateDeploymentBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateDeployment(deploymentId, body.Name, body.Enabled), ct)))
            .WithName("UpdateDeployment").WithTags("Deployments").WithSummary("Rename, enable or disable a deployment (enabling counts towards the active limit: 409).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
