using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class RedoJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/{jobId:guid}/redo", async (Guid jobId, RedoJobRequest? request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RedoJob(jobId, request?.Feedback), ct)))
            .WithName("RedoJob").WithTags("Jobs").WithSummary("Queue a done, failed, cancelled or blocked job again from its first step, with optional feedback.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
