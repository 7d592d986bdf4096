using Platform.Features.Models;

namespace Platform.Features.Deployments;

/// <summary>A model served for predictions under a name; only enabled deployments answer.</summary>
public sealed class Deployment
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public Guid ModelId { get; set; }
    public string Name { get; set; } = "";
    public bool Enabled { get; set; }
    /// <summary>What serving needs of the model (it never changes once trained), so a prediction reads one document.</summary>
    public ModelTask Task { get; set; }
    public string Target { get; set; } = "";
    public string Algorithm { get; set; } = "";
    public List<InputFeature> Features { get; set; } = [];
    public List<string> Classes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A key that lets a client call a deployment's predict route; only its SHA-256 hash is kept.</summary>
public sealed class DeploymentKey
{
    /// <summary>
    /// What every deployment key begins with: not a personal API key's <c>pk_</c>, so sign-in leaves it to the predict
    /// route instead of looking it up among personal keys on every call (keys made before this began with <c>pk_</c>
    /// and still work).
    /// </summary>
    public const string KeyPrefix = "dk_";

    public Guid Id { get; set; }
    public Guid DeploymentId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The key's first characters, to tell keys apart in lists.</summary>
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>
/// One prediction request: when, how many rows, how long it took, how it ended, and the inputs (kept per
/// feature, numbers and dates as numbers, the rest as text) to measure drift against the training data.
/// </summary>
public sealed class PredictionLog
{
    public Guid Id { get; set; }
    public Guid DeploymentId { get; set; }
    public DateTimeOffset At { get; set; }
    public int Rows { get; set; }
    public double LatencyMs { get; set; }
    public int Status { get; set; }
    public string? Error { get; set; }
    /// <summary>"key" or "owner".</summary>
    public string Caller { get; set; } = "";
    public Guid? KeyId { get; set; }
    public Dictionary<string, List<double?>> Numbers { get; set; } = [];
    public Dictionary<string, List<string?>> Texts { get; set; } = [];
}

public sealed record DeploymentResponse(Guid Id, string Name, bool Enabled, Guid ModelId, ModelTask Task, string Target, string Algorithm, string PredictUrl, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DeploymentResponse From(Deployment d) => new(d.Id, d.Name, d.Enabled, d.ModelId, d.Task, d.Target, d.Algorithm, $"/api/deployments/{d.Id}/predict", d.CreatedAt, d.UpdatedAt);
}

public sealed record ApiKeyResponse(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyResponse From(DeploymentKey k) => new(k.Id, k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt);
}
