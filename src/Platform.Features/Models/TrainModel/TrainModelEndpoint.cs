using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class TrainModelEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/models/train", async (TrainModel request, IMediator mediator, CancellationToken ct) =>
            {
                var model = await mediator.Send(request, ct);
                return TypedResults.Accepted($"/api/models/{model.Id}", model);
            })
            .WithName("TrainModel").WithTags("Models")
            .WithSummary("Train a model on a dataset in the background: 202 with the queued model; follow it at its Location (and model.trained on the dataset's rooms).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
