using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class GetDispatcherStatusEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/dispatcher/status", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetDispatcherStatus(), ct)))
            .WithName("GetDispatcherStatus").WithTags("Dispatcher")
            .WithSummary("The dispatcher across instances: the leader (and since when), live instances with their heartbeats, queued and running jobs.");
}
