using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class ResumeAutomationRunEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/automations/{automationId:guid}/runs/{runId:guid}/resume", async (Guid automationId, Guid runId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ResumeAutomationRun(automationId, runId), ct)))
            .WithName("ResumeAutomationRun").WithTags("Automations").WithSummary("Resume a run waiting at an approval step (409 when it waits for nothing).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
