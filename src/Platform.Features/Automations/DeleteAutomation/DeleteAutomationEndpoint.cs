using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class DeleteAutomationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/automations/{automationId:guid}", async (Guid automationId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteAutomation(automationId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteAutomation").WithTags("Automations").WithSummary("Delete an automation (its past runs stay as jobs).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
