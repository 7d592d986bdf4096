using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class CancelAutomationRunEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/automations/{automationId:guid}/runs/{runId:guid}/cancel", async (Guid automationId, Guid runId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CancelAutomationRun(automationId, runId), ct)))
            .WithName("CancelAutomationRun").WithTags("Automations").WithSummary("Cancel a run: at once when not yet running, else its step is stopped.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
