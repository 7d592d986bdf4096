using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class StopSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/execute/session/{sessionId:guid}", async (Guid sessionId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new StopSession(sessionId), ct);
                return TypedResults.NoContent();
            })
            .WithName("StopExecutionSession").WithTags("Execution").WithSummary("Stop a kernel session; its scratch folder goes with it.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
