using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>Changes to an agent's draft; what is left out stays. Conversations already started keep the version they began with.</summary>
public sealed record UpdateAgentRequest(
    string? Name = null, string? Description = null, string? Instructions = null, string? Model = null, IReadOnlyList<string>? Tools = null,
    IReadOnlyList<string>? ApprovalRequired = null, IReadOnlyList<Guid>? DatasetIds = null, Guid? RoomId = null, AgentVisibility? Visibility = null);

public sealed record UpdateAgent(Guid AgentId, UpdateAgentRequest Request) : IRequest<AgentResponse>;

public sealed class UpdateAgentValidator : AbstractValidator<UpdateAgent>
{
    public UpdateAgentValidator()
    {
        RuleFor(x => x.Request.Visibility).IsInEnum().OverridePropertyName("visibility");
        AgentRules.Settings(this, x => x.Request.Name, x => x.Request.Description, x => x.Request.Instructions, x => x.Request.Model, x => x.Request.Tools,
            x => x.Request.ApprovalRequired, x => x.Request.DatasetIds);
    }
}

public sealed class UpdateAgentHandler(IDocumentSession session, CurrentUser caller, IEnumerable<IAssistantTool> tools, TimeProvider clock) : IRequestHandler<UpdateAgent, AgentResponse>
{
    public async ValueTask<AgentResponse> Handle(UpdateAgent request, CancellationToken ct)
    {
        var changes = request.Request;
        AgentRules.RequireKnown(tools, changes.Tools, changes.ApprovalRequired);
        var agent = await session.RequireManagedAgentAsync(request.AgentId, caller, ct);
        await AgentTargets.RequireReadableAsync(session, caller, changes.DatasetIds, changes.RoomId, ct);
        var s = agent.Settings;
        agent.Settings = new AgentSettings(changes.Name?.Trim() ?? s.Name, changes.Description is null ? s.Description : changes.Description.Trim() is { Length: > 0 } d ? d : null,
            changes.Instructions?.Trim() ?? s.Instructions, changes.Model is null ? s.Model : changes.Model.Trim() is { Length: > 0 } m ? m : null,
            changes.Tools?.Distinct().ToList() ?? s.Tools, changes.ApprovalRequired?.Distinct().ToList() ?? s.ApprovalRequired, changes.DatasetIds?.Distinct().ToList() ?? s.DatasetIds,
            changes.RoomId ?? s.RoomId);
        agent.Visibility = changes.Visibility ?? agent.Visibility;
        agent.UpdatedAt = clock.GetUtcNow();
        session.Store(agent);
        await session.SaveChangesAsync(ct);
        return AgentResponse.From(agent);
    }
}
