using Carter;
using Mediator;

namespace Platform.Features.Webhooks;

public sealed class CreateWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/webhooks", async (CreateWebhook request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/webhooks/{created.Id}", created);
            })
            .WithName("CreateWebhook").WithTags("Webhooks")
            .WithSummary("Deliver platform events to a URL, signed as Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature); the signing secret is shown once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
