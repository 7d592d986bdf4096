using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class CancelJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/{jobId:guid}/cancel", async (Guid jobId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new CancelJob(jobId), ct)))
            .WithName("CancelJob").WithTags("Jobs")
            .WithSummary("Cancel a scheduled, queued or blocked job at once, or ask a running one to stop (cancelRequested; its status follows).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
