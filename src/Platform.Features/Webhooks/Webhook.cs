using Marten.Schema;

namespace Platform.Features.Webhooks;

/// <summary>
/// An outbound webhook: platform events of the chosen types (the owner's own, or its room's) are delivered to a URL,
/// signed the Standard Webhooks way. Repeated failure disables it, with the reason shown.
/// </summary>
public sealed class Webhook
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }

    /// <summary>A room's webhook: the room's events, managed by its editors.</summary>
    public Guid? RoomId { get; set; }
    public string Url { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Platform event types, or <c>*</c> for all.</summary>
    public List<string> EventTypes { get; set; } = [];

    /// <summary>The signing secret (<c>whsec_…</c>), encrypted with Data Protection.</summary>
    public string ProtectedSecret { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public string? DisabledReason { get; set; }

    /// <summary>Deliveries that failed every attempt since the last one that arrived.</summary>
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool Wants(string type) => EventTypes.Contains(type) || EventTypes.Contains(WebhookEventTypes.All);
}

public static class WebhookDeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public static readonly string[] All = [Pending, Delivered, Failed];
}

/// <summary>
/// One event for one webhook, stored in the transaction that caused the event (so nothing is lost to a restart), then
/// sent and retried with growing pauses until it arrives or its attempts run out.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; }
    [Version]
    public Guid Version { get; set; }
    public Guid WebhookId { get; set; }

    /// <summary>The <c>webhook-id</c> header: the same on every attempt, so receivers can drop repeats.</summary>
    public string MessageId { get; set; } = "";
    public string EventType { get; set; } = "";

    /// <summary>The JSON body exactly as sent (signatures cover these bytes).</summary>
    public string Body { get; set; } = "";
    public string Status { get; set; } = WebhookDeliveryStatus.Pending;
    public List<WebhookAttempt> Attempts { get; set; } = [];

    /// <summary>Where the current round of attempts began in <see cref="Attempts"/> (a redelivery starts a new round).</summary>
    public int RoundStart { get; set; }

    public int AttemptsThisRound() => Attempts.Count - RoundStart;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>The instance sending it now, and until when its claim holds (a stopped instance's claim runs out).</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
}

/// <param name="StatusCode">The receiver's answer, if one came.</param>
/// <param name="Error">Why it did not arrive: the status and the start of the answer, a refused address, a timeout.</param>
public sealed record WebhookAttempt(int Number, DateTimeOffset At, int? StatusCode, string? Error, long DurationMs);

public static class WebhookEventTypes
{
    public const string All = "*";
    public const string Test = "webhook.test";
}
