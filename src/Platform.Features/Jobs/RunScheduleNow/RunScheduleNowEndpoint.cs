using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class RunScheduleNowEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/schedules/{scheduleId:guid}/run-now", async (Guid scheduleId, IMediator mediator, CancellationToken ct) =>
            {
                var run = await mediator.Send(new RunScheduleNow(scheduleId), ct);
                return TypedResults.Accepted($"/api/jobs/{run.JobId}", run);
            })
            .WithName("RunScheduleNow").WithTags("Schedules").WithSummary("Spawn a job of the schedule now: 202 with its jobId.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
