using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Webhooks;

public sealed class ListWebhookDeliveriesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/webhooks/{webhookId:guid}/deliveries", async (Guid webhookId, string? status, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListWebhookDeliveries(webhookId, status, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListWebhookDeliveries").WithTags("Webhooks").WithSummary("The webhook's deliveries, newest first, with every attempt (?status= pending, delivered, failed).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
