using Carter;
using Mediator;

namespace Platform.Features.Deployments;

public sealed class CreateDeploymentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/deployments", async (CreateDeployment request, IMediator mediator, CancellationToken ct) =>
            {
                var deployment = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/deployments/{deployment.Id}", deployment);
            })
            .WithName("CreateDeployment").WithTags("Deployments").WithSummary("Serve a ready model of mine for predictions (at most 5 active per owner: 409 beyond).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
