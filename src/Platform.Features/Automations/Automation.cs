using System.Text.Json;
using Marten.Schema;

namespace Platform.Features.Automations;

/// <summary>
/// A workflow people build: a graph of steps (job kinds) and what starts it. Every save of the graph is a new
/// <see cref="AutomationVersion"/>; its runs are jobs of the template <c>automation:{id}</c> recording the version they ran.
/// </summary>
public sealed class Automation
{
    public Guid Id { get; set; }
    [Version]
    public Guid DocumentVersion { get; set; }
    public Guid OwnerId { get; set; }

    /// <summary>A room's automation: its editors manage and run it, its members read it and its runs.</summary>
    public Guid? RoomId { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public bool Enabled { get; set; } = true;

    /// <summary>The number of the current <see cref="AutomationVersion"/>: every save makes the next.</summary>
    public int Version { get; set; } = 1;
    public AutomationGraph Graph { get; set; } = new([], []);

    /// <summary>JSON Schema of a run's inputs (an object schema); any object when absent.</summary>
    public JsonElement? Inputs { get; set; }
    public List<AutomationTrigger> Triggers { get; set; } = [];

    /// <summary>SHA-256 of the webhook trigger's token (shown once, when made).</summary>
    public string? WebhookTokenHash { get; set; }

    /// <summary>The webhook's HMAC-SHA256 signing secret, encrypted with Data Protection.</summary>
    public string? ProtectedSigningSecret { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string TemplateId => TemplateIdOf(Id);

    public static string TemplateIdOf(Guid automationId) => $"automation:{automationId}";

    public AutomationTrigger? WebhookTrigger => Triggers.FirstOrDefault(t => t.Type == AutomationTriggerType.Webhook);
}

/// <summary>One save of an automation, kept for the runs that ran it and to see what changed.</summary>
public sealed class AutomationVersion
{
    /// <summary><c>{automationId}:{number}</c>.</summary>
    public string Id { get; set; } = "";
    public Guid AutomationId { get; set; }
    public int Number { get; set; }
    public string Name { get; set; } = "";
    public bool Enabled { get; set; }
    public AutomationGraph Graph { get; set; } = new([], []);
    public List<AutomationTrigger> Triggers { get; set; } = [];
    public JsonElement? Inputs { get; set; }
    public Guid SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }

    public static string IdOf(Guid automationId, int number) => $"{automationId}:{number}";
}

/// <summary>A webhook delivery's idempotency key and the run it started: a repeated delivery starts nothing new.</summary>
public sealed class AutomationDelivery
{
    /// <summary><c>{automationId}:{key}</c>.</summary>
    public string Id { get; set; } = "";
    public Guid AutomationId { get; set; }
    public Guid RunId { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <param name="Nodes">The steps: an id, a job kind (GET /api/automations/kinds) and its inputs.</param>
/// <param name="Edges">Which step follows which; an edge from a <c>condition</c> may say on which result (<c>when</c>) it is taken.</param>
public sealed record AutomationGraph(IReadOnlyList<AutomationNode> Nodes, IReadOnlyList<AutomationEdge> Edges);

/// <param name="Inputs">The kind's inputs; <c>{{ inputs.x }}</c> and <c>{{ steps.id.output.x }}</c> are filled in when the step runs.</param>
public sealed record AutomationNode(string Id, string Kind, JsonElement? Inputs = null);

/// <param name="When">Only from a condition: the step after it runs when the condition's result is this (true when left out).</param>
public sealed record AutomationEdge(string From, string To, bool? When = null);

/// <param name="Type">manual, webhook, schedule or event.</param>
/// <param name="RequireSignature">webhook: refuse deliveries without a valid <c>X-Signature-256</c>.</param>
/// <param name="IdempotencyPath">webhook: a path in the body (<c>event.id</c>) whose value keys deliveries, when no Idempotency-Key header is sent.</param>
/// <param name="Cron">schedule: a cron rule (five fields, or six with seconds), fired by the platform's schedules.</param>
/// <param name="Timezone">schedule: the IANA zone the rule is read in (UTC unless given).</param>
/// <param name="Inputs">schedule: the run's inputs.</param>
/// <param name="Event">event: dataset.ready, dataset.failed, model.ready, model.failed, job.done, job.failed or room.message.</param>
/// <param name="Pattern">event room.message: a regular expression the message must match.</param>
public sealed record AutomationTrigger(
    string Type, bool? RequireSignature = null, string? IdempotencyPath = null, string? Cron = null, string? Timezone = null, System.Text.Json.JsonElement? Inputs = null,
    string? Event = null, string? Pattern = null);

public static class AutomationTriggerType
{
    public const string Manual = "manual";
    public const string Webhook = "webhook";
    public const string Schedule = "schedule";
    public const string Event = "event";

    public static readonly string[] All = [Manual, Webhook, Schedule, Event];
}
