using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Automations;

public sealed class TriggerAutomationWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/automations/webhook/{automationId:guid}", async (Guid automationId, string? token, int? wait, HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var body = await CappedReads.ReadAsync(http.Body, http.ContentLength, TriggerAutomationWebhookHandler.MaxBodyBytes, TooLarge, ct);
                var delivery = await mediator.Send(new TriggerAutomationWebhook(automationId, http.Headers[AutomationWebhooks.TokenHeader].FirstOrDefault() ?? token,
                    http.Headers[AutomationWebhooks.SignatureHeader].FirstOrDefault(), http.Headers[Idempotency.Header].FirstOrDefault(), body.ToArray(), wait ?? 0), ct);
                return delivery.Finished && wait > 0
                    ? Results.Ok(delivery)
                    : Results.Accepted($"/api/automations/{automationId}/runs/{delivery.RunId}", delivery);
            })
            .AllowAnonymous()
            .WithName("TriggerAutomationWebhook").WithTags("Automations")
            .WithSummary("Start a run from outside: the token in X-Webhook-Token (or ?token=), an optional X-Signature-256 HMAC, the JSON body as inputs. 202 with the run id, or 200 with the finished run when ?wait= seconds (up to 30) suffice; a repeated Idempotency-Key starts nothing new.")
            .Accepts<object>("application/json")
            .Produces<TriggeredRun>(StatusCodes.Status202Accepted).Produces<TriggeredRun>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static ProblemException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "Body too large", $"A delivery may be at most {TriggerAutomationWebhookHandler.MaxBodyBytes / 1024 / 1024} MB.");
}
