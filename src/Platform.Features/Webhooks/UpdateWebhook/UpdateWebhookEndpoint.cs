using Carter;
using Mediator;

namespace Platform.Features.Webhooks;

public sealed class UpdateWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/webhooks/{webhookId:guid}", async (Guid webhookId, UpdateWebhookRequest changes, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateWebhook(webhookId, changes), ct)))
            .WithName("UpdateWebhook").WithTags("Webhooks").WithSummary("Change a webhook's URL, event types or description; enable it again after it was disabled.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
