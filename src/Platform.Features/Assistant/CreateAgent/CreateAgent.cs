using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Datasets;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Assistant;

/// <param name="Tools">The tools it may call (see /api/llm/tools); all when left out.</param>
/// <param name="ApprovalRequired">Tools whose calls wait for the person's approval.</param>
/// <param name="Model">The language model it asks (on the configured endpoint); the default when left out.</param>
/// <param name="OrganizationId">An organisation of mine it belongs to: its members use it, its owners and admins change it.</param>
public sealed record CreateAgent(
    string Name, string? Description = null, string? Instructions = null, string? Model = null, IReadOnlyList<string>? Tools = null,
    IReadOnlyList<string>? ApprovalRequired = null, IReadOnlyList<Guid>? DatasetIds = null, Guid? RoomId = null, AgentVisibility? Visibility = null,
    Guid? OrganizationId = null) : IRequest<AgentResponse>;

public sealed class CreateAgentValidator : AbstractValidator<CreateAgent>
{
    public CreateAgentValidator()
    {
        RuleFor(x => x.Name).NotEmpty();
        RuleFor(x => x.Visibility).IsInEnum();
        AgentRules.Settings(this, x => x.Name, x => x.Description, x => x.Instructions, x => x.Model, x => x.Tools, x => x.ApprovalRequired, x => x.DatasetIds);
    }
}

public sealed class CreateAgentHandler(IDocumentSession session, CurrentUser caller, IEnumerable<IAssistantTool> tools, TimeProvider clock) : IRequestHandler<CreateAgent, AgentResponse>
{
    public async ValueTask<AgentResponse> Handle(CreateAgent request, CancellationToken ct)
    {
        AgentRules.RequireKnown(tools, request.Tools, request.ApprovalRequired);
        if (request.OrganizationId is { } organization) await session.RequireAsync(organization, caller, OrganizationRole.Member, ct);
        await AgentTargets.RequireReadableAsync(session, caller, request.DatasetIds, request.RoomId, ct);
        var now = clock.GetUtcNow();
        var agent = new Agent
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, OrganizationId = request.OrganizationId, Visibility = request.Visibility ?? AgentVisibility.Private,
            Settings = new AgentSettings(request.Name.Trim(), request.Description?.Trim(), request.Instructions?.Trim() ?? "", request.Model?.Trim() is { Length: > 0 } model ? model : null,
                request.Tools?.Distinct().ToList() ?? [], request.ApprovalRequired?.Distinct().ToList() ?? [], request.DatasetIds?.Distinct().ToList() ?? [], request.RoomId),
            CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(agent);
        await session.SaveChangesAsync(ct);
        return AgentResponse.From(agent);
    }
}

/// <summary>What an agent works on must be readable by whoever sets it.</summary>
public static class AgentTargets
{
    public static async Task RequireReadableAsync(IQuerySession session, CurrentUser caller, IReadOnlyList<Guid>? datasetIds, Guid? roomId, CancellationToken ct)
    {
        foreach (var dataset in datasetIds?.Distinct() ?? []) await session.RequireReadableAsync(dataset, caller, ct);
        if (roomId is { } room) await session.RequireAsync(room, caller, RoomRole.Viewer, ct);
    }
}
