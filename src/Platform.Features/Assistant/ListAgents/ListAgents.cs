using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Assistant;

public sealed record ListAgents(string? Q, Guid? OrganizationId, int Offset, int Limit) : IRequest<Page<AgentResponse>>, IPagedRequest;

public sealed class ListAgentsValidator : AbstractValidator<ListAgents>
{
    public ListAgentsValidator() => RuleFor(x => x.Q).MaximumLength(200);
}

/// <summary>The agents I can use: the presets, mine and my organisations' (or one organisation's), by name.</summary>
public sealed class ListAgentsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListAgents, Page<AgentResponse>>
{
    public async ValueTask<Page<AgentResponse>> Handle(ListAgents request, CancellationToken ct)
    {
        var query = session.Query<Agent>().Stats(out QueryStatistics stats).Where(a => a.DeletedAt == null);
        if (request.OrganizationId is { } organization)
        {
            await session.RequireAsync(organization, caller, OrganizationRole.Member, ct);
            query = query.Where(a => a.OrganizationId == organization);
        }
        else
        {
            var me = caller.Id;
            var organizations = (await session.OrganizationsOfAsync(caller, ct)).ToArray();
            query = query.Where(a => a.Preset || a.OwnerId == me || (a.OrganizationId != null && a.OrganizationId.Value.IsOneOf(organizations)));
        }
        if (request.Q?.Trim() is { Length: > 0 } q) query = query.Where(a => a.Settings.Name.Contains(q, StringComparison.OrdinalIgnoreCase));
        var agents = await query.OrderByDescending(a => a.Preset).ThenBy(a => a.Settings.Name).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(agents.Select(AgentResponse.From).ToList(), stats.TotalResults);
    }
}
