using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class RequeueJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/jobs/{jobId:guid}/redo", async (Guid jobId, RedoJobRequest? request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RedoJob(jobId, request?.Feedback), ct)))
            .WithName("RedoJob").WithTags("Jobs").WithSummary("Queue a done, failed, cancelled or blocked job again from its first step, with optional feedback.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/jobs/{jobId:guid}/retry-from/{stepId}", async (Guid jobId, string stepId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetryJobFrom(jobId, stepId), ct)))
            .WithName("RetryJobFrom").WithTags("Jobs")
            .WithSummary("Queue a finished job again from one step: that step and those needing it run again, the others keep their results.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/jobs/{jobId:guid}/unblock", async (Guid jobId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UnblockJob(jobId), ct)))
            .WithName("UnblockJob").WithTags("Jobs").WithSummary("Approve the step a blocked job waits at and queue it again.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
