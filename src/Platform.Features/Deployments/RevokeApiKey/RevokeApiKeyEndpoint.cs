using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class RevokeApiKeyEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/deployments/{deploymentId:guid}/api-keys/{keyId:guid}", async (Guid deploymentId, Guid keyId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeApiKey(deploymentId, keyId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeApiKey").WithTags("Deployments").WithSummary("Revoke a key: it stops working at once.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
