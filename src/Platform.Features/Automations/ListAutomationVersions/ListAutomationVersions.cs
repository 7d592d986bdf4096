using System.Text.Json;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

public sealed record ListAutomationVersions(Guid AutomationId, int Offset, int Limit) : IRequest<Page<AutomationVersionResponse>>, IPagedRequest;

/// <summary>One save of an automation: what it held, who saved it and when.</summary>
public sealed record AutomationVersionResponse(
    int Number, string Name, bool Enabled, AutomationGraph Graph, JsonElement? Inputs, IReadOnlyList<AutomationTrigger> Triggers, Guid SavedBy, DateTimeOffset SavedAt);

/// <summary>The automation's versions, newest first.</summary>
public sealed class ListAutomationVersionsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListAutomationVersions, Page<AutomationVersionResponse>>
{
    public async ValueTask<Page<AutomationVersionResponse>> Handle(ListAutomationVersions request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Viewer, ct);
        var versions = await session.Query<AutomationVersion>().Stats(out QueryStatistics stats).Where(v => v.AutomationId == automation.Id)
            .OrderByDescending(v => v.Number).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(versions.Select(v => new AutomationVersionResponse(v.Number, v.Name, v.Enabled, v.Graph, v.Inputs, v.Triggers, v.SavedBy, v.SavedAt)).ToList(),
            stats.TotalResults);
    }
}
