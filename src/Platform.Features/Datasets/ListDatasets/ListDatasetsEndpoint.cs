using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed class ListDatasetsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/datasets", async (Guid? roomId, Guid? organizationId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDatasets(roomId, offset ?? 0, limit ?? Paging.DefaultLimit, organizationId), ct)))
            .WithName("ListDatasets").WithTags("Datasets").WithSummary("My datasets, or with ?roomId= those linked to a room I belong to, or with ?organizationId= those of an organisation I am in; newest first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
