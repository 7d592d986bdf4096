using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed class ListSchedulesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/schedules", async (bool? mine, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSchedules(mine ?? false, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListSchedules").WithTags("Schedules").WithSummary("Schedules by name (?mine=); non-administrators see only their own.")
            .ProducesValidationProblem();
        app.MapGet("/api/schedules/{scheduleId:guid}", async (Guid scheduleId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSchedule(scheduleId), ct)))
            .WithName("GetSchedule").WithTags("Schedules").WithSummary("One schedule with its next and last run.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/schedules/{scheduleId:guid}/jobs", async (Guid scheduleId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListScheduleJobs(scheduleId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListScheduleJobs").WithTags("Schedules").WithSummary("The jobs the schedule spawned (each with the slot it was due for), newest first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
