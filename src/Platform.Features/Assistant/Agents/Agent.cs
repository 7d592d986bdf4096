using System.Text.Json.Serialization;
using Marten;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Assistant;

[JsonConverter(typeof(JsonStringEnumConverter<AgentVisibility>))]
public enum AgentVisibility
{
    /// <summary>Its owner (and its organisation's members) only.</summary>
    [JsonStringEnumMemberName("private")] Private,
    /// <summary>Once published, in the marketplace: anyone reads it, anyone signed in uses and duplicates it.</summary>
    [JsonStringEnumMemberName("public")] Public,
}

/// <summary>How an agent answers: what it is told, which model and tools it uses, and what it works on.</summary>
/// <param name="Tools">The tools it may call; empty: all of them.</param>
/// <param name="ApprovalRequired">Tools whose every call waits for the person's approval.</param>
public sealed record AgentSettings(
    string Name, string? Description, string Instructions, string? Model, IReadOnlyList<string> Tools, IReadOnlyList<string> ApprovalRequired,
    IReadOnlyList<Guid> DatasetIds, Guid? RoomId);

/// <summary>An assistant set up for a purpose. Its settings are a draft until published; each publication is an immutable <see cref="AgentVersion"/>.</summary>
public sealed class Agent
{
    public Guid Id { get; set; }
    /// <summary>Empty for the presets that ship with the platform.</summary>
    public Guid OwnerId { get; set; }
    public Guid? OrganizationId { get; set; }
    public AgentSettings Settings { get; set; } = null!;
    public AgentVisibility Visibility { get; set; }
    public bool Preset { get; set; }
    /// <summary>The latest published version's number; null before the first publication.</summary>
    public int? PublishedVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
}

/// <summary>A published version of an agent, never changed: conversations started with it keep answering with it.</summary>
public sealed class AgentVersion
{
    /// <summary><c>{agentId}:{number}</c>.</summary>
    public string Id { get; set; } = "";
    public Guid AgentId { get; set; }
    public int Number { get; set; }
    public AgentSettings Settings { get; set; } = null!;
    public DateTimeOffset PublishedAt { get; set; }

    public static string IdOf(Guid agentId, int number) => $"{agentId}:{number}";
}

/// <summary>The agent a conversation talks to, as it was when the conversation began.</summary>
/// <param name="Version">The published version pinned; null for the owner's draft.</param>
public sealed record AgentSnapshot(Guid AgentId, int? Version, AgentSettings Settings);

/// <summary>
/// Who may read and change an agent. Its owner, its organisation's owners and admins, and administrators change it;
/// its organisation's members read it; a public agent with a published version, and the presets, anyone signed in reads.
/// Anyone else gets 404; a reader who tries to change it gets 403, and so does anyone changing a preset.
/// </summary>
public static class AgentAccess
{
    public static async Task<Agent> RequireReadableAgentAsync(this IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct) =>
        (await AccessAsync(session, id, caller, ct)).Agent;

    public static async Task<Agent> RequireManagedAgentAsync(this IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct)
    {
        var (agent, mayChange) = await AccessAsync(session, id, caller, ct);
        if (agent.Preset) throw ProblemException.Forbidden("The platform's preset agents cannot be changed: duplicate one to make it yours.");
        return mayChange ? agent : throw ProblemException.Forbidden("Only the agent's owner (or its organisation's owners and admins) can change it.");
    }

    /// <summary>What a conversation started now with the agent answers with: its latest published version, or its draft for those who may change it.</summary>
    public static async Task<AgentSnapshot> AgentSnapshotAsync(this IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct)
    {
        var (agent, mayChange) = await AccessAsync(session, id, caller, ct);
        if (mayChange || agent.PublishedVersion is null) return new AgentSnapshot(agent.Id, null, agent.Settings);
        var version = await session.LoadAsync<AgentVersion>(AgentVersion.IdOf(agent.Id, agent.PublishedVersion.Value), ct) ?? throw NotFound();
        return new AgentSnapshot(agent.Id, version.Number, version.Settings);
    }

    private static async Task<(Agent Agent, bool MayChange)> AccessAsync(IQuerySession session, Guid id, CurrentUser caller, CancellationToken ct)
    {
        var agent = await session.LoadAsync<Agent>(id, ct);
        if (agent is null || agent.DeletedAt is not null) throw NotFound();
        if (agent.Preset) return (agent, false);
        if (agent.OwnerId == caller.Id || caller.IsAdmin) return (agent, true);
        if (agent.OrganizationId is { } organization && await session.RoleInAsync(organization, caller, ct) is { } role) return (agent, role >= OrganizationRole.Admin);
        if (agent.Visibility == AgentVisibility.Public && agent.PublishedVersion is not null) return (agent, false);
        throw NotFound();
    }

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The agent was not found.");
}

/// <summary>The agents that belong to an organisation.</summary>
public sealed class AgentOrganizationHoldings : IOrganizationHoldings
{
    public async Task<IReadOnlyList<Holding>> HeldByAsync(IQuerySession session, Guid organizationId, CancellationToken ct) =>
        [new("agents", await session.Query<Agent>().CountAsync(a => a.OrganizationId == organizationId && a.DeletedAt == null, ct))];
}

public sealed record AgentResponse(
    Guid Id, string Name, string? Description, string Instructions, string? Model, IReadOnlyList<string> Tools, IReadOnlyList<string> ApprovalRequired,
    IReadOnlyList<Guid> DatasetIds, Guid? RoomId, AgentVisibility Visibility, bool Preset, int? PublishedVersion, Guid OwnerId, Guid? OrganizationId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AgentResponse From(Agent a) => new(
        a.Id, a.Settings.Name, a.Settings.Description, a.Settings.Instructions, a.Settings.Model, a.Settings.Tools, a.Settings.ApprovalRequired, a.Settings.DatasetIds,
        a.Settings.RoomId, a.Visibility, a.Preset, a.PublishedVersion, a.OwnerId, a.OrganizationId, a.CreatedAt, a.UpdatedAt);
}
