using System.Text.Json;

namespace Platform.Features.Automations;

/// <param name="Version">The current version; every save makes a new one (GET …/versions lists them).</param>
/// <param name="Webhook">With a webhook trigger: where to deliver, and (only in the answer that made them) the token and signing secret.</param>
public sealed record AutomationResponse(
    Guid Id, Guid OwnerId, Guid? RoomId, string Name, string Description, bool Enabled, int Version, AutomationGraph Graph, JsonElement? Inputs,
    IReadOnlyList<AutomationTrigger> Triggers, AutomationWebhookResponse? Webhook, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AutomationResponse From(Automation a, (string Token, string SigningSecret)? issued = null) =>
        new(a.Id, a.OwnerId, a.RoomId, a.Name, a.Description, a.Enabled, a.Version, a.Graph, a.Inputs, a.Triggers,
            a.WebhookTrigger is null ? null : new AutomationWebhookResponse(WebhookPath(a.Id), issued?.Token, issued?.SigningSecret), a.CreatedAt, a.UpdatedAt);

    public static string WebhookPath(Guid id) => $"/api/automations/webhook/{id}";
}

/// <param name="Path">POST here with the token in <c>X-Webhook-Token</c> (or <c>?token=</c>); the JSON body becomes the run's inputs.</param>
/// <param name="Token">Shown once: when the webhook trigger is added or its secrets are renewed.</param>
/// <param name="SigningSecret">Shown once: signs bodies as <c>X-Signature-256: sha256=hex(HMAC-SHA256(secret, body))</c>.</param>
public sealed record AutomationWebhookResponse(string Path, string? Token, string? SigningSecret);
