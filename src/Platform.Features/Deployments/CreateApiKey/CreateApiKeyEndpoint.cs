using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class CreateApiKeyEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/deployments/{deploymentId:guid}/api-keys", async (Guid deploymentId, CreateApiKeyBody body, IMediator mediator, CancellationToken ct) =>
            {
                var key = await mediator.Send(new CreateApiKey(deploymentId, body.Name), ct);
                return TypedResults.Created($"/api/deployments/{deploymentId}/api-keys", key);
            })
            .WithName("CreateApiKey").WithTags("Deployments").WithSummary("A new key (dk_…) for the predict route (X-Api-Key); the key is shown only in this answer.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
