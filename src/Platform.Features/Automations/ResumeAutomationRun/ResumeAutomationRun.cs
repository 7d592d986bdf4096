using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Jobs;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

public sealed record ResumeAutomationRun(Guid AutomationId, Guid RunId) : IRequest<JobResponse>;

/// <summary>Approves the approval step a run waits at; the run goes on from there.</summary>
public sealed class ResumeAutomationRunHandler(IDocumentStore store, IQuerySession session, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<ResumeAutomationRun, JobResponse>
{
    public async ValueTask<JobResponse> Handle(ResumeAutomationRun request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Editor, ct);
        await session.RequireRunAsync(automation, request.RunId, ct);
        var run = await AutomationRuns.ChangeAsync(store, request.RunId, job =>
        {
            job.Unblock(caller.Id, clock.GetUtcNow());
            return true;
        }, ct);
        dispatcher.JobsQueued();
        return JobResponse.From(run);
    }
}
