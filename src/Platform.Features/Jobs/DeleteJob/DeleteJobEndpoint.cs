using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class DeleteJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/jobs/{jobId:guid}", async (Guid jobId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteJob(jobId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteJob").WithTags("Jobs").WithSummary("Delete a job and its artifacts; 409 while it runs.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
