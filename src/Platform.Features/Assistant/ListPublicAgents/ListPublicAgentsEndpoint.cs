using Carter;
using Marten;
using Marten.Linq;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>A published agent as the marketplace shows it: its latest version's settings.</summary>
public sealed record PublicAgentResponse(Guid Id, string Name, string? Description, IReadOnlyList<string> Tools, bool Preset, int Version, DateTimeOffset PublishedAt)
{
    public static PublicAgentResponse From(Agent agent, AgentVersion version) =>
        new(agent.Id, version.Settings.Name, version.Settings.Description, version.Settings.Tools, agent.Preset, version.Number, version.PublishedAt);
}

public sealed class ListPublicAgentsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/marketplace/agents", async (string? q, int? offset, int? limit, IQuerySession session, CancellationToken ct) =>
            {
                var (skip, take) = (Math.Max(0, offset ?? 0), Math.Clamp(limit ?? Paging.DefaultLimit, 1, Paging.MaxLimit));
                var query = session.Query<Agent>().Stats(out QueryStatistics stats)
                    .Where(a => a.DeletedAt == null && a.PublishedVersion != null && (a.Preset || a.Visibility == AgentVisibility.Public));
                if (q?.Trim() is { Length: > 0 } words) query = query.Where(a => a.Settings.Name.Contains(words, StringComparison.OrdinalIgnoreCase));
                var agents = await query.OrderByDescending(a => a.Preset).ThenBy(a => a.Settings.Name).Skip(skip).Take(take).ToListAsync(ct);
                var versions = (await session.LoadManyAsync<AgentVersion>(ct, agents.Select(a => AgentVersion.IdOf(a.Id, a.PublishedVersion!.Value)))).ToDictionary(v => v.AgentId);
                return TypedResults.Ok(new Page<PublicAgentResponse>(
                    agents.Where(a => versions.ContainsKey(a.Id)).Select(a => PublicAgentResponse.From(a, versions[a.Id])).ToList(), stats.TotalResults));
            })
            .AllowAnonymous()
            .WithName("ListPublicAgents").WithTags("Agents").WithSummary("Published public agents and the platform's presets; anyone may browse, signed-in people use and duplicate them.");
}
