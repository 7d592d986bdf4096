using Carter;
using Mediator;

namespace Platform.Features.Webhooks;

public sealed class TestWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/webhooks/{webhookId:guid}/test", async (Guid webhookId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TestWebhook(webhookId), ct)))
            .WithName("TestWebhook").WithTags("Webhooks")
            .WithSummary("Send a webhook.test event now, once: the answer is the delivery with its attempt (status code or error).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
