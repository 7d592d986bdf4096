using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class RenewAutomationWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/automations/{automationId:guid}/webhook/renew", async (Guid automationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RenewAutomationWebhook(automationId), ct)))
            .WithName("RenewAutomationWebhook").WithTags("Automations")
            .WithSummary("A new webhook token and signing secret, shown once; the old ones stop working at once.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
