using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed class ListJobsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/jobs", async (string? status, bool? mine, Guid? scheduleId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListJobs(status, mine ?? false, scheduleId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListJobs").WithTags("Jobs")
            .WithSummary("The jobs board, newest first (?status=, ?mine=, ?scheduleId=); non-administrators see only their own.")
            .ProducesValidationProblem();
}
