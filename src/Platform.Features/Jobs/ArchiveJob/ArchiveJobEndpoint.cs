using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class ArchiveJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/{jobId:guid}/archive", async (Guid jobId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ArchiveJob(jobId), ct)))
            .WithName("ArchiveJob").WithTags("Jobs").WithSummary("Archive a job that is not running: kept, but listed only with ?status=archived.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
