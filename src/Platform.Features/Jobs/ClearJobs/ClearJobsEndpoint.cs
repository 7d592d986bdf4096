using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class ClearJobsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/clear", async (ClearJobsRequest? request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ClearJobs(request?.Status), ct)))
            .WithName("ClearJobs").WithTags("Jobs").WithSummary("Administrators: delete every job that is not running (or only those of one status).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
