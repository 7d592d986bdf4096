using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class CreateScheduleEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/schedules", async (CreateSchedule request, IMediator mediator, CancellationToken ct) =>
            {
                var schedule = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/schedules/{schedule.Id}", schedule);
            })
            .WithName("CreateSchedule").WithTags("Schedules")
            .WithSummary("Run a template on a cron rule (optional seconds field) in an IANA time zone; 201 with nextRunAt.")
            .ProducesValidationProblem();
}
