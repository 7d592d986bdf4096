using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class StartSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/execute/session", async (StartSession request, IMediator mediator, CancellationToken ct) =>
            {
                var (session, created) = await mediator.Send(request, ct);
                return created
                    ? Results.Created($"/api/execute/session/{session.Id}", session)
                    : Results.Ok(session);
            })
            .WithName("StartExecutionSession").WithTags("Execution")
            .WithSummary("Start a sandboxed Python kernel: a notebook's (200 when it already runs), a room's or your own, with those datasets read-only.")
            .Produces<SessionResponse>(StatusCodes.Status201Created).Produces<SessionResponse>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
