using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class CreateJobEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs", async (CreateJob request, IMediator mediator, CancellationToken ct) =>
            {
                var job = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/jobs/{job.Id}", job);
            })
            .WithName("CreateJob").WithTags("Jobs")
            .WithSummary("Create a job from a template with inputs checked against its schema: queued, or scheduled when scheduledAt is later.")
            .ProducesValidationProblem();
}
