using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed record CancelJob(Guid JobId) : IRequest<JobResponse>;

/// <summary>
/// A job not yet running is cancelled at once; a running one is asked to stop (cancelRequested) and its worker stops
/// it, at once on this instance, at its next heartbeat elsewhere.
/// </summary>
public sealed class CancelJobHandler(IDocumentStore store, IQuerySession session, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<CancelJob, JobResponse>
{
    public async ValueTask<JobResponse> Handle(CancelJob request, CancellationToken ct)
    {
        await session.RequireJobAsync(request.JobId, caller, ct);
        var job = await JobUpdates.ChangeAsync(store, request.JobId, job =>
        {
            var now = clock.GetUtcNow();
            switch (job.Status)
            {
                case JobStatus.Scheduled or JobStatus.Queued or JobStatus.Blocked:
                    foreach (var step in job.Steps.Where(s => s.Status is StepStatus.Pending or StepStatus.Blocked)) step.Status = StepStatus.Cancelled;
                    job.MoveTo(JobStatus.Cancelled, now, "Cancelled before it ran.");
                    return true;
                case JobStatus.Running when !job.CancelRequested:
                    job.CancelRequested = true;
                    job.Log(now, "status", "Cancellation requested.");
                    job.UpdatedAt = now;
                    return true;
                case JobStatus.Running:
                    return false;
                default:
                    throw JobAccess.NotNow(job, "cancelled");
            }
        }, ct) ?? throw new ProblemException(StatusCodes.Status404NotFound, "Job not found", "The job was deleted.");
        if (job.Status == JobStatus.Running) dispatcher.CancelHere(job.Id);
        return JobResponse.From(job);
    }
}
