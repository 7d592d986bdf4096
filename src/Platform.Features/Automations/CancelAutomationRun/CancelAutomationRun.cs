using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Jobs;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

public sealed record CancelAutomationRun(Guid AutomationId, Guid RunId) : IRequest<JobResponse>;

/// <summary>Cancels a run not yet running, or stops the running one (at once here, at its next heartbeat elsewhere).</summary>
public sealed class CancelAutomationRunHandler(IDocumentStore store, IQuerySession session, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<CancelAutomationRun, JobResponse>
{
    public async ValueTask<JobResponse> Handle(CancelAutomationRun request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Editor, ct);
        await session.RequireRunAsync(automation, request.RunId, ct);
        var run = await AutomationRuns.ChangeAsync(store, request.RunId, job => job.RequestCancel(clock.GetUtcNow()), ct);
        if (run.Status == JobStatus.Running) dispatcher.CancelHere(run.Id);
        return JobResponse.From(run);
    }
}
