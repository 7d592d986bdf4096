using System.Text.Json;

namespace Platform.Features.Jobs;

/// <summary>A template run on a cron rule in a time zone; the leader instance fires its slots.</summary>
public sealed class Schedule
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public string Name { get; set; } = "";
    public string TemplateId { get; set; } = "";
    public JsonElement Inputs { get; set; }
    public string Cron { get; set; } = "";
    public string Timezone { get; set; } = "UTC";
    public bool Enabled { get; set; } = true;

    /// <summary>The next slot to fire; null while disabled or when the rule has no further occurrence.</summary>
    public DateTimeOffset? NextRunAt { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public Guid? LastJobId { get; set; }

    /// <summary>Why the last slot could not become a job (the template was removed, its inputs no longer fit…).</summary>
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An instance's dispatcher as the others see it: alive while its heartbeat is fresh.</summary>
public sealed class DispatcherInstance
{
    public string Id { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset HeartbeatAt { get; set; }
    public int Concurrency { get; set; }
    public int Running { get; set; }

    /// <summary>Since when it has held the leader lock, while it does.</summary>
    public DateTimeOffset? LeaderSince { get; set; }
}
