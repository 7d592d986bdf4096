using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class CheckDriftEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/deployments/{deploymentId:guid}/drift", async (Guid deploymentId, CheckDriftBody? body, IMediator mediator, CancellationToken ct) =>
            {
                var options = body ?? new CheckDriftBody();
                return TypedResults.Ok(await mediator.Send(new CheckDrift(deploymentId, options.Hours, options.Threshold), ct));
            })
            .WithName("CheckDrift").WithTags("Deployments")
            .WithSummary("Population stability index per feature between the training data and recent prediction inputs, with a drift flag per feature.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
