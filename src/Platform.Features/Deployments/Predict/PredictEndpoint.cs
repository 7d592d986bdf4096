using Carter;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Features.Deployments;

public sealed class PredictEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/deployments/{deploymentId:guid}/predict", async (Guid deploymentId, [FromHeader(Name = "X-Api-Key")] string? apiKey, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Predict(deploymentId, apiKey, request), ct)))
            // The body is read by the handler once the key is checked, never before, and at most 1 MB of it.
            .Accepts<PredictBody>("application/json")
            .WithName("Predict").WithTags("Deployments")
            .WithSummary("Predict for 1–1,000 rows with an X-Api-Key of the deployment (or the owner's bearer token); 60 requests a minute per deployment.")
            .AllowAnonymous().RequireRateLimiting(DeploymentsRegistration.PredictPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
