using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class DeleteJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/jobs/{jobId:guid}/archive", async (Guid jobId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ArchiveJob(jobId), ct)))
            .WithName("ArchiveJob").WithTags("Jobs").WithSummary("Archive a job that is not running: kept, but listed only with ?status=archived.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapDelete("/api/jobs/{jobId:guid}", async (Guid jobId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteJob(jobId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteJob").WithTags("Jobs").WithSummary("Delete a job and its artifacts; 409 while it runs.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/jobs/clear", async (ClearJobsRequest? request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ClearJobs(request?.Status), ct)))
            .WithName("ClearJobs").WithTags("Jobs").WithSummary("Administrators: delete every job that is not running (or only those of one status).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
