using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class GetTuningEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/experiments/tuning/{tuningId:guid}", async (Guid tuningId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetTuning(tuningId), ct)))
            .WithName("GetTuning").WithTags("Experiments").WithSummary("A tuning run: its trials so far with their metrics, and the best model once registered.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
