using FluentValidation;
using Platform.Features.Common;

namespace Platform.Features.Webhooks;

/// <param name="Secret">The signing secret (<c>whsec_…</c>): only in the answer that made the webhook.</param>
/// <param name="ConsecutiveFailures">Deliveries that failed every attempt since the last one arrived.</param>
public sealed record WebhookResponse(
    Guid Id, Guid OwnerId, Guid? RoomId, string Url, string Description, IReadOnlyList<string> EventTypes, bool Enabled, string? DisabledReason,
    int ConsecutiveFailures, string? Secret, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static WebhookResponse From(Webhook w, string? secret = null) =>
        new(w.Id, w.OwnerId, w.RoomId, w.Url, w.Description, w.EventTypes, w.Enabled, w.DisabledReason, w.ConsecutiveFailures, secret, w.CreatedAt, w.UpdatedAt);
}

/// <param name="MessageId">The <c>webhook-id</c> header, the same on every attempt.</param>
/// <param name="Body">The JSON body as sent.</param>
public sealed record WebhookDeliveryResponse(
    Guid Id, Guid WebhookId, string MessageId, string EventType, string Status, IReadOnlyList<WebhookAttempt> Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, string Body)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) =>
        new(d.Id, d.WebhookId, d.MessageId, d.EventType, d.Status, d.Attempts, d.CreatedAt,
            d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null, d.DeliveredAt, d.Body);
}

/// <summary>What creating and changing a webhook check alike.</summary>
public static class WebhookRules
{
    public const int MaxEventTypes = 20;

    public static IRuleBuilderOptions<T, string?> IsWebhookUrl<T>(this IRuleBuilder<T, string?> rule, OutboundHttp outbound) =>
        rule.MaximumLength(2048).Must(url => url is null || outbound.Refusal(url) is null)
            .WithMessage((_, url) => $"The URL cannot be called: {outbound.Refusal(url!)}.");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> AreEventTypes<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(types => types is null || types.Count is > 0 and <= MaxEventTypes).WithMessage($"Give between 1 and {MaxEventTypes} event types.")
            .Must(types => types is null || types.All(t => t == WebhookEventTypes.All || PlatformEvents.Types.Contains(t)))
            .WithMessage($"Event types are: {string.Join(", ", PlatformEvents.Types)}, or * for all.");
}
