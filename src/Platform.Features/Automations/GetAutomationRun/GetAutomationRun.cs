using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Jobs;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

public sealed record GetAutomationRun(Guid AutomationId, Guid RunId) : IRequest<JobResponse>;

/// <summary>A run with its steps (status, inputs, outputs, times), its log and the version it ran.</summary>
public sealed class GetAutomationRunHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetAutomationRun, JobResponse>
{
    public async ValueTask<JobResponse> Handle(GetAutomationRun request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Viewer, ct);
        return JobResponse.From(await session.RequireRunAsync(automation, request.RunId, ct));
    }
}
