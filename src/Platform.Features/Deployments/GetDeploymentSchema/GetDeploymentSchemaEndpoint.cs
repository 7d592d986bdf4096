using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class GetDeploymentSchemaEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/deployments/{deploymentId:guid}/schema", async (Guid deploymentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDeploymentSchema(deploymentId), ct)))
            .WithName("GetDeploymentSchema").WithTags("Deployments").WithSummary("The input columns a prediction row may hold, with their kinds, and the classes predicted.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
