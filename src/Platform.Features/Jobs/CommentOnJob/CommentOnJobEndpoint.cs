using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class CommentOnJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/{jobId:guid}/comments", async (Guid jobId, CommentOnJobRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var comment = await mediator.Send(new CommentOnJob(jobId, request.Text), ct);
                return TypedResults.Created($"/api/jobs/{jobId}", comment);
            })
            .WithName("CommentOnJob").WithTags("Jobs").WithSummary("Add a comment to the job (also in its log).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
