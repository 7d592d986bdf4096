using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class GetJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs/{jobId:guid}", async (Guid jobId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetJob(jobId), ct)))
            .WithName("GetJob").WithTags("Jobs")
            .WithSummary("The job with its steps, runs (attempts), log events, comments and result (for query.run: sql, columns and the first rows).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/jobs/{jobId:guid}/graph", async (Guid jobId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetJobGraph(jobId), ct)))
            .WithName("GetJobGraph").WithTags("Jobs").WithSummary("The job's steps in dependency order, with levels and edges.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
