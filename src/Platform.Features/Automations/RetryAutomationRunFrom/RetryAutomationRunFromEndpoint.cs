using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class RetryAutomationRunFromEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/automations/{automationId:guid}/runs/{runId:guid}/retry-from/{stepId}",
                async (Guid automationId, Guid runId, string stepId, RetryAutomationRunFromRequest? request, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new RetryAutomationRunFrom(automationId, runId, stepId, request?.Version), ct)))
            .WithName("RetryAutomationRunFrom").WithTags("Automations")
            .WithSummary("Run a finished run again from a step (it and what depends on it), reusing the other steps' outputs; version original or current.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
