using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed class ListDatasetsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/datasets", async (int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDatasets(offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListDatasets").WithTags("Datasets").WithSummary("My datasets, newest first.")
            .ProducesValidationProblem();
}
