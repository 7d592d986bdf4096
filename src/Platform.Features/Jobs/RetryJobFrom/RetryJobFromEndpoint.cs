using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class RetryJobFromEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/{jobId:guid}/retry-from/{stepId}", async (Guid jobId, string stepId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetryJobFrom(jobId, stepId), ct)))
            .WithName("RetryJobFrom").WithTags("Jobs")
            .WithSummary("Queue a finished job again from one step: that step and those needing it run again, the others keep their results.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
