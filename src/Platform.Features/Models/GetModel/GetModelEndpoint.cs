using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class GetModelEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/models/{modelId:guid}", async (Guid modelId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetModel(modelId), ct)))
            .WithName("GetModel").WithTags("Models").WithSummary("A model: status (and stage while training), task, algorithm, features, held-out metrics.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
