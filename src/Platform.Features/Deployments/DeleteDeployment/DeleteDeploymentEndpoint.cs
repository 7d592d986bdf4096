using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class DeleteDeploymentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/deployments/{deploymentId:guid}", async (Guid deploymentId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteDeployment(deploymentId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteDeployment").WithTags("Deployments").WithSummary("Delete a deployment with its keys and logs (the model stays).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
