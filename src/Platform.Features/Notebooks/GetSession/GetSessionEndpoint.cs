using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class GetSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/execute/session/{sessionId:guid}", async (Guid sessionId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSession(sessionId), ct)))
            .WithName("GetExecutionSession").WithTags("Execution").WithSummary("A kernel session: idle or busy, its datasets, its runs, and when it stops if left idle.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
