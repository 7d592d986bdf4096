using Carter;
using Mediator;

namespace Platform.Features.Webhooks;

public sealed class GetWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/webhooks/{webhookId:guid}", async (Guid webhookId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWebhook(webhookId), ct)))
            .WithName("GetWebhook").WithTags("Webhooks").WithSummary("A webhook: its URL, event types, and whether it is enabled (or why it was disabled).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
