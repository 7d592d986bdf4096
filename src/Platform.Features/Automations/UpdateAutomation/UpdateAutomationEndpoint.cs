using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class UpdateAutomationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/automations/{automationId:guid}", async (Guid automationId, UpdateAutomationRequest changes, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateAutomation(automationId, changes), ct)))
            .WithName("UpdateAutomation").WithTags("Automations")
            .WithSummary("Change an automation: name, description, enabled, triggers, graph, inputs schema; every save is a new version (runs keep theirs).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
