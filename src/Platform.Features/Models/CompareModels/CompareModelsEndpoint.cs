using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class CompareModelsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/experiments/compare", async (CompareModels request, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("CompareModels").WithTags("Experiments").WithSummary("2 to 5 ready models of one task side by side, ranked by the task's primary metric.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
