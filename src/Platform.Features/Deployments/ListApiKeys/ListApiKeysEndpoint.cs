using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class ListApiKeysEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/deployments/{deploymentId:guid}/api-keys", async (Guid deploymentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListApiKeys(deploymentId), ct)))
            .WithName("ListApiKeys").WithTags("Deployments").WithSummary("The deployment's keys by prefix, with when each was last used or revoked.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
