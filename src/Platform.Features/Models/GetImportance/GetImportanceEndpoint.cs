using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class GetImportanceEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/experiments/{modelId:guid}/importance", async (Guid modelId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetImportance(modelId), ct)))
            .WithName("GetImportance").WithTags("Experiments").WithSummary("Permutation feature importance per input column, measured on the held-out split.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
