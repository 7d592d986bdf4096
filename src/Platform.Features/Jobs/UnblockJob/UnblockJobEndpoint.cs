using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class UnblockJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/{jobId:guid}/unblock", async (Guid jobId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UnblockJob(jobId), ct)))
            .WithName("UnblockJob").WithTags("Jobs").WithSummary("Approve the step a blocked job waits at and queue it again.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
