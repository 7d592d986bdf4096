using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class GetDeploymentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/deployments/{deploymentId:guid}", async (Guid deploymentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDeployment(deploymentId), ct)))
            .WithName("GetDeployment").WithTags("Deployments").WithSummary("A deployment of mine.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
