using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class GetEvaluationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/experiments/{modelId:guid}/evaluation", async (Guid modelId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetEvaluation(modelId), ct)))
            .WithName("GetEvaluation").WithTags("Experiments").WithSummary("A model's held-out metrics with its confusion matrix (classification) or residual summary (regression).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
