namespace Platform.Features.Webhooks;

/// <summary><c>Platform:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>How often each instance looks for deliveries due (new ones wake it at once on the instance that made them).</summary>
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>Attempts per delivery before it fails.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The pause after the first failed attempt; each next one doubles, up to <see cref="RetryMaxMs"/>.</summary>
    public int RetryBaseMs { get; set; } = 5_000;
    public int RetryMaxMs { get; set; } = 3_600_000;

    /// <summary>Deliveries failing every attempt in a row before the webhook is disabled.</summary>
    public int DisableAfterFailures { get; set; } = 5;

    /// <summary>Deliveries sent at once by an instance.</summary>
    public int Concurrency { get; set; } = 8;
}
