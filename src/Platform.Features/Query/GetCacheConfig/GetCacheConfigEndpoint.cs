using Carter;
using Mediator;

namespace Platform.Features.Query;

public sealed class GetCacheConfigEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/query/cache/config", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetCacheConfig(), ct)))
            .WithName("GetQueryCacheConfig").WithTags("Query").WithSummary("The query cache's settings and the query limits.");
}
