using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class StartAutomationRunEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/automations/{automationId:guid}/runs", async (Guid automationId, StartAutomationRunRequest? request, IMediator mediator, CancellationToken ct) =>
            {
                var run = await mediator.Send(new StartAutomationRun(automationId, request?.Inputs), ct);
                return TypedResults.Accepted($"/api/automations/{automationId}/runs/{run.Id}", run);
            })
            .WithName("StartAutomationRun").WithTags("Automations")
            .WithSummary("Run the automation's current version now with these inputs, acting for you; follow it at the run's URL or GET /api/jobs/{id}/events.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
