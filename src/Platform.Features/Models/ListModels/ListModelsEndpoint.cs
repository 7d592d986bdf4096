using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed class ListModelsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/models", async (Guid? datasetId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListModels(datasetId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListModels").WithTags("Models").WithSummary("My models (or ?datasetId= a readable dataset's), newest first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
