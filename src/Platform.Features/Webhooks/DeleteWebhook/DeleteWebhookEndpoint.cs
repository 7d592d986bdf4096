using Carter;
using Mediator;

namespace Platform.Features.Webhooks;

public sealed class DeleteWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/webhooks/{webhookId:guid}", async (Guid webhookId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteWebhook(webhookId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteWebhook").WithTags("Webhooks").WithSummary("Delete a webhook and its deliveries.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
