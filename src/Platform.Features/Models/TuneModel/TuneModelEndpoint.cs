using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class TuneModelEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/experiments/tune", async (TuneModel request, IMediator mediator, CancellationToken ct) =>
            {
                var run = await mediator.Send(request, ct);
                return TypedResults.Accepted($"/api/experiments/tuning/{run.Id}", run);
            })
            .WithName("TuneModel").WithTags("Experiments")
            .WithSummary("Search algorithms and parameters in the background (1–200 trials); the best trial is registered as a model.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
