using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Features.Common;

namespace Platform.Features.Audit;

/// <summary>
/// One thing done: a state-changing request or a security event, written in the transaction of the change itself.
/// Sealing gives it a place in the chain (<see cref="Sequence"/>) and a hash over its content and the previous hash,
/// so an edited or deleted entry shows when the chain is verified.
/// </summary>
public sealed class AuditEntry : IBookkeeping
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ActorId { get; set; }
    public Guid? ApiKeyId { get; set; }
    public Guid? OrganizationId { get; set; }
    /// <summary>The endpoint's name (CreateRoom, Login…), else its method and route template.</summary>
    public string Action { get; set; } = "";
    /// <summary>The first thing changed, as Type/id.</summary>
    public string? Target { get; set; }
    /// <summary>Everything the transaction changed (Type/id, or the events appended), the first 20.</summary>
    public List<string> Changes { get; set; } = [];
    public string ClientAddress { get; set; } = "";
    public string UserAgent { get; set; } = "";
    /// <summary>success, or failure for a failed attempt (a wrong password, a reused token).</summary>
    public string Outcome { get; set; } = "success";

    public long? Sequence { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }

    /// <summary>The hash of everything recorded and the previous hash: what verification recomputes.</summary>
    public string ComputeHash(long sequence, string previousHash)
    {
        var content = JsonSerializer.Serialize(new object?[]
        {
            sequence, previousHash, Id, At.ToUniversalTime().ToString("O"), ActorId, ApiKeyId, OrganizationId, Action, Target, Changes, ClientAddress, UserAgent, Outcome,
        });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    public AuditEntryResponse ToResponse() =>
        new(Id, At, ActorId, ApiKeyId, OrganizationId, Action, Target, Changes, ClientAddress, UserAgent, Outcome, Sequence);
}

/// <param name="Sequence">Its place in the hash chain; null for a moment after it was written, until it is sealed.</param>
public sealed record AuditEntryResponse(
    Guid Id, DateTimeOffset At, Guid? ActorId, Guid? ApiKeyId, Guid? OrganizationId, string Action, string? Target, IReadOnlyList<string> Changes,
    string ClientAddress, string UserAgent, string Outcome, long? Sequence);
