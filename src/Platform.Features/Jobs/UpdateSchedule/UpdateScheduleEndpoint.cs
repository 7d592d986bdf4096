using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class UpdateScheduleEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPatch("/api/schedules/{scheduleId:guid}", async (Guid scheduleId, UpdateScheduleRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateSchedule(scheduleId, request), ct)))
            .WithName("UpdateSchedule").WithTags("Schedules").WithSummary("Edit name, template, inputs, rule or time zone; the next run is recomputed.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/schedules/{scheduleId:guid}/enable", async (Guid scheduleId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EnableSchedule(scheduleId, true), ct)))
            .WithName("EnableSchedule").WithTags("Schedules").WithSummary("Resume: the next run is the rule's next slot from now (slots while paused are not caught up).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/schedules/{scheduleId:guid}/disable", async (Guid scheduleId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EnableSchedule(scheduleId, false), ct)))
            .WithName("DisableSchedule").WithTags("Schedules").WithSummary("Pause: no next run until enabled again.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapDelete("/api/schedules/{scheduleId:guid}", async (Guid scheduleId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteSchedule(scheduleId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteSchedule").WithTags("Schedules").WithSummary("Delete the schedule; the jobs it spawned are kept.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
