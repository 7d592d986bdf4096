using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class GetModelTemplatesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/models/templates", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetModelTemplates(), ct)))
            .WithName("GetModelTemplates").WithTags("Models").WithSummary("The tasks models can learn, their metrics, and the algorithms with their tunable parameters.");
}
