using Carter;
using Mediator;

namespace Platform.Features.Webhooks;

public sealed class RedeliverWebhookDeliveryEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/webhooks/{webhookId:guid}/deliveries/{deliveryId:guid}/redeliver", async (Guid webhookId, Guid deliveryId, IMediator mediator, CancellationToken ct) =>
            {
                var delivery = await mediator.Send(new RedeliverWebhookDelivery(webhookId, deliveryId), ct);
                return TypedResults.Accepted($"/api/webhooks/{webhookId}/deliveries", delivery);
            })
            .WithName("RedeliverWebhookDelivery").WithTags("Webhooks")
            .WithSummary("Send a delivered or failed delivery again (same webhook-id and body) with a fresh round of attempts.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
