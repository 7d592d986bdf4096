using System.Text.Json;
using Carter;
using Marten;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <param name="RequiresApproval">Every call waits for the person's approval.</param>
public sealed record AgentToolResponse(string Name, string Description, JsonElement Parameters, bool RequiresApproval);

public sealed class GetAgentToolsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/agents/{agentId:guid}/tools", async (Guid agentId, IQuerySession session, CurrentUser caller, IEnumerable<IAssistantTool> tools, CancellationToken ct) =>
            {
                var settings = (await session.AgentSnapshotAsync(agentId, caller, ct)).Settings;
                return TypedResults.Ok(tools.Where(t => AgentTools.Allows(settings, t.Name)).OrderBy(t => t.Name)
                    .Select(t => new AgentToolResponse(t.Name, t.Description, t.Parameters, settings.ApprovalRequired.Contains(t.Name))).ToList());
            })
            .WithName("GetAgentTools").WithTags("Agents")
            .WithSummary("The tools the agent would use for me (its published version, or its draft when I may change it), and which wait for approval.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}

public static class AgentTools
{
    /// <summary>Whether an agent (none: the plain assistant) may call <paramref name="tool"/>: an empty list allows every tool.</summary>
    public static bool Allows(AgentSettings? settings, string tool) => settings is null || settings.Tools.Count == 0 || settings.Tools.Contains(tool);
}
